package lu.adem.tremplin.shared.security.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.shared.Roles;
import lu.adem.tremplin.shared.security.SignInLock;
import lu.adem.tremplin.shared.security.SignInLocks;

/**
 * Administrators see the accounts and client addresses whose sign-in waits after failed attempts (also
 * accounts that Camunda itself locked) and lift a lock, for example for a user who must sign in now.
 */
@Route("sign-in-locks")
@Menu(order = 5.8, title = "nav.sign-in-locks", icon = "vaadin:lock")
@RolesAllowed(Roles.ADMIN)
public class SignInLocksView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");

    final Grid<SignInLock> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Button refresh = new Button();
    private final transient SignInLocks locks;

    SignInLocksView(SignInLocks locks) {
        this.locks = locks;
        setSizeFull();
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(LUXEMBOURG);

        grid.setId("sign-in-locks");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("sign-in-locks.title"));
        grid.setAllRowsVisible(true);
        grid.addColumn(lock ->
                        getTranslation("sign-in-locks.kind." + lock.kind().name()))
                .setHeader(getTranslation("sign-in-locks.column.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SignInLock::subject)
                .setHeader(getTranslation("sign-in-locks.column.subject"))
                .setAutoWidth(true);
        grid.addColumn(SignInLock::failures)
                .setHeader(getTranslation("sign-in-locks.column.failures"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(lock -> times.format(lock.lockedUntil()))
                .setHeader(getTranslation("sign-in-locks.column.until"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(lock -> lock.heldByEngine() ? getTranslation("sign-in-locks.engine") : "")
                .setHeader(getTranslation("sign-in-locks.column.engine"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::liftButton)
                .setKey("lift")
                .setHeader(getTranslation("sign-in-locks.column.action"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);

        empty.setId("sign-in-locks-empty");
        empty.setText(getTranslation("sign-in-locks.empty"));
        refresh.setText(getTranslation("sign-in-locks.refresh"));
        refresh.setIcon(VaadinIcon.REFRESH.create());
        refresh.addClickListener(click -> show());
        add(
                new H2(getTranslation("sign-in-locks.title")),
                new Paragraph(getTranslation("sign-in-locks.intro")),
                refresh,
                empty,
                grid);
        show();
    }

    private Button liftButton(SignInLock lock) {
        Button lift = new Button(getTranslation("sign-in-locks.lift"), click -> lift(lock));
        lift.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        lift.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                "sign-in-locks.lift.label",
                                getTranslation(
                                        "sign-in-locks.kind." + lock.kind().name()),
                                lock.subject()));
        return lift;
    }

    void lift(SignInLock lock) {
        locks.lift(lock.kind(), lock.subject());
        Notification.show(
                        getTranslation("sign-in-locks.lifted", lock.subject()),
                        5000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show();
        refresh.focus();
    }

    private void show() {
        var current = locks.current();
        grid.setItems(current);
        grid.setVisible(!current.isEmpty());
        empty.setVisible(current.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sign-in-locks.title") + " · Tremplin";
    }
}
