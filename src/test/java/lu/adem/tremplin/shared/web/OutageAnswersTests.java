package lu.adem.tremplin.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;

import lu.adem.tremplin.shared.DatabaseOutage;

class OutageAnswersTests {

    final OutageAnswers filter = new OutageAnswers();

    @Test
    void shouldTurnTheEngineApisOwn500IntoA503WithAClearMessageWhenTheDatabaseWasOutOfReach() throws Exception {
        MockHttpServletResponse response = run("/engine-rest/process-definition/count", Locale.ENGLISH, (req, res) -> {
            DatabaseOutage.notice(new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
            HttpServletResponse http = (HttpServletResponse) res;
            http.setStatus(500);
            http.setContentType("application/json");
            http.getOutputStream().write("{\"type\":\"ProcessEngineException\",\"message\":\"ENGINE-…\"}".getBytes());
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString())
                .contains("\"type\":\"DatabaseUnavailable\"")
                .contains("cannot reach its database")
                .doesNotContain("ProcessEngineException");
    }

    @Test
    void shouldAnswerASignInThatCouldNotReadTheDatabaseAs503NotAsAWrongPassword() throws Exception {
        MockHttpServletResponse response = run("/engine-rest/task", Locale.GERMAN, (req, res) -> {
            DatabaseOutage.notice(new CannotGetJdbcConnectionException(
                    "Failed to obtain JDBC Connection", new SQLException("Connection refused", "08001")));
            ((HttpServletResponse) res).sendError(401);
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("erreicht seine Datenbank gerade nicht");
    }

    @Test
    void shouldAnswerAFailureEscapingTheChainAs503InTheUsersLanguage() throws Exception {
        MockHttpServletResponse response = run("/jobseekers", Locale.FRENCH, (req, res) -> {
            throw new CannotGetJdbcConnectionException(
                    "Failed to obtain JDBC Connection", new SQLTransientConnectionException("timeout"));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("text/plain");
        assertThat(response.getContentAsString()).contains("ne peut pas joindre sa base de données");
    }

    @Test
    void shouldLeaveEveryOtherAnswerAndFailureAlone() throws Exception {
        MockHttpServletResponse error = run("/engine-rest/task", Locale.ENGLISH, (req, res) -> {
            ((HttpServletResponse) res).setStatus(500);
            res.getWriter().write("own error");
        });
        assertThat(error.getStatus()).isEqualTo(500);
        assertThat(error.getContentAsString()).isEqualTo("own error");

        MockHttpServletResponse wrongPassword =
                run("/engine-rest/task", Locale.ENGLISH, (req, res) -> ((HttpServletResponse) res).sendError(401));
        assertThat(wrongPassword.getStatus()).isEqualTo(401);

        assertThatThrownBy(() -> run("/inbox", Locale.ENGLISH, (req, res) -> {
                    throw new IllegalStateException("a bug");
                }))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldForgetAnOutageMetByAnEarlierRequestOfTheSameThread() throws Exception {
        DatabaseOutage.notice(new SQLException("Connection refused", "08001"));

        MockHttpServletResponse response =
                run("/engine-rest/task", Locale.ENGLISH, (req, res) -> ((HttpServletResponse) res).setStatus(500));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(DatabaseOutage.noticed()).isFalse();
    }

    private MockHttpServletResponse run(String path, Locale locale, FilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addPreferredLocale(locale);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }
}
