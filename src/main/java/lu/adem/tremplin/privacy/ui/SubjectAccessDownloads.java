package lu.adem.tremplin.privacy.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import lu.adem.tremplin.privacy.SubjectAccess;

/**
 * The two downloads of a jobseeker's subject access file (JSON, printable HTML). The file is made when the
 * button is clicked, in the click's request, so a failure shows at once as a notification; the browser then
 * fetches the finished bytes through a hidden link (the file name holds the registration number and the date).
 */
class SubjectAccessDownloads extends HorizontalLayout {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SubjectAccessDownloads.class);

    final Button json = new Button();
    final Button html = new Button();
    final Anchor link = new Anchor();
    /** The last file made, for the tests; the browser gets it through {@link #link}. */
    SubjectAccess.Download lastFile;

    private final transient SubjectAccess subjectAccess;
    private final String registrationNumber;

    SubjectAccessDownloads(SubjectAccess subjectAccess, String registrationNumber) {
        this.subjectAccess = subjectAccess;
        this.registrationNumber = registrationNumber;
        json.setText(getTranslation("privacy.download.json"));
        json.setIcon(VaadinIcon.DOWNLOAD.create());
        json.setId("privacy-download-json");
        json.addClickListener(click -> download(SubjectAccess::json));
        html.setText(getTranslation("privacy.download.html"));
        html.setIcon(VaadinIcon.PRINT.create());
        html.setId("privacy-download-html");
        html.addClickListener(click -> download(SubjectAccess::html));
        link.setId("privacy-download-link");
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("router-ignore", true);
        // present in the page (an invisible component's attributes are not sent), but not shown
        link.getStyle().set("display", "none");
        setPadding(false);
        add(json, html, link);
    }

    private void download(java.util.function.BiFunction<SubjectAccess, String, SubjectAccess.Download> make) {
        SubjectAccess.Download file;
        try {
            file = make.apply(subjectAccess, registrationNumber);
        } catch (RuntimeException failed) {
            log.warn("Subject access file for {} failed", registrationNumber, failed);
            Notification notice =
                    Notification.show(getTranslation("privacy.download.failed"), 8000, Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        lastFile = file;
        link.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(), file.content().length)));
        link.getElement().executeJs("this.click()");
    }
}
