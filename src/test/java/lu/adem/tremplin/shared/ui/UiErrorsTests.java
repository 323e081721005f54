package lu.adem.tremplin.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;

import lu.adem.tremplin.shared.i18n.TremplinTranslations;

class UiErrorsTests {

    @Test
    void shouldExplainARefusedActionAsNotAllowed() {
        var refusal = new AuthorizationException("counsellor2", "UPDATE", "Task", "42");

        assertThat(UiErrors.messageKey(new IllegalStateException("wrapped", refusal)))
                .isEqualTo("error.not-allowed");
    }

    @Test
    void shouldExplainAConcurrentChangeAsChangedMeanwhile() {
        assertThat(UiErrors.messageKey(new OptimisticLockingException("task was updated by another transaction")))
                .isEqualTo("error.changed-meanwhile");
    }

    @Test
    void shouldExplainWorkSomeoneAlreadyDidAsAlreadyDone() {
        assertThat(UiErrors.messageKey(new IllegalStateException(
                        "wrapped", new lu.adem.tremplin.shared.AlreadyDone("task 42 is no longer open"))))
                .isEqualTo("error.task-already-done");
    }

    @Test
    void shouldExplainADatabaseOutageAsSuchAndSayTheInputIsKept() {
        var outage = new org.springframework.transaction.CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction",
                new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available"));

        assertThat(UiErrors.messageKey(new IllegalStateException("wrapped", outage)))
                .isEqualTo("error.database-unavailable");
    }

    @Test
    void shouldGiveEverythingElseAReferenceForSupport() {
        assertThat(UiErrors.messageKey(new NullPointerException())).isEqualTo("error.unexpected");
    }

    @Test
    void shouldShowTheReferenceInEveryLanguage() {
        var translations = new TremplinTranslations();
        for (Locale locale : TremplinTranslations.LOCALES) {
            for (String key : List.of(
                    "error.not-allowed", "error.changed-meanwhile", "error.unexpected", "error.task-already-done")) {
                assertThat(translations.getTranslation(key, locale, "ab12cd34"))
                        .as(key + " " + locale)
                        .contains("ab12cd34")
                        .doesNotContain("{0}");
            }
        }
        assertThat(translations.getTranslation("error.not-allowed", Locale.FRENCH, "x"))
                .contains("n’êtes");
    }
}
