package lu.adem.tremplin.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure was the database being out of reach (stopped, restarting, the network cut) rather than
 * anything about the request or the step: a connection the pool could not get in time, or PostgreSQL's
 * connection errors (SQLState class 08) and its shutdown and start-up answers (57P01, 57P02, 57P03), wherever
 * wrapped: Spring's DataAccessResourceFailureException, the engine's ProcessEngineException, a failed rollback's
 * TransactionSystemException. Not Spring's resource failures as such: they also stand for a disk full or a
 * statement too complex, which waiting does not cure.
 */
public final class DatabaseOutage {

    private static final Set<String> SHUTTING_DOWN_OR_STARTING = Set.of("57P01", "57P02", "57P03");

    /** Set on the thread that met an outage, cleared at the start of each HTTP request (see {@link #noticed}). */
    private static final ThreadLocal<Throwable> NOTICED = new ThreadLocal<>();

    private DatabaseOutage() {}

    /**
     * Records that this thread met the database out of reach, for the HTTP answer of the request it serves: the
     * engine REST API and the sign-in turn every failure into an answer of their own (a 500, a 401) before the
     * web layer could see the cause.
     */
    public static void notice(Throwable failure) {
        if (isCause(failure) && NOTICED.get() == null) {
            NOTICED.set(failure);
        }
    }

    /** Whether this thread met the database out of reach since {@link #forget()}. */
    public static boolean noticed() {
        return NOTICED.get() != null;
    }

    /**
     * For the operators' log, one line: the innermost cause of the outage this thread noticed, or of the given
     * failure (the driver's or the pool's own words), without a stack trace.
     */
    public static String detail(Throwable failure) {
        Throwable outage = failure != null ? failure : NOTICED.get();
        if (outage == null) {
            return "";
        }
        Throwable innermost = outage;
        for (int depth = 0; next(innermost) != null && depth < 64; depth++) {
            innermost = next(innermost);
        }
        return innermost.toString();
    }

    public static void forget() {
        NOTICED.remove();
    }

    /**
     * Whether the failure, or any of its causes, is the database out of reach. A rollback that failed too (its
     * connection was gone) hides the failure that caused it: that one is read as well.
     */
    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < 64; cause = next(cause)) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof CannotGetJdbcConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || SHUTTING_DOWN_OR_STARTING.contains(state)) {
                    return true;
                }
            }
            if (cause instanceof TransactionSystemException rollback
                    && rollback.getApplicationException() != null
                    && isCause(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
