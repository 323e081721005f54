package lu.adem.tremplin.ownership.ui;

import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.ownership.Absence;
import lu.adem.tremplin.ownership.Absences;
import lu.adem.tremplin.ownership.Counsellors;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.DayFirst;
import lu.adem.tremplin.shared.Roles;

/**
 * Absences and cover: a counsellor records their own absence with a covering colleague of their agency (a
 * supervisor anyone's); the list shows current and coming absences with the hand-over of open tasks, their
 * hand-back and the end of the absence. What was typed stays when the absence is refused.
 */
@Route("absences")
@Menu(order = 1.6, title = "nav.absences", icon = "vaadin:calendar-user")
@RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR})
public class AbsencesView extends VerticalLayout implements HasDynamicTitle {

    private final transient Absences absences;
    private final transient Counsellors counsellors;

    final ComboBox<String> counsellor = new ComboBox<>();
    final ComboBox<String> colleague = new ComboBox<>();
    final DatePicker firstDay = new DatePicker();
    final DatePicker lastDay = new DatePicker();
    final Button record = new Button();
    final Grid<Absence> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    AbsencesView(Absences absences, Counsellors counsellors) {
        this.absences = absences;
        this.counsellors = counsellors;
        counsellor.setLabel(getTranslation("absences.counsellor"));
        counsellor.setId("absence-counsellor");
        List<String> absentees = counsellors.absentees();
        counsellor.setItems(absentees);
        counsellor.setItemLabelGenerator(counsellors::nameOf);
        if (absentees.contains(CurrentUser.require().userId())) {
            counsellor.setValue(CurrentUser.require().userId());
        }
        counsellor.setReadOnly(absentees.size() < 2);
        counsellor.setRequired(true);
        colleague.setLabel(getTranslation("absences.colleague"));
        colleague.setId("absence-colleague");
        colleague.setItemLabelGenerator(counsellors::nameOf);
        colleague.setRequired(true);
        counsellor.addValueChangeListener(change -> colleagues());
        colleagues();
        firstDay.setLabel(getTranslation("absences.first-day"));
        firstDay.setId("absence-first-day");
        firstDay.setRequired(true);
        lastDay.setLabel(getTranslation("absences.last-day"));
        lastDay.setId("absence-last-day");
        lastDay.setRequired(true);
        lastDay.setMin(absences.today());
        firstDay.setValue(absences.today());
        lastDay.setValue(absences.today());
        firstDay.addValueChangeListener(change -> {
            if (change.getValue() != null
                    && (lastDay.getValue() == null || lastDay.getValue().isBefore(change.getValue()))) {
                lastDay.setValue(change.getValue());
            }
        });
        record.setText(getTranslation("absences.record"));
        record.setId("absence-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setDisableOnClick(true);
        record.addClickListener(click -> record());
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("absences");
        grid.setAriaLabel(getTranslation("absences.list"));
        grid.addColumn(absence -> counsellors.nameOf(absence.counsellor()))
                .setHeader(getTranslation("absences.counsellor"));
        grid.addColumn(absence -> counsellors.nameOf(absence.coveredBy()))
                .setHeader(getTranslation("absences.colleague"));
        grid.addColumn(this::days).setHeader(getTranslation("absences.days"));
        grid.addColumn(absence -> getTranslation(
                        absence.covers(absences.today()) ? "absences.state.current" : "absences.state.coming"))
                .setHeader(getTranslation("absences.state"))
                .setKey("state");
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("absences.actions"))
                .setAutoWidth(true);
        empty.setId("absences-empty");
        empty.setText(getTranslation("absences.empty"));
        FormLayout form = new FormLayout(counsellor, colleague, firstDay, lastDay);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(
                new H2(getTranslation("absences.title")),
                new Paragraph(getTranslation("absences.help")),
                form,
                record,
                new H3(getTranslation("absences.list")),
                empty,
                grid);
        refresh();
    }

    private void colleagues() {
        String absent = counsellor.getValue();
        List<String> options = absent == null ? List.of() : counsellors.colleaguesOf(absent);
        colleague.setItems(options);
        colleague.setHelperText(options.isEmpty() ? getTranslation("absences.no-colleague") : null);
    }

    void record() {
        List.of(firstDay, lastDay).forEach(field -> field.setInvalid(false));
        colleague.setInvalid(false);
        counsellor.setInvalid(false);
        try {
            absences.record(counsellor.getValue(), colleague.getValue(), firstDay.getValue(), lastDay.getValue());
            Notification.show(getTranslation("absences.recorded"), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            firstDay.setValue(absences.today());
            lastDay.setValue(absences.today());
            refresh();
        } catch (Absences.InvalidAbsence invalid) {
            String message = getTranslation("absences.problem." + invalid.reason());
            switch (invalid.reason()) {
                case "counsellor" -> {
                    counsellor.setErrorMessage(message);
                    counsellor.setInvalid(true);
                }
                case "colleague" -> {
                    colleague.setErrorMessage(message);
                    colleague.setInvalid(true);
                }
                default -> {
                    lastDay.setErrorMessage(message);
                    lastDay.setInvalid(true);
                }
            }
            Notification.show(message, 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } finally {
            record.setEnabled(true);
        }
    }

    void refresh() {
        List<Absence> list = absences.notOver();
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        empty.setVisible(list.isEmpty());
    }

    private String days(Absence absence) {
        var format = DayFirst.date(FormatStyle.MEDIUM, getLocale());
        return getTranslation("absences.from-to", format.format(absence.firstDay()), format.format(absence.lastDay()));
    }

    private HorizontalLayout actions(Absence absence) {
        HorizontalLayout actions = new HorizontalLayout();
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(Roles.SUPERVISOR) && !user.userId().equals(absence.counsellor())) {
            return actions;
        }
        int toHandOver = absences.toHandOver(absence.id());
        int toHandBack = absences.toHandBack(absence.id());
        Button handOver = new Button(handOverLabel(absence), click -> {
            int moved = absences.handOver(absence.id());
            done("absences.handed-over", moved);
        });
        handOver.setEnabled(toHandOver > 0);
        Button handBack = new Button(getTranslation("absences.hand-back", toHandBack), click -> {
            int moved = absences.handBack(absence.id());
            done("absences.handed-back", moved);
        });
        handBack.setEnabled(toHandBack > 0);
        Button end = new Button(getTranslation("absences.end"), click -> {
            absences.end(absence.id());
            done("absences.ended", 0);
        });
        List.of(handOver, handBack, end).forEach(button -> {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.setDisableOnClick(true);
        });
        handOver.setId("absence-hand-over-" + absence.id());
        handBack.setId("absence-hand-back-" + absence.id());
        end.setId("absence-end-" + absence.id());
        actions.add(handOver, handBack, end);
        return actions;
    }

    String handOverLabel(Absence absence) {
        return getTranslation("absences.hand-over", absences.toHandOver(absence.id()));
    }

    private void done(String key, int count) {
        Notification.show(getTranslation(key, count), 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("absences.title") + " · Tremplin";
    }
}
