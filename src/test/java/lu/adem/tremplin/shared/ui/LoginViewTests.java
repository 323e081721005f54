package lu.adem.tremplin.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import lu.adem.tremplin.support.KaribuViewTest;

class LoginViewTests extends KaribuViewTest {

    private LoginView open(String query, Locale locale) {
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("login", QueryParameters.fromString(query));
        return _get(LoginView.class);
    }

    @Test
    void shouldSayAWrongPasswordIsWrong() {
        LoginView view = open("error", Locale.ENGLISH);

        assertThat(view.login.isError()).isTrue();
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Wrong user name or password");
    }

    @Test
    void shouldAskAPausedUserToWaitInTheirLanguage() {
        LoginView english = open("error&paused", Locale.ENGLISH);
        assertThat(english.login.isError()).isTrue();
        assertThat(english.i18n.getErrorMessage().getMessage())
                .startsWith("There were too many failed attempts. Please wait");

        assertThat(open("error&paused", Locale.FRENCH).i18n.getErrorMessage().getTitle())
                .isEqualTo("Connexion suspendue un moment");
        assertThat(open("error&paused", Locale.GERMAN).i18n.getErrorMessage().getMessage())
                .startsWith("Zu viele Anmeldeversuche sind fehlgeschlagen.");
    }

    @Test
    void shouldShowNoErrorOnAFirstVisit() {
        assertThat(open("", Locale.ENGLISH).login.isError()).isFalse();
    }
}
