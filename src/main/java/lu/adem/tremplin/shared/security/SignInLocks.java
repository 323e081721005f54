package lu.adem.tremplin.shared.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.EngineAsSystem;
import lu.adem.tremplin.shared.Roles;
import lu.adem.tremplin.shared.engine.tables.AccountLocks;

/**
 * Administrators see which accounts and client addresses wait after failed sign-ins, and lift a lock:
 * Tremplin's delay, and for an account also a lock that Camunda's identity service holds (from before
 * Tremplin's throttle replaced Camunda's, or set outside Tremplin). Both calls check the role themselves.
 */
@Service
public class SignInLocks {

    private static final Logger LOG = LoggerFactory.getLogger(SignInLocks.class);

    private final SignInThrottle throttle;
    private final AccountLocks accountLocks;
    private final IdentityService identityService;
    private final EngineAsSystem engineAsSystem;
    private final Clock clock;

    SignInLocks(
            SignInThrottle throttle,
            AccountLocks accountLocks,
            IdentityService identityService,
            EngineAsSystem engineAsSystem,
            Clock clock) {
        this.throttle = throttle;
        this.clock = clock;
        this.accountLocks = accountLocks;
        this.identityService = identityService;
        this.engineAsSystem = engineAsSystem;
    }

    /** The current locks, the one that lasts longest first. */
    public List<SignInLock> current() {
        requireAdministrator();
        Map<String, SignInLock> locks = new LinkedHashMap<>();
        for (SignInFailures.Count count : throttle.locked()) {
            locks.put(
                    count.key().kind() + " " + count.key().subject(),
                    new SignInLock(
                            count.key().kind(), count.key().subject(), count.failures(), count.lockedUntil(), false));
        }
        for (SignInLock engineLock : lockedByEngine()) {
            String key = SignInLock.Kind.ACCOUNT + " " + engineLock.subject().toLowerCase(Locale.ROOT);
            SignInLock throttled = locks.get(key);
            locks.put(
                    key,
                    throttled == null
                            ? engineLock
                            : new SignInLock(
                                    SignInLock.Kind.ACCOUNT,
                                    engineLock.subject(),
                                    throttled.failures(),
                                    later(throttled.lockedUntil(), engineLock.lockedUntil()),
                                    true));
        }
        List<SignInLock> all = new ArrayList<>(locks.values());
        all.sort(Comparator.comparing(SignInLock::lockedUntil).reversed());
        return all;
    }

    /** Lifts a lock at once: the next attempt is checked as if there had been no failure. */
    public void lift(SignInLock.Kind kind, String subject) {
        CurrentUser administrator = requireAdministrator();
        if (kind == SignInLock.Kind.ACCOUNT) {
            throttle.lift(SignInKey.account(subject));
            if (!identityService.isReadOnly()) {
                // a directory keeps its own locks, out of Tremplin's reach
                engineAsSystem.run(() -> identityService.unlockUser(subject));
            }
        } else {
            throttle.lift(SignInKey.address(subject));
        }
        LOG.info(
                "Sign-in lock of {} '{}' lifted by {}",
                kind.name().toLowerCase(Locale.ROOT),
                SignInThrottle.loggable(subject),
                administrator.userId());
    }

    /**
     * Accounts whose Camunda lock has not yet expired (Camunda's own throttling is off: EngineHardening).
     * Camunda wrote the expiry in the engine's time, so it is compared with the engine's clock.
     */
    private List<SignInLock> lockedByEngine() {
        return accountLocks.lockedAt(clock.instant()).stream()
                .map(lock ->
                        new SignInLock(SignInLock.Kind.ACCOUNT, lock.userId(), lock.attempts(), lock.until(), true))
                .toList();
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    private static CurrentUser requireAdministrator() {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("Only administrators see and lift sign-in locks");
        }
        return user;
    }
}
