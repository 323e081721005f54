package lu.adem.tremplin.inbox.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.clubemploi.ClubBooking;
import lu.adem.tremplin.followup.FollowUp;
import lu.adem.tremplin.inbox.file.JobseekerFile;
import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.onboarding.Onboarding;
import lu.adem.tremplin.outbox.OutboxMessage;
import lu.adem.tremplin.ownership.Absences;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.DayFirst;
import lu.adem.tremplin.shared.Roles;

/**
 * One jobseeker's file: details, cases (current step or outcome, and the decisions taken), the
 * dated history of steps, club emploi sessions and messages. Counsellors propose the programme here.
 *
 * <p>Longer than our usual classes: one section per part of the file; the next split is one component per section, as the cockpit has per tab.
 */
@Route("jobseeker")
@RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR, Roles.ADMIN})
public class JobseekerFileView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");
    /** A coded value from a form (ACCEPTED, GUIDED_START, …), shown in the user's language. */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z][A-Z_]+");

    private final JobseekerFile file;
    private final transient FollowUp followUp;
    private String title = "";

    final Button propose = new Button();
    final Section cases = new Section();
    final Grid<JobseekerFile.Step> history = new Grid<>();
    final Grid<ClubBooking> bookings = new Grid<>();
    final Grid<OutboxMessage> messages = new Grid<>();

    final Button jobFound = new Button();
    final Button passTime = new Button();

    final RecentlyOpenedBy recentlyOpened;

    private final transient Absences absences;

    JobseekerFileView(JobseekerFile file, FollowUp followUp, RecentlyOpenedBy recentlyOpened, Absences absences) {
        this.absences = absences;
        this.file = file;
        this.followUp = followUp;
        this.recentlyOpened = recentlyOpened;
        setWidthFull();
        setMaxWidth("80rem");
    }

    @Override
    public void setParameter(BeforeEvent event, String registrationNumber) {
        show(registrationNumber);
    }

    void show(String registrationNumber) {
        removeAll();
        var contents = file.open(registrationNumber, getLocale());
        if (contents.isEmpty()) {
            title = getTranslation("file.not-found.title");
            add(new H2(title), new Paragraph(getTranslation("file.not-found.text", registrationNumber)));
            return;
        }
        Jobseeker jobseeker = contents.get().jobseeker();
        title = jobseeker.fullName() + " · " + jobseeker.registrationNumber();
        add(new H2(title), details(jobseeker));
        propose.setText(getTranslation("file.propose"));
        propose.setId("file-propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.setDisableOnClick(true);
        propose.addClickListener(click -> propose(jobseeker.registrationNumber()));
        propose.setVisible(!contents.get().onboardingRunning()
                && CurrentUser.get().map(user -> user.hasRole(Roles.COUNSELLOR)).orElse(false));
        jobFound.setText(getTranslation("file.job-found"));
        jobFound.setId("file-job-found");
        jobFound.setVisible(followUp.isRunningFor(jobseeker.registrationNumber())
                && CurrentUser.get().map(user -> user.hasRole(Roles.COUNSELLOR)).orElse(false));
        jobFound.addClickListener(click -> confirmJobFound(jobseeker));
        passTime.setText(getTranslation("file.demo.pass-time"));
        passTime.setId("file-pass-time");
        passTime.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        passTime.setVisible(file.demo() && contents.get().cases().stream().anyMatch(JobseekerFile.Case::running));
        passTime.addClickListener(click -> {
            var moved = file.passTimeToNextDeadline(jobseeker.registrationNumber());
            Notification.show(
                    moved.map(step -> getTranslation("file.demo.passed", step))
                            .orElse(getTranslation("file.demo.nothing")),
                    6000,
                    Notification.Position.BOTTOM_START);
        });
        add(new com.vaadin.flow.component.orderedlayout.HorizontalLayout(propose, jobFound, passTime));
        add(section(
                "file.cases",
                cases(jobseeker.registrationNumber(), contents.get().cases()),
                contents.get().cases().isEmpty(),
                "file.cases.empty"));
        add(section(
                "file.history",
                historyGrid(contents.get().history()),
                contents.get().history().isEmpty(),
                "file.history.empty"));
        add(section(
                "file.bookings",
                bookingsGrid(contents.get().bookings()),
                contents.get().bookings().isEmpty(),
                "file.bookings.empty"));
        Div messagesWithHint = new Div(
                new Paragraph(getTranslation("file.messages.hint")),
                messagesGrid(contents.get().messages()));
        messagesWithHint.setWidthFull();
        add(section("file.messages", messagesWithHint, contents.get().messages().isEmpty(), "file.messages.empty"));
        recentlyOpened.show(jobseeker.registrationNumber());
        add(recentlyOpened);
    }

    private void confirmJobFound(Jobseeker jobseeker) {
        var dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                getTranslation("file.job-found.title"),
                getTranslation("file.job-found.text", jobseeker.fullName()),
                getTranslation("file.job-found.ok"),
                confirmed -> {
                    followUp.jobFound(jobseeker.registrationNumber());
                    show(jobseeker.registrationNumber());
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("jobseeker.dialog.cancel"));
        dialog.open();
    }

    private void propose(String registrationNumber) {
        try {
            file.proposeProgramme(registrationNumber);
            Notification.show(getTranslation("file.proposed"), 6000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (Onboarding.OnboardingAlreadyRunning alreadyRunning) {
            Notification.show(getTranslation("file.already-running"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        show(registrationNumber);
    }

    private Div details(Jobseeker jobseeker) {
        Div details = new Div();
        details.setId("file-details");
        details.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "max-content 1fr")
                .set("gap", "0.25rem 1rem");
        detail(details, "jobseeker.agency", jobseeker.agency().displayName());
        detail(details, "jobseeker.referentCounsellor", jobseeker.referentCounsellor());
        absences.coverToday(jobseeker.referentCounsellor())
                .ifPresent(absence -> detail(
                        details,
                        "file.covered-by",
                        getTranslation(
                                "file.covered-by.value",
                                absence.coveredBy(),
                                DayFirst.date(java.time.format.FormatStyle.MEDIUM, getLocale())
                                        .format(absence.lastDay()))));
        detail(
                details,
                "jobseeker.languages",
                jobseeker.languages().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        detail(details, "jobseeker.email", jobseeker.email());
        detail(details, "jobseeker.phone", jobseeker.phone());
        detail(details, "jobseeker.targetOccupation", jobseeker.targetOccupation());
        return details;
    }

    private void detail(Div details, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        details.add(label, new Span(value == null || value.isBlank() ? "—" : value));
    }

    private Section section(String titleKey, Component content, boolean empty, String emptyKey) {
        Section section = new Section(new H3(getTranslation(titleKey)));
        section.setWidthFull();
        section.add(empty ? new Paragraph(getTranslation(emptyKey)) : content);
        return section;
    }

    private Component cases(String registrationNumber, List<JobseekerFile.Case> list) {
        cases.removeAll();
        for (JobseekerFile.Case found : list) {
            Div card = new Div();
            card.addClassName("file-case");
            card.getStyle()
                    .set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)")
                    .set("padding", "0.5rem 1rem")
                    .set("margin-bottom", "0.5rem");
            String state = found.running()
                    ? getTranslation("file.case.now", String.join(", ", found.currentSteps()))
                    : getTranslation(
                            "file.case.ended", found.endedAt() == null ? "—" : found.endedAt(), format(found.ended()));
            card.add(new Paragraph(
                    new Span(found.processName() + " · " + getTranslation("file.case.started", format(found.started()))
                            + " · "),
                    new Span(state)));
            if (!found.facts().isEmpty()) {
                card.add(new Paragraph(facts(found.facts())));
            }
            if (found.running()) {
                file.diagramOf(registrationNumber, found.processDefinitionId())
                        .ifPresent(xml -> card.add(new CaseDiagram(
                                xml,
                                found.currentActivityIds(),
                                getTranslation(
                                        "file.case.diagram",
                                        found.processName(),
                                        String.join(", ", found.currentSteps())))));
            }
            cases.add(card);
        }
        return cases;
    }

    private String facts(Map<String, Object> facts) {
        return facts.entrySet().stream()
                .map(fact -> getTranslation("file.fact." + fact.getKey()) + ": " + value(fact.getValue()))
                .collect(Collectors.joining(" · "));
    }

    private String value(Object value) {
        if (value instanceof Boolean yes) {
            return getTranslation(yes ? "file.yes" : "file.no");
        }
        if (value instanceof java.util.Date date) {
            return format(date.toInstant());
        }
        if (value instanceof String code && CODE.matcher(code).matches()) {
            return getTranslation("file.value." + code);
        }
        return String.valueOf(value);
    }

    private Grid<JobseekerFile.Step> historyGrid(List<JobseekerFile.Step> steps) {
        history.removeAllColumns();
        history.setId("file-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        history.setAriaLabel(getTranslation("file.history"));
        history.addColumn(step -> format(step.at()))
                .setHeader(getTranslation("file.column.when"))
                .setAutoWidth(true);
        history.addColumn(JobseekerFile.Step::step)
                .setHeader(getTranslation("file.column.step"))
                .setFlexGrow(2);
        history.addColumn(JobseekerFile.Step::processName)
                .setHeader(getTranslation("file.column.process"))
                .setAutoWidth(true);
        history.addColumn(step -> step.by() == null ? "" : step.by())
                .setHeader(getTranslation("file.column.by"))
                .setAutoWidth(true);
        history.setItems(steps);
        history.setAllRowsVisible(steps.size() <= 15);
        history.setHeight(steps.size() <= 15 ? null : "30rem");
        return history;
    }

    private Grid<ClubBooking> bookingsGrid(List<ClubBooking> list) {
        bookings.removeAllColumns();
        bookings.setId("file-bookings");
        bookings.addThemeVariants(GridVariant.LUMO_COMPACT);
        bookings.setAriaLabel(getTranslation("file.bookings"));
        bookings.addColumn(booking -> file.clubName(booking.club()))
                .setHeader(getTranslation("file.column.club"))
                .setAutoWidth(true);
        bookings.addColumn(booking -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(getLocale())
                        .format(booking.startsAt()))
                .setHeader(getTranslation("file.column.session"))
                .setAutoWidth(true);
        bookings.addColumn(ClubBooking::status)
                .setHeader(getTranslation("file.column.status"))
                .setAutoWidth(true);
        bookings.setItems(list);
        bookings.setAllRowsVisible(true);
        return bookings;
    }

    private Grid<OutboxMessage> messagesGrid(List<OutboxMessage> list) {
        messages.removeAllColumns();
        messages.setId("file-messages");
        messages.addThemeVariants(GridVariant.LUMO_COMPACT);
        messages.setAriaLabel(getTranslation("file.messages"));
        messages.addColumn(
                        message -> format(message.createdAt().atZone(LUXEMBOURG).toInstant()))
                .setHeader(getTranslation("file.column.when"))
                .setAutoWidth(true);
        messages.addColumn(OutboxMessage::subject)
                .setHeader(getTranslation("file.column.subject"))
                .setAutoWidth(true)
                .setFlexGrow(2);
        messages.addColumn(message -> message.recipient() == null ? "—" : message.recipient())
                .setHeader(getTranslation("file.column.to"))
                .setAutoWidth(true);
        messages.addColumn(message ->
                        getTranslation("outbox.status." + message.status().name()))
                .setHeader(getTranslation("file.column.status"))
                .setAutoWidth(true);
        messages.setItemDetailsRenderer(new ComponentRenderer<>(message -> {
            Div body = new Div(message.body());
            body.getStyle().set("white-space", "pre-wrap").set("padding", "0.5rem 1rem");
            return body;
        }));
        messages.setItems(list);
        messages.setAllRowsVisible(true);
        return messages;
    }

    private String format(TemporalAccessor instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(getLocale())
                        .withZone(LUXEMBOURG)
                        .format(instant);
    }

    @Override
    public String getPageTitle() {
        return title + " · Tremplin";
    }
}
