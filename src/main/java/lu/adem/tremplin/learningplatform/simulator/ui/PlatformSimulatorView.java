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
@RolesAllowed({ Roles.COUNSELLOR, Roles.ADMIN })
public class PlatformSimulatorView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "platform-simulator";

    final Grid<SimulatedAccount> accounts = new Grid<>();
    final Checkbox down = new Checkbox();
    final Paragraph empty = new Paragraph();

    private final transient LearningPlatformSimulator simulator;

    public PlatformSimulatorView(LearningPlatformSimulator simulator) {
        this.simulator = simulator;
        setSizeFull();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());

        down.setLabel(getTranslation("simulator.down"));
        down.setId("simulator-down");
        down.setValue(simulator.isDown());
        down.addValueChangeListener(change -> simulator.setDown(change.getValue()));

        accounts.setId("simulator-accounts");
        accounts.addColumn(SimulatedAccount::externalId).setHeader(getTranslation("jobseeker.registrationNumber")).setAutoWidth(true);
        accounts.addColumn(SimulatedAccount::team).setHeader(getTranslation("simulator.team")).setAutoWidth(true);
        accounts.addColumn(a -> getTranslation("simulator.status." + a.status().name())).setHeader(getTranslation("simulator.status"))
                .setAutoWidth(true);
        accounts.addColumn(a -> dates.format(a.invitedAt())).setHeader(getTranslation("simulator.invited")).setAutoWidth(true);
        accounts.addComponentColumn(account -> {
            Button activate = new Button(getTranslation("simulator.activate"), click -> activate(account));
            activate.addThemeVariants(ButtonVariant.LUMO_SMALL);
            activate.setEnabled(account.status() == AccountStatus.INVITED);
            return activate;
        }).setHeader(getTranslation("simulator.action"));
        empty.setText(getTranslation("simulator.empty"));

        add(new H2(getTranslation("simulator.title")), new Paragraph(getTranslation("simulator.intro")), down, empty, accounts);
        refresh();
    }

    void activate(SimulatedAccount account) {
        if (simulator.activate(account.externalId())) {
            Notification.show(getTranslation("simulator.activated", account.externalId()));
        }
        refresh();
    }

    void refresh() {
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
