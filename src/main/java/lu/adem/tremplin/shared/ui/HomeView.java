package lu.adem.tremplin.shared.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.Roles;

/**
 * The address users land on after login: sends each to their role's screen (by route path, so the
 * shell imports no feature view). A user without a Tremplin role sees what to ask for.
 */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public HomeView() {
        add(new H2(getTranslation("home.no-role.title")), new Paragraph(getTranslation("home.no-role.text")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("camunda-refused")) {
            // back from a Camunda webapp page this user may not open (counsellors work in Tremplin)
            Notification refused =
                    Notification.show(getTranslation("home.camunda-refused"), 10_000, Notification.Position.TOP_CENTER);
            refused.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        }
        CurrentUser.get().ifPresent(user -> {
            if (user.hasRole(Roles.COUNSELLOR)) {
                event.forwardTo("inbox");
            } else if (user.hasRole(Roles.PROCESS_OWNER)) {
                event.forwardTo("processes");
            } else if (user.hasRole(Roles.SUPERVISOR)) {
                event.forwardTo("cockpit");
            } else if (user.hasRole(Roles.DPO)) {
                event.forwardTo("privacy");
            } else if (user.hasRole(Roles.ADMIN)) {
                event.getUI().getPage().setLocation(CamundaWebapp.ADMIN.path());
            }
        });
    }

    @Override
    public String getPageTitle() {
        return "Tremplin";
    }
}
