package lu.adem.tremplin.inbox.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Scope;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.spring.annotation.SpringComponent;

import lu.adem.tremplin.privacy.AccessLog;
import lu.adem.tremplin.shared.EngineAsSystem;

/**
 * Transparency within the agency, on the jobseeker's file: the other users who opened it in the last
 * 30 days, when last and how many times (from the access log; the user must be allowed to see the
 * jobseeker, which {@link AccessLog#recentOpenings} checks again).
 */
@SpringComponent
@Scope("prototype")
class RecentlyOpenedBy extends Section {

    /** One line: the user's name (or id), when last, how often. */
    record Line(String user, AccessLog.Opening opening) {}

    final Grid<Line> openings = new Grid<>();
    final Paragraph nobody = new Paragraph();

    private final transient AccessLog accessLog;
    private final transient IdentityService identity;
    private final transient EngineAsSystem asSystem;

    RecentlyOpenedBy(AccessLog accessLog, IdentityService identity, EngineAsSystem asSystem) {
        this.accessLog = accessLog;
        this.identity = identity;
        this.asSystem = asSystem;
        setId("file-recently-opened");
        setWidthFull();
        openings.setId("file-recently-opened-by");
        openings.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        openings.setAriaLabel(getTranslation("file.recently-opened"));
        DateTimeFormatter when =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        openings.addColumn(Line::user).setHeader(getTranslation("file.recently-opened.user"));
        openings.addColumn(line -> when.format(line.opening().last()))
                .setHeader(getTranslation("file.recently-opened.last"));
        openings.addColumn(line -> line.opening().times()).setHeader(getTranslation("file.recently-opened.times"));
        openings.setAllRowsVisible(true);
        nobody.setText(getTranslation("file.recently-opened.nobody"));
        add(new H3(getTranslation("file.recently-opened")), nobody, openings);
    }

    void show(String registrationNumber) {
        List<AccessLog.Opening> recent = accessLog.recentOpenings(registrationNumber);
        Map<String, String> names =
                names(recent.stream().map(AccessLog.Opening::userId).toList());
        openings.setItems(recent.stream()
                .map(opening -> new Line(names.getOrDefault(opening.userId(), opening.userId()), opening))
                .toList());
        openings.setVisible(!recent.isEmpty());
        nobody.setVisible(recent.isEmpty());
    }

    /** Display names from the engine's identity service (read as Tremplin: counsellors hold no user grant). */
    private Map<String, String> names(List<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return asSystem.call(() -> identity.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(User::getId, RecentlyOpenedBy::displayName, (a, b) -> a)));
    }

    private static String displayName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName()))
                .strip();
        return name.isEmpty() ? user.getId() : name + " (" + user.getId() + ")";
    }
}
