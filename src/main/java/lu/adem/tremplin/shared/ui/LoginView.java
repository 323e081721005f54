package lu.adem.tremplin.shared.ui;

import org.springframework.beans.factory.annotation.Value;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The one login of Tremplin, Cockpit, Tasklist and Admin. Accounts come from Camunda's identity
 * service. After repeated failures it asks the user to wait and try again, in the same words whether
 * the account exists or not. In the embedded default, the demo accounts are listed under the form.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Query parameter of a sign-in refused while its account or address waits after failed attempts. */
    public static final String PAUSED = "paused";

    final LoginForm login = new LoginForm();
    final LoginI18n i18n = LoginI18n.createDefault();

    LoginView(UserLanguage userLanguage, @Value("${tremplin.demo.enabled:false}") boolean demo) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("login-view");

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));

        H1 title = new H1("Tremplin");
        title.getStyle().set("margin", "0");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        add(new LanguageSelect(userLanguage), title, tagline, login);
        if (demo) {
            Div hint = new Div(getTranslation("login.demo"));
            hint.setId("demo-accounts");
            hint.getStyle()
                    .set("max-width", "22rem")
                    .set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            add(hint);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        String problem = parameters.containsKey(PAUSED) ? "login.paused" : "login.error";
        i18n.getErrorMessage().setTitle(getTranslation(problem + ".title"));
        i18n.getErrorMessage().setMessage(getTranslation(problem + ".message"));
        login.setI18n(i18n);
        login.setError(parameters.containsKey("error") || parameters.containsKey(PAUSED));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Tremplin";
    }
}
