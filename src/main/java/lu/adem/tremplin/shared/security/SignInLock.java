package lu.adem.tremplin.shared.security;

import java.time.Instant;

/**
 * A sign-in that currently waits: an account or a client address, the failures counted, and until when
 * its attempts are refused. {@code heldByEngine} marks an account that Camunda's identity service itself
 * locked (an engine lock from before Tremplin's own throttle, or set outside Tremplin).
 */
public record SignInLock(Kind kind, String subject, int failures, Instant lockedUntil, boolean heldByEngine) {

    /** What failed sign-ins are counted against. */
    public enum Kind {
        ACCOUNT,
        ADDRESS
    }
}
