package lu.adem.tremplin.learningplatform.simulator.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.learningplatform.LearningPlatform;
import lu.adem.tremplin.learningplatform.LearningPlatform.AccountStatus;
import lu.adem.tremplin.learningplatform.simulator.LearningPlatformSimulator;
import lu.adem.tremplin.learningplatform.simulator.LearningPlatformSimulator.SimulatedAccount;
import lu.adem.tremplin.shared.Roles;

/**
 * The local simulator's control panel: play the jobseeker who activates an account, or switch the
 * simulated platform down. Registered as a route only while the simulator is the platform adapter
 * ({@code SimulatorRoute}), so production never shows it.
 */
@Menu(order = 6, title = "nav.platform-simulator", icon = "vaadin:laptop")
@RolesAllowed({Roles.COUNSELLOR, Roles.ADMIN})
public class PlatformSimulatorView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "platform-simulator";

    final Grid<SimulatedAccount> accounts = new Grid<>();
    final Checkbox down = new Checkbox();
    final Paragraph empty = new Paragraph();
    final Grid<LearningPlatform.Progress> enrolments = new Grid<>();

    private final transient LearningPlatformSimulator simulator;

    public PlatformSimulatorView(LearningPlatformSimulator simulator) {
        this.simulator = simulator;
        setSizeFull();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());

        down.setLabel(getTranslation("simulator.down"));
        down.setId("simulator-down");
        down.setValue(simulator.isDown());
        down.addValueChangeListener(change -> simulator.setDown(change.getValue()));

        accounts.setId("simulator-accounts");
        accounts.addColumn(SimulatedAccount::externalId)
                .setHeader(getTranslation("jobseeker.registrationNumber"))
                .setAutoWidth(true);
        accounts.addColumn(SimulatedAccount::team)
                .setHeader(getTranslation("simulator.team"))
                .setAutoWidth(true);
        accounts.addColumn(a -> getTranslation("simulator.status." + a.status().name()))
                .setHeader(getTranslation("simulator.status"))
                .setAutoWidth(true);
        accounts.addColumn(a -> dates.format(a.invitedAt()))
                .setHeader(getTranslation("simulator.invited"))
                .setAutoWidth(true);
        accounts.addComponentColumn(account -> {
                    Button activate = new Button(getTranslation("simulator.activate"), click -> activate(account));
                    activate.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    activate.setEnabled(account.status() == AccountStatus.INVITED);
                    return activate;
                })
                .setHeader(getTranslation("simulator.action"));
        empty.setText(getTranslation("simulator.empty"));

        enrolments.setId("simulator-enrolments");
        enrolments.setAriaLabel(getTranslation("simulator.enrolments"));
        enrolments
                .addColumn(LearningPlatform.Progress::externalId)
                .setHeader(getTranslation("jobseeker.registrationNumber"))
                .setAutoWidth(true);
        enrolments
                .addColumn(LearningPlatform.Progress::courseId)
                .setHeader(getTranslation("simulator.course"))
                .setAutoWidth(true);
        enrolments
                .addColumn(progress -> progress.percent() + " %")
                .setHeader(getTranslation("simulator.progress"))
                .setAutoWidth(true);
        enrolments
                .addColumn(progress -> getTranslation(
                        progress.certificateAt() != null
                                ? "simulator.certified"
                                : progress.completedAt() != null ? "simulator.completed" : "simulator.learning"))
                .setHeader(getTranslation("simulator.status"))
                .setAutoWidth(true);
        enrolments
                .addComponentColumn(progress -> {
                    Button advance =
                            new Button(getTranslation("simulator.advance"), click -> advance(progress, 25, false));
                    advance.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    advance.setEnabled(progress.completedAt() == null);
                    Button finish =
                            new Button(getTranslation("simulator.finish"), click -> advance(progress, 100, true));
                    finish.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    finish.setEnabled(progress.certificateAt() == null);
                    return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(advance, finish);
                })
                .setHeader(getTranslation("simulator.action"))
                .setAutoWidth(true);
        enrolments.setAllRowsVisible(true);

        add(
                new H2(getTranslation("simulator.title")),
                new Paragraph(getTranslation("simulator.intro")),
                down,
                empty,
                accounts,
                new com.vaadin.flow.component.html.H3(getTranslation("simulator.enrolments")),
                enrolments);
        refresh();
    }

    void activate(SimulatedAccount account) {
        if (simulator.activate(account.externalId())) {
            Notification.show(getTranslation("simulator.activated", account.externalId()));
        }
        refresh();
    }

    void advance(LearningPlatform.Progress progress, int points, boolean certificate) {
        simulator.advance(progress.externalId(), progress.courseId(), points, certificate);
        Notification.show(getTranslation("simulator.advanced", progress.externalId()));
        refresh();
    }

    void refresh() {
        enrolments.setItems(simulator.enrolments(200));
        var list = simulator.accounts(200);
        accounts.setItems(list);
        accounts.setVisible(!list.isEmpty());
        empty.setVisible(list.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("simulator.title") + " · Tremplin";
    }
}
