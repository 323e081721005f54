package lu.adem.tremplin.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;

import lu.adem.tremplin.shared.security.SignInThrottleSettings.Limits;
import lu.adem.tremplin.support.MovableClock;

/** The throttle's arithmetic and its counts in the database (H2, Tremplin's migration V16), on a clock that tests move. */
class SignInThrottleTests {

    private static final Limits ACCOUNT = SignInThrottleSettings.ACCOUNT_DEFAULTS;

    private final MovableClock clock = MovableClock.fixedAt(Instant.parse("2026-12-07T09:00:00Z"));
    private SignInFailures failures;
    private SignInThrottle throttle;

    @BeforeEach
    void database() {
        var dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:throttle-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V16__sign_in_throttle.sql"))
                .execute(dataSource);
        failures = new SignInFailures(JdbcClient.create(dataSource));
        throttle = new SignInThrottle(
                failures,
                SignInThrottleSettings.defaults(),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                clock);
    }

    private void fail(String account, String address) {
        throttle.failed(throttle.admit(account, address));
    }

    @Test
    void shouldDelayNothingDuringTheFreeAttempts() {
        assertThat(ACCOUNT.delayAfter(0)).isEmpty();
        assertThat(ACCOUNT.delayAfter(5)).isEmpty();
    }

    @Test
    void shouldDoubleTheDelayAfterTheFreeAttemptsUpToTheLongest() {
        assertThat(ACCOUNT.delayAfter(6)).contains(Duration.ofSeconds(30));
        assertThat(ACCOUNT.delayAfter(7)).contains(Duration.ofMinutes(1));
        assertThat(ACCOUNT.delayAfter(8)).contains(Duration.ofMinutes(2));
        assertThat(ACCOUNT.delayAfter(9)).contains(Duration.ofMinutes(4));
        assertThat(ACCOUNT.delayAfter(10)).contains(Duration.ofMinutes(5));
        assertThat(ACCOUNT.delayAfter(Integer.MAX_VALUE))
                .as("no overflow, ever")
                .contains(Duration.ofMinutes(5));
        assertThat(SignInThrottleSettings.ADDRESS_DEFAULTS.delayAfter(20)).isEmpty();
        assertThat(SignInThrottleSettings.ADDRESS_DEFAULTS.delayAfter(1000)).contains(Duration.ofMinutes(15));
    }

    @Test
    void shouldRefuseSettingsThatWouldForgetFailuresBeforeTheirDelayEnds() {
        assertThatThrownBy(() -> new SignInThrottleSettings(null, null, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limits(3, Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldDelayAnAccountAfterItsFreeAttemptsAndRefuseWithoutCountingMeanwhile() {
        for (int i = 0; i < 6; i++) {
            fail("maria", "203.0.113.1");
        }

        assertThatThrownBy(() -> throttle.admit("maria", "203.0.113.9"))
                .isInstanceOf(SignInDelayed.class)
                .satisfies(delayed ->
                        assertThat(((SignInDelayed) delayed).remainingSeconds()).isEqualTo(30));
        clock.advance(Duration.ofSeconds(29));
        assertThatThrownBy(() -> throttle.admit("maria", "203.0.113.9"))
                .isInstanceOf(SignInDelayed.class)
                .satisfies(delayed ->
                        assertThat(((SignInDelayed) delayed).remainingSeconds()).isEqualTo(1));
        assertThat(throttle.locked()).singleElement().satisfies(lock -> {
            assertThat(lock.key()).isEqualTo(SignInKey.account("maria"));
            assertThat(lock.failures()).as("refused attempts are not counted").isEqualTo(6);
        });
    }

    @Test
    void shouldAdmitTheNextAttemptOnceTheDelayHasPassedAndDoubleTheNext() {
        for (int i = 0; i < 6; i++) {
            fail("maria", "203.0.113.1");
        }
        clock.advance(Duration.ofSeconds(30));

        fail("maria", "203.0.113.1");

        assertThat(throttle.locked()).singleElement().satisfies(lock -> {
            assertThat(lock.failures()).isEqualTo(7);
            assertThat(lock.lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        });
    }

    @Test
    void shouldNeverDelayAnAccountLongerThanTheLongestDelay() {
        for (int i = 0; i < 30; i++) {
            fail("maria", "203.0.113." + i);
            clock.advance(Duration.ofMinutes(5));
        }

        SignInThrottle.Attempt attempt = throttle.admit("maria", "203.0.113.99");

        assertThat(attempt.counts().get(0).failures()).isEqualTo(31);
        assertThat(attempt.counts().get(0).lockedUntil())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
    }

    @Test
    void shouldForgetTheAccountsAndTheAddresssFailuresOnSuccess() {
        for (int i = 0; i < 5; i++) {
            fail("maria", "203.0.113.1");
        }

        throttle.succeeded(throttle.admit("maria", "203.0.113.1"));
        for (int i = 0; i < 5; i++) {
            fail("maria", "203.0.113.1");
        }

        assertThat(throttle.locked()).as("five free attempts again").isEmpty();
    }

    @Test
    void shouldCountParallelAttemptsOneAtATimeSoThatNoneSlipsPastTheFreeAttempts() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    try {
                        throttle.admit("maria", "203.0.113.1");
                        return true;
                    } catch (SignInDelayed delayed) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int admitted = 0;
            for (Future<Boolean> attempt : attempts) {
                admitted += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }

            assertThat(admitted)
                    .as("five free attempts and the one that starts the delay")
                    .isEqualTo(6);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldDelayAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < 21; i++) {
            fail("user" + i, "198.51.100.7");
        }

        assertThatThrownBy(() -> throttle.admit("somebody-else", "198.51.100.7"))
                .isInstanceOf(SignInDelayed.class);
        assertThat(throttle.admit("somebody-else", "198.51.100.8").counts()).hasSize(2);
    }

    @Test
    void shouldStartCountingAfreshAfterAQuietDay() {
        for (int i = 0; i < 5; i++) {
            fail("maria", "203.0.113.1");
        }
        clock.advance(Duration.ofHours(25));

        fail("maria", "203.0.113.2");

        assertThat(throttle.locked()).isEmpty();
        assertThat(throttle.admit("maria", "203.0.113.3").counts().get(0).failures())
                .isEqualTo(2);
    }

    @Test
    void shouldDeleteCountsForgottenLongAgo() {
        fail("maria", "203.0.113.1");
        clock.advance(Duration.ofHours(23));
        fail("jean", "203.0.113.2");
        clock.advance(Duration.ofHours(2));

        throttle.forgetOldFailures();

        assertThat(failures.lock(SignInKey.account("maria"))).isEmpty();
        assertThat(failures.lock(SignInKey.address("203.0.113.1"))).isEmpty();
        assertThat(failures.lock(SignInKey.account("jean"))).isPresent();
    }

    @Test
    void shouldLiftADelayAtOnce() {
        for (int i = 0; i < 6; i++) {
            fail("maria", "203.0.113.1");
        }

        throttle.lift(SignInKey.account("MARIA"));

        assertThat(throttle.admit("maria", "203.0.113.1").counts().get(0).failures())
                .isEqualTo(1);
    }

    @Test
    void shouldCountAnAccountWhateverTheCaseAndAnIpv6ClientByItsNetwork() {
        assertThat(SignInKey.account(" Maria ")).isEqualTo(SignInKey.account("maria"));
        assertThat(SignInKey.address("2001:db8:1:2:aaaa::1"))
                .isEqualTo(SignInKey.address("2001:DB8:1:2:bbbb::9"))
                .satisfies(key -> assertThat(key.subject()).isEqualTo("2001:db8:1:2:0:0:0:0/64"));
        assertThat(SignInKey.address("203.0.113.1").subject()).isEqualTo("203.0.113.1");
        assertThat(SignInKey.of("", null)).isEmpty();
        assertThat(SignInKey.account("x".repeat(1000)).subject()).hasSize(SignInKey.MAX_SUBJECT);
    }

    @Test
    void shouldKeepLineBreaksAndLongNamesOutOfTheLog() {
        assertThat(SignInThrottle.loggable("admin\r\nINFO forged line")).isEqualTo("admin??INFO forged line");
        assertThat(SignInThrottle.loggable("y".repeat(500))).hasSize(101);
        assertThat(SignInThrottle.loggable(null)).isEqualTo("(none)");
    }
}
