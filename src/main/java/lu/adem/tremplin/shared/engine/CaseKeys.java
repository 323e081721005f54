package lu.adem.tremplin.shared.engine;

import java.util.Map;
import java.util.function.Function;

import lu.adem.tremplin.shared.CaseVariables;

/**
 * The processes that allow one running case per key, and each one's key (docs/adr/0022): onboarding and
 * course recommendation, one per jobseeker (the business key, the registration number: a jobseeker
 * chooses one course at a time; the recommendation starts at the end event of the onboarding or of the
 * follow-up that moves on, and starts the follow-up at its own end event); follow-up, one per jobseeker
 * and course (the registration number and the enrolled course, e.g. {@code DE-1234-5678:7100001}). A
 * jobseeker may have several follow-ups in turn (a next course, a switch of course), but never two of
 * the same course at once.
 */
public final class CaseKeys {

    private static final Map<String, Key> KEYS = Map.of(
            "onboarding", (businessKey, variable) -> businessKey,
            "course-recommendation", (businessKey, variable) -> businessKey,
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
