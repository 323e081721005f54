package lu.adem.tremplin.shared.security;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttles password checks per account and per client address, on every node alike (the counts live in
 * the database). Each attempt is counted before its password is checked, so parallel attempts cannot
 * slip past the count; a success deletes the account's and the address's counts. After the free
 * attempts, each failure delays the next attempt (doubling, up to a maximum); while a key is delayed,
 * attempts are refused without checking the password and without lengthening the delay. Nothing is
 * ever locked for good: failures are forgotten after a while, and an administrator can lift a delay.
 */
@Component
class SignInThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);
    private static final int TRIES = 5;

    /** An attempt as counted: its keys, each with the failures counted so far including this attempt. */
    record Attempt(String userId, String clientAddress, List<SignInFailures.Count> counts) {}

    /**
     * The name of the clock a test may give the throttle instead of real time. The throttle does not
     * follow Tremplin's one clock (the engine's, {@link lu.adem.tremplin.shared.EngineClock}): a delay
     * protects against password guessing only if the guesser really waits, and in a demo any user can
     * move the engine's time ahead ("next deadline now"), which would lift every delay at once.
     */
    static final String REAL_TIME = "signInClock";

    private final SignInFailures failures;
    private final SignInThrottleSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    @Autowired
    SignInThrottle(
            SignInFailures failures,
            SignInThrottleSettings settings,
            PlatformTransactionManager transactions,
            @Qualifier(REAL_TIME) ObjectProvider<Clock> clock) {
        this(failures, settings, new TransactionTemplate(transactions), clock.getIfAvailable(Clock::systemUTC));
    }

    SignInThrottle(
            SignInFailures failures, SignInThrottleSettings settings, TransactionTemplate transaction, Clock clock) {
        this.failures = failures;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Counts an attempt as failed until {@link #succeeded} says otherwise.
     *
     * @throws SignInDelayed while the account or the address waits out a delay (nothing is counted then)
     */
    Attempt admit(String userId, String clientAddress) {
        List<SignInKey> keys = SignInKey.of(userId, clientAddress);
        for (int tries = 1; ; tries++) {
            try {
                return transaction.execute(status -> count(userId, clientAddress, keys, clock.instant()));
            } catch (DuplicateKeyException | PessimisticLockingFailureException concurrentAttempt) {
                // the same first failure counted by another request or node, or PostgreSQL ending one of two
                // concurrent attempts on the same rows as a deadlock: count again
                if (tries == TRIES) {
                    throw concurrentAttempt;
                }
            } catch (SignInDelayed delayed) {
                LOG.warn(
                        "Sign-in refused without checking the password: account '{}' from {} waits until {}",
                        loggable(userId),
                        loggable(clientAddress),
                        delayed.until().truncatedTo(ChronoUnit.SECONDS));
                throw delayed;
            }
        }
    }

    private Attempt count(String userId, String clientAddress, List<SignInKey> keys, Instant now) {
        List<Optional<SignInFailures.Count>> current =
                keys.stream().map(failures::lock).toList();
        Optional<Instant> delayedUntil = current.stream()
                .flatMap(Optional::stream)
                .filter(count -> count.lockedAt(now))
                .map(SignInFailures.Count::lockedUntil)
                .max(Instant::compareTo);
        if (delayedUntil.isPresent()) {
            throw new SignInDelayed(delayedUntil.get(), now);
        }
        List<SignInFailures.Count> counted = new ArrayList<>();
        Instant forgetBefore = now.minus(settings.forgetAfter());
        for (int i = 0; i < keys.size(); i++) {
            SignInKey key = keys.get(i);
            Optional<SignInFailures.Count> before = current.get(i);
            int failed = before.filter(count -> !count.lastFailureAt().isBefore(forgetBefore))
                    .map(count -> count.failures() + 1)
                    .orElse(1);
            Instant lockedUntil = settings.limitsOf(key.kind())
                    .delayAfter(failed)
                    .map(now::plus)
                    .orElse(null);
            SignInFailures.Count count = new SignInFailures.Count(key, failed, now, lockedUntil);
            failures.save(count, before.isPresent());
            counted.add(count);
        }
        return new Attempt(userId, clientAddress, counted);
    }

    /** The password was right: the account's and the address's failures are forgotten. */
    void succeeded(Attempt attempt) {
        for (int tries = 1; ; tries++) {
            try {
                transaction.executeWithoutResult(
                        status -> attempt.counts().forEach(count -> failures.delete(count.key())));
                return;
            } catch (PessimisticLockingFailureException concurrentAttempt) {
                if (tries == TRIES) {
                    throw concurrentAttempt;
                }
            }
        }
    }

    /** The password was wrong (or the account unknown): the attempt stays counted; operators read why. */
    void failed(Attempt attempt) {
        String counts = attempt.counts().stream()
                .map(count -> count.key().kind().name().toLowerCase(Locale.ROOT) + " "
                        + count.failures()
                        + (count.lockedUntil() == null
                                ? ""
                                : " (delayed until " + count.lockedUntil().truncatedTo(ChronoUnit.SECONDS) + ")"))
                .collect(Collectors.joining(", "));
        boolean delayed = attempt.counts().stream().anyMatch(count -> count.lockedUntil() != null);
        LOG.atLevel(delayed ? Level.WARN : Level.INFO)
                .log(
                        "Sign-in failed: wrong password or unknown account '{}' from {}; failures in a row: {}",
                        loggable(attempt.userId()),
                        loggable(attempt.clientAddress()),
                        counts);
    }

    /** Accounts and addresses whose attempts are refused now. */
    List<SignInFailures.Count> locked() {
        return failures.lockedAt(clock.instant());
    }

    void lift(SignInKey key) {
        failures.delete(key);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldFailures() {
        Instant now = clock.instant();
        int forgotten = failures.forget(now.minus(settings.forgetAfter()), now);
        if (forgotten > 0) {
            LOG.info(
                    "Forgot the failed sign-ins of {} account(s) or address(es) after {}",
                    forgotten,
                    settings.forgetAfter());
        }
    }

    /** A user name or address as typed by anyone: no line breaks or control characters in the log, and short. */
    static String loggable(String text) {
        if (text == null) {
            return "(none)";
        }
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 100 ? printable : printable.substring(0, 100) + "…";
    }
}
