package lu.adem.tremplin.shared.security;

import java.time.Duration;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tremplin.sign-in.*}: how many failed sign-ins an account and a client address get for free, the
 * delay that follows (doubling with each further failure, up to the longest), and how long failures are
 * remembered without a new one. Defaults: an account 5 free, then 30 s up to 5 min; an address 20 free,
 * then 30 s up to 15 min; failures forgotten after 24 h.
 */
@ConfigurationProperties("tremplin.sign-in")
record SignInThrottleSettings(Limits account, Limits address, Duration forgetAfter) {

    static final Limits ACCOUNT_DEFAULTS = new Limits(5, Duration.ofSeconds(30), Duration.ofMinutes(5));
    static final Limits ADDRESS_DEFAULTS = new Limits(20, Duration.ofSeconds(30), Duration.ofMinutes(15));

    SignInThrottleSettings {
        account = Limits.orDefaults(account, ACCOUNT_DEFAULTS);
        address = Limits.orDefaults(address, ADDRESS_DEFAULTS);
        forgetAfter = forgetAfter == null ? Duration.ofHours(24) : forgetAfter;
        if (forgetAfter.compareTo(account.maxDelay()) < 0 || forgetAfter.compareTo(address.maxDelay()) < 0) {
            throw new IllegalArgumentException("tremplin.sign-in.forget-after must be at least the longest delay");
        }
    }

    static SignInThrottleSettings defaults() {
        return new SignInThrottleSettings(null, null, null);
    }

    Limits limitsOf(SignInLock.Kind kind) {
        return kind == SignInLock.Kind.ACCOUNT ? account : address;
    }

    /** Failures free of any delay, then a delay starting at {@code firstDelay} that doubles up to {@code maxDelay}. */
    record Limits(Integer freeAttempts, Duration firstDelay, Duration maxDelay) {

        /** Beyond this many doublings every delay is the longest anyway; the cap keeps the arithmetic from overflowing. */
        private static final int MAX_DOUBLINGS = 40;

        Limits {
            if (freeAttempts != null && freeAttempts < 0
                    || firstDelay != null && (firstDelay.isZero() || firstDelay.isNegative())
                    || firstDelay != null && maxDelay != null && maxDelay.compareTo(firstDelay) < 0) {
                throw new IllegalArgumentException(
                        "Sign-in limits need free attempts >= 0 and 0 < first delay <= max delay");
            }
        }

        static Limits orDefaults(Limits given, Limits defaults) {
            if (given == null) {
                return defaults;
            }
            return new Limits(
                    given.freeAttempts() == null ? defaults.freeAttempts() : given.freeAttempts(),
                    given.firstDelay() == null ? defaults.firstDelay() : given.firstDelay(),
                    given.maxDelay() == null ? defaults.maxDelay() : given.maxDelay());
        }

        /** The delay that follows this many failures in a row, if any. */
        Optional<Duration> delayAfter(int failures) {
            int delayed = failures - freeAttempts;
            if (delayed <= 0) {
                return Optional.empty();
            }
            int doublings = Math.min(delayed - 1, MAX_DOUBLINGS);
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
        }
    }
}
