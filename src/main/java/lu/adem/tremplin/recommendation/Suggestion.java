package lu.adem.tremplin.recommendation;

import java.util.List;

import lu.adem.tremplin.catalogue.Course;

/** A ranked course and why it is suggested, as reasons that {@link Recommendation#describe} puts in words. */
public record Suggestion(Course course, int score, List<Reason> reasons) {

    /**
     * One reason: a kind and its values. Kinds: {@code TEACHES} (skill tag, ROME code), {@code TEACHES_BASICS}
     * (skill tag), {@code LANGUAGE} (course language), {@code LEVEL} (difficulty), {@code HOURS} (hours).
     */
    public record Reason(Kind kind, String... values) {

        public enum Kind {
            TEACHES,
            TEACHES_BASICS,
            LANGUAGE,
            LEVEL,
            HOURS
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Reason reason
                    && reason.kind == kind
                    && java.util.Arrays.equals(reason.values, values);
        }

        @Override
        public int hashCode() {
            return kind.hashCode() * 31 + java.util.Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return kind + java.util.Arrays.toString(values);
        }
    }
}
