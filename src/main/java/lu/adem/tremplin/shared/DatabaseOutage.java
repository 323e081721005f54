package lu.adem.tremplin.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Whether a failure was the database being out of reach (stopped, restarting, the network cut) rather than
 * anything about the request or the step: a connection the pool could not get in time, or PostgreSQL's
 * connection errors (SQLState class 08) and its shutdown and start-up answers (57P01, 57P02, 57P03).
 */
public final class DatabaseOutage {

    private static final Set<String> SHUTTING_DOWN_OR_STARTING = Set.of("57P01", "57P02", "57P03");

    /** Set on the thread that met an outage, cleared at the start of each HTTP request (see {@link #noticed}). */
    private static final ThreadLocal<Boolean> NOTICED = new ThreadLocal<>();

    private DatabaseOutage() {}

    /**
     * Records that this thread met the database out of reach, for the HTTP answer of the request it serves: the
     * engine REST API and the sign-in turn every failure into an answer of their own (a 500, a 401) before the
     * web layer could see the cause.
     */
    public static void notice(Throwable failure) {
        if (isCause(failure)) {
            NOTICED.set(Boolean.TRUE);
        }
    }

    /** Whether this thread met the database out of reach since {@link #forget()}. */
    public static boolean noticed() {
        return Boolean.TRUE.equals(NOTICED.get());
    }

    public static void forget() {
        NOTICED.remove();
    }

    /** Whether the failure, or any of its causes, is the database out of reach. */
    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof CannotGetJdbcConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || SHUTTING_DOWN_OR_STARTING.contains(state)) {
                    return true;
                }
            }
        }
        return false;
    }
}
