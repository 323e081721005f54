package lu.adem.tremplin.shared.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import lu.adem.tremplin.shared.security.SignInLock;
import lu.adem.tremplin.support.KaribuViewTest;

class SignInLocksViewTests extends KaribuViewTest {

    private JdbcClient jdbc;

    @BeforeEach
    void noLocks() {
        jdbc = context.getBean(JdbcClient.class);
        jdbc.sql("delete from sign_in_failure").update();
    }

    @AfterEach
    void removeLocks() {
        jdbc.sql("delete from sign_in_failure").update();
    }

    private void locked(SignInLock.Kind kind, String subject, int failures) {
        OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
        jdbc.sql("insert into sign_in_failure (kind, subject, failures, last_failure_at, locked_until) "
                        + "values (:kind, :subject, :failures, :now, :until)")
                .param("kind", kind.name())
                .param("subject", subject)
                .param("failures", failures)
                .param("now", now)
                .param("until", now.plus(Duration.ofMinutes(5)))
                .update();
    }

    private SignInLocksView open() {
        UI.getCurrent().navigate("sign-in-locks");
        return _get(SignInLocksView.class);
    }

    @Test
    void shouldSayClearlyWhenNothingIsLocked() {
        signIn(data.administrator());

        SignInLocksView view = open();

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("No account or address is waiting: every sign-in is open.");
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Sign-in locks · Tremplin");
    }

    @Test
    void shouldListTheLocksAndLiftOneWithItsButton() {
        locked(SignInLock.Kind.ACCOUNT, "maria", 7);
        locked(SignInLock.Kind.ADDRESS, "203.0.113.1", 21);
        signIn(data.administrator());
        SignInLocksView view = open();
        assertThat(view.grid.getListDataView().getItems())
                .extracting(SignInLock::kind, SignInLock::subject, SignInLock::failures)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(SignInLock.Kind.ACCOUNT, "maria", 7),
                        org.assertj.core.groups.Tuple.tuple(SignInLock.Kind.ADDRESS, "203.0.113.1", 21));
        int row = view.grid
                .getListDataView()
                .getItems()
                .map(SignInLock::subject)
                .toList()
                .indexOf("maria");

        Button lift = (Button) GridKt._getCellComponent(view.grid, row, "lift");
        assertThat(lift.getElement().getAttribute("aria-label")).isEqualTo("Lift the lock of Account maria");
        lift.click();

        assertThat(view.grid.getListDataView().getItems())
                .extracting(SignInLock::subject)
                .containsExactly("203.0.113.1");
        NotificationsKt.expectNotifications("Lock of maria lifted: the next sign-in is checked at once.");
        assertThat(jdbc.sql("select count(*) from sign_in_failure where subject = 'maria'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void shouldNotOpenToASupervisor() {
        signIn(data.supervisor());

        assertThatThrownBy(() -> UI.getCurrent().navigate("sign-in-locks")).hasMessageContaining("Access is denied");
    }
}
