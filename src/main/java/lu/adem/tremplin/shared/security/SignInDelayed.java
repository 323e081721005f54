package lu.adem.tremplin.shared.security;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without checking its password, because its account or client address waits out a
 * delay after failed attempts. Said the same way whether the account exists or not.
 */
final class SignInDelayed extends AuthenticationException {

    private final transient Instant until;
    private final transient Duration remaining;

    SignInDelayed(Instant until, Instant now) {
        super("Sign-in delayed after failed attempts");
        this.until = until;
        this.remaining = Duration.between(now, until);
    }

    Instant until() {
        return until;
    }

    /** How long the delay still lasts, in whole seconds rounded up (at least one). */
    long remainingSeconds() {
        return Math.max(1, remaining.toSeconds() + (remaining.toNanosPart() > 0 ? 1 : 0));
    }
}
