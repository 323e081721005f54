package lu.adem.tremplin.pilot.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.pilot.Pilot;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.Roles;

/** Administrators set the pilot's dates, the course languages offered and each agency's platform team. */
@Route("pilot-settings")
@Menu(order = 5.7, title = "nav.pilot-settings", icon = "vaadin:cog")
@RolesAllowed(Roles.ADMIN)
public class PilotSettingsView extends VerticalLayout implements HasDynamicTitle {

    final DatePicker start = new DatePicker();
    final DatePicker end = new DatePicker();
    final CheckboxGroup<String> languages = new CheckboxGroup<>();
    final Map<Agency, TextField> teams = new LinkedHashMap<>();
    final Button save = new Button();
    final Paragraph lastChange = new Paragraph();

    private final transient Pilot pilot;

    PilotSettingsView(Pilot pilot) {
        this.pilot = pilot;
        var current = pilot.current();
        start.setLabel(getTranslation("pilot.start"));
        start.setValue(current.start());
        start.setRequired(true);
        end.setLabel(getTranslation("pilot.end"));
        end.setValue(current.end());
        end.setRequired(true);
        languages.setLabel(getTranslation("pilot.languages"));
        languages.setItems(List.of("FR", "EN", "ES", "DE", "LB"));
        languages.setItemLabelGenerator(code -> getTranslation("catalogue.language." + code));
        languages.setValue(new java.util.LinkedHashSet<>(current.languages()));
        languages.setRequired(true);
        FormLayout dates = new FormLayout(start, end, languages);
        FormLayout teamFields = new FormLayout();
        for (Agency agency : Agency.values()) {
            TextField team = new TextField(agency.displayName());
            team.setValue(pilot.teamOf(agency.code()));
            team.setRequired(true);
            teams.put(agency, team);
            teamFields.add(team);
        }
        save.setText(getTranslation("pilot.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        lastChange.setId("pilot-last-change");
        showLastChange();
        add(
                new H2(getTranslation("pilot.title")),
                new Paragraph(getTranslation("pilot.intro")),
                dates,
                new H3(getTranslation("pilot.teams")),
                teamFields,
                save,
                lastChange);
    }

    void save() {
        Map<String, String> teamValues = new LinkedHashMap<>();
        teams.forEach((agency, field) ->
                teamValues.put(agency.code(), field.getValue().trim()));
        List.of(start, end).forEach(field -> field.setInvalid(false));
        languages.setInvalid(false);
        teams.values().forEach(field -> field.setInvalid(false));
        try {
            pilot.change(start.getValue(), end.getValue(), List.copyOf(languages.getValue()), teamValues);
            Notification.show(getTranslation("pilot.saved"), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showLastChange();
        } catch (Pilot.InvalidSettings invalid) {
            invalid.problems().keySet().forEach(field -> {
                switch (field) {
                    case "start" -> mark(start, "pilot.problem.start");
                    case "end" -> mark(end, "pilot.problem.end");
                    case "languages" -> {
                        languages.setErrorMessage(getTranslation("pilot.problem.languages"));
                        languages.setInvalid(true);
                    }
                    default ->
                        Agency.byCode(field.substring("team.".length()))
                                .map(teams::get)
                                .ifPresent(team -> {
                                    team.setErrorMessage(getTranslation("pilot.problem.team"));
                                    team.setInvalid(true);
                                });
                }
            });
            Notification.show(getTranslation("pilot.invalid"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void mark(DatePicker field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    private void showLastChange() {
        lastChange.setText(pilot.lastChange()
                .map(change -> getTranslation(
                        "pilot.last-change",
                        change.by(),
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                .withLocale(getLocale())
                                .format(change.at())))
                .orElse(getTranslation("pilot.defaults")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pilot.title") + " · Tremplin";
    }
}
