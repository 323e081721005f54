package lu.adem.tremplin.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;

/** A screen whose action met the database out of reach: a notification in the user's language, the input kept. */
class UiErrorsNotificationTests {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void shouldSayTheDatabaseCannotBeReachedNothingWasSavedAndTheInputIsKept() {
        UI ui = UI.getCurrent();
        TextField note = new TextField();
        note.setValue("entretien le 12");
        ui.add(note);
        var outage = new CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));

        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH, Locale.GERMAN}) {
            ui.setLocale(locale);
            new UiErrors().error(new ErrorEvent(new IllegalStateException("a button's action", outage)));
        }

        assertThat(NotificationsKt.getNotifications())
                .extracting(notification -> notification.getElement().getProperty("text"))
                .satisfiesExactly(
                        fr -> assertThat(fr).startsWith("La base de données est injoignable pour le moment."),
                        en -> assertThat(en)
                                .startsWith("The database cannot be reached right now. Nothing was saved")
                                .contains("still on the screen"),
                        de -> assertThat(de).startsWith("Die Datenbank ist gerade nicht erreichbar."));
        assertThat(note.getValue()).isEqualTo("entretien le 12");
    }
}
