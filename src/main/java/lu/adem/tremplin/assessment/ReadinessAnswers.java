package lu.adem.tremplin.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers to the digital-readiness questionnaire, by question id (A1–A3, S1–S5, L1–L3, M1) with
 * the flags X1 (adjustments needed) and X2 (can travel to a club emploi). A missing answer is null.
 */
public record ReadinessAnswers(
        Integer a1,
        Integer a2,
        Integer a3,
        Integer s1,
        Integer s2,
        Integer s3,
        Integer s4,
        Integer s5,
        Integer l1,
        Integer l2,
        Integer l3,
        Integer m1,
        boolean x1,
        boolean x2) {

    /** Question id (as the forms and process variables name it) → allowed range, in questionnaire order. */
    static final Map<String, int[]> RANGES = ranges();

    private static Map<String, int[]> ranges() {
        Map<String, int[]> ranges = new LinkedHashMap<>();
        ranges.put("a1", new int[] {0, 3});
        ranges.put("a2", new int[] {0, 2});
        ranges.put("a3", new int[] {0, 2});
        for (String skill : List.of("s1", "s2", "s3", "s4", "s5")) {
            ranges.put(skill, new int[] {0, 3});
        }
        ranges.put("l1", new int[] {0, 2});
        ranges.put("l2", new int[] {0, 2});
        ranges.put("l3", new int[] {0, 2});
        ranges.put("m1", new int[] {1, 4});
        return ranges;
    }

    /** Reads answers from process variables or form data; numbers may arrive as any {@link Number} or text. */
    public static ReadinessAnswers from(Map<String, ?> values) {
        return new ReadinessAnswers(
                number(values, "a1"),
                number(values, "a2"),
                number(values, "a3"),
                number(values, "s1"),
                number(values, "s2"),
                number(values, "s3"),
                number(values, "s4"),
                number(values, "s5"),
                number(values, "l1"),
                number(values, "l2"),
                number(values, "l3"),
                number(values, "m1"),
                flag(values, "x1"),
                flag(values, "x2"));
    }

    /** The questions left unanswered or answered out of range, in questionnaire order; empty when complete. */
    public List<String> problems() {
        Map<String, Integer> byId = asMap();
        List<String> problems = new ArrayList<>();
        RANGES.forEach((id, range) -> {
            Integer value = byId.get(id);
            if (value == null) {
                problems.add(id.toUpperCase() + " missing");
            } else if (value < range[0] || value > range[1]) {
                problems.add(id.toUpperCase() + " must be " + range[0] + "–" + range[1] + ", was " + value);
            }
        });
        return problems;
    }

    /** @throws IncompleteAnswers naming every missing or out-of-range answer */
    public ReadinessAnswers requireComplete() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IncompleteAnswers(problems);
        }
        return this;
    }

    /** The answers as process variables, under the questionnaire's ids (flags included). */
    public Map<String, Object> asVariables() {
        Map<String, Object> variables = new LinkedHashMap<>(asMap());
        variables.put("x1", x1);
        variables.put("x2", x2);
        return variables;
    }

    private Map<String, Integer> asMap() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("a1", a1);
        map.put("a2", a2);
        map.put("a3", a3);
        map.put("s1", s1);
        map.put("s2", s2);
        map.put("s3", s3);
        map.put("s4", s4);
        map.put("s5", s5);
        map.put("l1", l1);
        map.put("l2", l2);
        map.put("l3", l3);
        map.put("m1", m1);
        return map;
    }

    private static Integer number(Map<String, ?> values, String id) {
        Object value = values.get(id);
        if (value instanceof Number number) {
            return number.intValue();
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return Integer.valueOf(text.trim());
            } catch (NumberFormatException notANumber) {
                return Integer.MIN_VALUE;
            }
        }
        return null;
    }

    private static boolean flag(Map<String, ?> values, String id) {
        Object value = values.get(id);
        return value instanceof Boolean bool ? bool : value instanceof String text && Boolean.parseBoolean(text);
    }

    /** Some answers are missing or out of range. */
    public static class IncompleteAnswers extends IllegalArgumentException {
        private final List<String> problems;

        public IncompleteAnswers(List<String> problems) {
            super("Incomplete questionnaire: " + String.join(", ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
