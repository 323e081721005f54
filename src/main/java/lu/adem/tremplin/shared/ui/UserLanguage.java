package lu.adem.tremplin.shared.ui;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.i18n.TremplinTranslations;

/**
 * Chooses each UI's language: the signed-in user's saved choice, else the browser's language when
 * it is French, English or German, else French.
 */
@Component
class UserLanguage implements VaadinServiceInitListener {

    private final UserPreferences preferences;

    UserLanguage(UserPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(initialLocale(init.getUI())));
    }

    private Locale initialLocale(UI ui) {
        // The session's locale is the browser's, or the one chosen on the login page.
        VaadinSession session = ui.getSession();
        return CurrentUser.get()
                .flatMap(user -> preferences.locale(user.userId()))
                .map(TremplinTranslations::supported)
                .orElseGet(() -> TremplinTranslations.supported(session.getLocale()));
    }

    /** Switches the UI's language and remembers it for the signed-in user. */
    void switchTo(UI ui, Locale locale) {
        Locale supported = TremplinTranslations.supported(locale);
        ui.getSession().setLocale(supported);
        ui.setLocale(supported);
        CurrentUser.get().ifPresent(user -> preferences.saveLocale(user.userId(), supported));
    }
}
