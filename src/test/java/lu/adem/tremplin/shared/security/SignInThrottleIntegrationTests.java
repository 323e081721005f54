package lu.adem.tremplin.shared.security;

import static lu.adem.tremplin.support.WebSession.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import lu.adem.tremplin.support.MovableClock;
import lu.adem.tremplin.support.TestSignIn;
import lu.adem.tremplin.support.WebSession;

/**
 * Failed sign-ins delay, never lock for good, on every path that checks a password (form login, HTTP
 * Basic on the engine API); Camunda's own password checks are closed; an administrator lifts a lock.
 * Each test signs in from client addresses of its own (X-Forwarded-For, as a load balancer sets it) and
 * with accounts of its own. The configuration asks Camunda for its permanent lock after 3 failures, to
 * show that no configuration brings it back.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generic-properties.properties.login-max-attempts=3")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleIntegrationTests {

    private static final String RIGHT = "the-right-password";
    private static final Duration LONGEST_ACCOUNT_DELAY = Duration.ofMinutes(5);

    /** The throttle's real time, moved by the tests (and by nothing else: no other bean takes it). */
    @TestConfiguration
    static class MovedTime {
        @Bean(name = SignInThrottle.REAL_TIME, defaultCandidate = false)
        MovableClock signInClock() {
            return MovableClock.ticking();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier(SignInThrottle.REAL_TIME)
    MovableClock clock;

    @Autowired
    IdentityService identityService;

    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @Autowired
    SignInLocks locks;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        identityService.clearAuthentication();
    }

    private void account(String userId, String... groups) {
        User user = identityService.newUser(userId);
        user.setPassword(RIGHT);
        identityService.saveUser(user);
        for (String group : groups) {
            identityService.createMembership(userId, group);
        }
    }

    /** Tremplin's login form, posted from a client address; answers where the browser is sent next. */
    private String formLogin(String user, String password, String clientAddress) {
        WebSession session = WebSession.anonymous(port);
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = session.send(session.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static boolean signedIn(String location) {
        return !location.contains("/login");
    }

    private HttpResponse<String> engineApi(String user, String password, String clientAddress) {
        WebSession session = WebSession.anonymous(port);
        return session.send(session.request("/engine-rest/engine")
                .header("Authorization", basic(user, password))
                .header("X-Forwarded-For", clientAddress)
                .GET());
    }

    @Test
    void shouldLetTheRightPasswordInOnceTheDelayHasPassedAfterADozenWrongOnes() {
        account("throttleForm", "counsellor");
        for (int i = 0; i < 12; i++) {
            assertThat(formLogin("throttleForm", "wrong-" + i, "203.0.113.1")).endsWith("/login?error");
            clock.advance(LONGEST_ACCOUNT_DELAY);
        }
        assertThat(formLogin("throttleForm", "wrong-again", "203.0.113.1")).endsWith("/login?error");

        assertThat(formLogin("throttleForm", RIGHT, "203.0.113.1"))
                .as("during the delay")
                .endsWith("/login?error&paused");
        assertThat(formLogin("throttleForm", RIGHT, "203.0.113.2"))
                .as("from another address too")
                .endsWith("/login?error&paused");
        clock.advance(LONGEST_ACCOUNT_DELAY);

        assertThat(signedIn(formLogin("throttleForm", RIGHT, "203.0.113.1"))).isTrue();
        assertThat(engineConfiguration.getLoginMaxAttempts())
                .as("Camunda's lock out of reach, whatever the configuration")
                .isEqualTo(Integer.MAX_VALUE);
    }

    /** The state ENGINE-27002 left behind: attempts at Camunda's old maximum, the last short delay long over. */
    @Test
    void shouldFreeAnAccountThatCamundaHadLockedForGood() {
        account("throttleCamundaLocked", "counsellor");
        jdbc.sql("update ACT_ID_USER set ATTEMPTS_ = 10, LOCK_EXP_TIME_ = :past where ID_ = 'throttleCamundaLocked'")
                .param("past", Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))))
                .update();

        assertThat(signedIn(formLogin("throttleCamundaLocked", RIGHT, "203.0.113.7")))
                .isTrue();
    }

    @Test
    void shouldSayTheSameToAnUnknownAccount() {
        for (int i = 0; i < 6; i++) {
            assertThat(formLogin("throttleNobody", "wrong-" + i, "203.0.113.3")).endsWith("/login?error");
        }

        assertThat(formLogin("throttleNobody", RIGHT, "203.0.113.3")).endsWith("/login?error&paused");
    }

    @Test
    void shouldDelayHttpBasicOnTheEngineApiAndLetTheProcessOwnerInAfterwards(CapturedOutput log) {
        account("throttleBasic", "process-owner");
        for (int i = 0; i < 6; i++) {
            assertThat(engineApi("throttleBasic", "wrong-" + i, "203.0.113.4").statusCode())
                    .isEqualTo(401);
        }
        for (int i = 6; i < 12; i++) {
            assertThat(engineApi("throttleBasic", "wrong-" + i, "203.0.113.4").statusCode())
                    .isEqualTo(429);
        }

        HttpResponse<String> delayed = engineApi("throttleBasic", RIGHT, "203.0.113.4");
        assertThat(delayed.statusCode()).isEqualTo(429);
        assertThat(delayed.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 30));
        clock.advance(Duration.ofSeconds(31));

        assertThat(engineApi("throttleBasic", RIGHT, "203.0.113.4").statusCode())
                .isEqualTo(200);
        assertThat(log.getOut())
                .contains("throttleBasic")
                .contains("203.0.113.4")
                .contains("Sign-in refused without checking the password")
                .doesNotContain("wrong-5");
    }

    @Test
    void shouldDelayAnAddressThatTriesManyAccountsButNotTheAccountsElsewhere() {
        account("throttleSprayed", "counsellor");
        for (int i = 0; i < 21; i++) {
            formLogin("throttleSpray" + i, "Summer2026!", "198.51.100.7");
        }

        assertThat(formLogin("throttleSprayed", RIGHT, "198.51.100.7")).endsWith("/login?error&paused");
        assertThat(engineApi("throttleSprayed", RIGHT, "198.51.100.7").statusCode())
                .isEqualTo(429);
        assertThat(signedIn(formLogin("throttleSprayed", RIGHT, "198.51.100.8")))
                .isTrue();
    }

    @Test
    void shouldLetAnAdministratorSeeALockAndLiftIt() {
        account("throttleLifted", "counsellor");
        for (int i = 0; i < 6; i++) {
            formLogin("throttleLifted", "wrong-" + i, "203.0.113.5");
        }
        assertThat(formLogin("throttleLifted", RIGHT, "203.0.113.5")).endsWith("/login?error&paused");

        TestSignIn.as(identityService, "admin");
        assertThat(locks.current()).anySatisfy(lock -> {
            assertThat(lock.kind()).isEqualTo(SignInLock.Kind.ACCOUNT);
            assertThat(lock.subject()).isEqualToIgnoringCase("throttleLifted");
            assertThat(lock.failures()).isEqualTo(6);
            assertThat(lock.lockedUntil()).isAfter(clock.instant());
        });
        locks.lift(SignInLock.Kind.ACCOUNT, "throttleLifted");

        assertThat(locks.current())
                .noneSatisfy(lock -> assertThat(lock.subject()).isEqualToIgnoringCase("throttleLifted"));
        assertThat(signedIn(formLogin("throttleLifted", RIGHT, "203.0.113.5"))).isTrue();
    }

    @Test
    void shouldRefuseTheLocksToAnyoneButAnAdministrator() {
        TestSignIn.as(identityService, "supervisor");

        assertThatThrownBy(() -> locks.current()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> locks.lift(SignInLock.Kind.ACCOUNT, "admin"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldLetAnAdministratorLiftAnAccountThatCamundaLocked() {
        account("throttleEngineLocked", "counsellor");
        jdbc.sql("update ACT_ID_USER set ATTEMPTS_ = 10, LOCK_EXP_TIME_ = :until where ID_ = 'throttleEngineLocked'")
                .param("until", Timestamp.from(Instant.now().plus(Duration.ofDays(3650))))
                .update();
        assertThat(formLogin("throttleEngineLocked", RIGHT, "203.0.113.6")).endsWith("/login?error");

        TestSignIn.as(identityService, "admin");
        assertThat(locks.current()).anySatisfy(lock -> {
            assertThat(lock.subject()).isEqualTo("throttleEngineLocked");
            assertThat(lock.heldByEngine()).isTrue();
        });
        locks.lift(SignInLock.Kind.ACCOUNT, "throttleEngineLocked");

        assertThat(signedIn(formLogin("throttleEngineLocked", RIGHT, "203.0.113.6")))
                .isTrue();
    }

    /** An administrator may read every user, so the engine's authorizations let the check through: it must be closed. */
    @Test
    void shouldCloseTheEngineApisPasswordCheck() {
        account("throttleVerified", "counsellor");
        String guess = "{\"username\":\"throttleVerified\",\"password\":\"" + RIGHT + "\"}";
        for (String path : new String[] {
            "/engine-rest/identity/verify",
            "/engine-rest/engine/default/identity/verify",
            "/engine-rest/identity/%76erify"
        }) {
            WebSession session = WebSession.anonymous(port);
            HttpResponse<String> response = session.send(session.request(path)
                    .header("Authorization", basic("admin", "demo"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(guess)));

            assertThat(response.statusCode()).as(path).isIn(400, 403);
            assertThat(response.body()).as(path).doesNotContain("isAuthenticated");
        }
    }

    @Test
    void shouldCloseTheWebappsOwnLoginAndPasswordCheckButKeepSingleSignOn() {
        WebSession session = WebSession.signedIn(port, "admin", "demo");
        session.get("/camunda/app/admin/default/");
        String xsrf = session.cookie("XSRF-TOKEN");

        HttpResponse<String> login = session.send(session.request("/camunda/api/admin/auth/user/default/login/cockpit")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=counsellor&password=demo")));
        HttpResponse<String> verify = session.send(session.request("/camunda/api/engine/engine/default/identity/verify")
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"counsellor\",\"password\":\"demo\"}")));

        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(verify.statusCode()).isEqualTo(403);
        HttpResponse<String> user = session.get("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"admin\"");
    }
}
