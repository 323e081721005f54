package lu.adem.tremplin.privacy.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.privacy.AccessLog;
import lu.adem.tremplin.privacy.Anonymisation;
import lu.adem.tremplin.privacy.SubjectAccess;
import lu.adem.tremplin.shared.Roles;

/**
 * The data protection officer's desk: find a jobseeker by name or registration number, then see who
 * accessed their data, download what Tremplin holds about them, or anonymise them.
 */
@Route("privacy")
@Menu(order = 6.5, title = "nav.privacy", icon = "vaadin:shield")
@RolesAllowed(Roles.DPO)
public class PrivacyView extends VerticalLayout implements HasDynamicTitle {

    static final int LOG_LINES = 200;

    final TextField search = new TextField();
    final Grid<Jobseeker> found = new Grid<>();
    final Paragraph empty = new Paragraph();
    final VerticalLayout selected = new VerticalLayout();
    final Grid<AccessLog.Entry> accesses = new Grid<>();

    private final transient Jobseekers jobseekers;
    private final transient AccessLog accessLog;
    private final transient Anonymisation anonymisation;
    private final transient SubjectAccess subjectAccess;

    PrivacyView(Jobseekers jobseekers, AccessLog accessLog, Anonymisation anonymisation, SubjectAccess subjectAccess) {
        this.jobseekers = jobseekers;
        this.accessLog = accessLog;
        this.anonymisation = anonymisation;
        this.subjectAccess = subjectAccess;
        search.setId("privacy-search");
        search.setPlaceholder(getTranslation("jobseekers.search.placeholder"));
        search.setAriaLabel(getTranslation("jobseekers.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");
        search.addValueChangeListener(change -> refresh());

        found.setId("privacy-jobseekers");
        found.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        found.setAriaLabel(getTranslation("privacy.found"));
        found.addColumn(Jobseeker::registrationNumber).setHeader(getTranslation("jobseeker.registrationNumber"));
        found.addColumn(Jobseeker::fullName)
                .setHeader(getTranslation("jobseeker.name"))
                .setFlexGrow(2);
        found.addColumn(j -> j.agency().displayName()).setHeader(getTranslation("jobseeker.agency"));
        found.setItems(
                query -> jobseekers.search(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> jobseekers.count(search.getValue()));
        found.setHeight("16rem");
        found.asSingleSelect().addValueChangeListener(selection -> show(selection.getValue()));

        accesses.setId("privacy-accesses");
        accesses.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        accesses.setAriaLabel(getTranslation("privacy.accesses"));
        DateTimeFormatter when =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        accesses.addColumn(entry -> when.format(entry.at())).setHeader(getTranslation("privacy.access.at"));
        accesses.addColumn(AccessLog.Entry::userId).setHeader(getTranslation("privacy.access.user"));
        accesses.addColumn(entry -> getTranslation("privacy.action." + entry.action()))
                .setHeader(getTranslation("privacy.access.action"));
        accesses.addColumn(AccessLog.Entry::screen).setHeader(getTranslation("privacy.access.screen"));
        accesses.setAllRowsVisible(true);

        empty.setId("privacy-empty");
        selected.setPadding(false);
        selected.setVisible(false);
        add(new H2(getTranslation("privacy.title")), search, empty, found, selected);
        refresh();
    }

    void refresh() {
        found.getDataProvider().refreshAll();
        boolean none = jobseekers.count(search.getValue()) == 0;
        empty.setText(getTranslation(search.isEmpty() ? "jobseekers.empty" : "jobseekers.no-match"));
        empty.setVisible(none);
        found.setVisible(!none);
    }

    void show(Jobseeker jobseeker) {
        selected.removeAll();
        selected.setVisible(jobseeker != null);
        if (jobseeker == null) {
            return;
        }
        accesses.setItems(accessLog.about(jobseeker.registrationNumber(), LOG_LINES));
        Paragraph noAccess = new Paragraph(getTranslation("privacy.accesses.empty"));
        noAccess.setVisible(accessLog.about(jobseeker.registrationNumber(), 1).isEmpty());
        selected.add(
                new H3(jobseeker.fullName() + " · " + jobseeker.registrationNumber()),
                new SubjectAccessDownloads(subjectAccess, jobseeker.registrationNumber()),
                new H3(getTranslation("privacy.accesses")),
                noAccess,
                accesses,
                new com.vaadin.flow.component.button.Button(
                        getTranslation("privacy.anonymise"),
                        click -> new AnonymiseDialog(anonymisation, jobseeker.registrationNumber(), this::refresh)
                                .open()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title") + " · Tremplin";
    }
}
