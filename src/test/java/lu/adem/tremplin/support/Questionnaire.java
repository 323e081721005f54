package lu.adem.tremplin.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers to the digital-readiness questionnaire as the interview form and the self-assessment submit
 * them (question id → value), one set per route of {@code digital-readiness.dmn}. Each call returns a
 * new map the test may change.
 */
public final class Questionnaire {

    /** The question ids in questionnaire order, as the forms and process variables name them. */
    public static final List<String> QUESTIONS =
            List.of("a1", "a2", "a3", "s1", "s2", "s3", "s4", "s5", "l1", "l2", "l3", "m1");

    private Questionnaire() {}

    /** Answers in questionnaire order: A1–A3, S1–S5, L1–L3, M1. */
    public static Map<String, Object> answers(
            int a1, int a2, int a3, int s1, int s2, int s3, int s4, int s5, int l1, int l2, int l3, int m1) {
        int[] values = {a1, a2, a3, s1, s2, s3, s4, s5, l1, l2, l3, m1};
        Map<String, Object> answers = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            answers.put(QUESTIONS.get(i), values[i]);
        }
        return answers;
    }

    /** Equipped, skilled, fluent: the route {@code AUTONOMOUS}. */
    public static Map<String, Object> autonomous() {
        return answers(3, 2, 2, 3, 3, 2, 2, 2, 2, 2, 1, 3);
    }

    /** Equipped but unsure online: the route {@code GUIDED_START}. */
    public static Map<String, Object> guidedStart() {
        return answers(3, 2, 2, 2, 2, 1, 1, 1, 2, 1, 0, 3);
    }

    /** Little access and few skills: the route {@code BASIC_TRAINING}. */
    public static Map<String, Object> basicTraining() {
        return answers(0, 0, 1, 1, 1, 0, 1, 0, 2, 1, 0, 2);
    }

    /** Skilled but not reading the course languages: the route {@code LANGUAGE_SUPPORT}. */
    public static Map<String, Object> languageSupport() {
        return answers(3, 2, 2, 3, 3, 2, 2, 2, 0, 2, 1, 3);
    }
}
