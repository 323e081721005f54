package lu.adem.tremplin.shared.engine;

import java.util.Map;
import java.util.function.Function;

import lu.adem.tremplin.shared.CaseVariables;

/**
 * The processes that allow one running case per key, and each one's key (docs/adr/0022): onboarding,
 * one per jobseeker (the business key, the registration number); follow-up, one per jobseeker and
 * course (the registration number and the enrolled course, e.g. {@code DE-1234-5678:python-basics}). A
 * jobseeker may have several follow-ups in turn (a next course, a switch of course), but never two of
 * the same course at once. Course recommendation is not keyed: a follow-up that moves on to a next
 * course starts the next recommendation at its own end event, before it has ended.
 */
public final class CaseKeys {

    private static final Map<String, Key> KEYS = Map.of(
            "onboarding", (businessKey, variable) -> businessKey,
            "follow-up",
                    (businessKey, variable) -> {
                        Object course = variable.apply(CaseVariables.ENROLLED_COURSE);
                        return course == null ? businessKey : businessKey + ":" + course;
                    });

    private CaseKeys() {}

    /** Whether the process allows one running case per key. */
    public static boolean guarded(String processKey) {
        return KEYS.containsKey(processKey);
    }

    /**
     * The case's key, or null when the process is not guarded or the case has no business key.
     *
     * @param variable the case's variables by name
     */
    public static String of(String processKey, String businessKey, Function<String, Object> variable) {
        Key key = KEYS.get(processKey);
        return key == null || businessKey == null ? null : key.of(businessKey, variable);
    }

    private interface Key {
        String of(String businessKey, Function<String, Object> variable);
    }
}
