package lu.adem.tremplin.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A jobseeker's answers to the satisfaction survey: overall satisfaction 1–5 and whether they would recommend the
 * programme (both required), what helped and what was missing (any of a few choices), and an optional comment.
 */
public record SurveyAnswers(
        Integer satisfaction, Boolean wouldRecommend, Set<Helped> helped, Set<Missing> missing, String comment) {

    /** The longest comment kept. */
    public static final int COMMENT_MAX = 1000;

    /** What helped. */
    public enum Helped {
        COURSES,
        OWN_PACE,
        COUNSELLOR,
        CLUB_EMPLOI,
        CERTIFICATE
    }

    /** What was missing. */
    public enum Missing {
        TIME,
        EQUIPMENT,
        HELP,
        LANGUAGE,
        LEVEL
    }

    /** Answers that cannot be kept: the problems, by field (satisfaction, recommend, comment). */
    public static class Incomplete extends RuntimeException {
        private final List<String> problems;

        Incomplete(List<String> problems) {
            super("Incomplete survey answers: " + problems);
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    public SurveyAnswers {
        helped = helped == null || helped.isEmpty() ? EnumSet.noneOf(Helped.class) : EnumSet.copyOf(helped);
        missing = missing == null || missing.isEmpty() ? EnumSet.noneOf(Missing.class) : EnumSet.copyOf(missing);
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** These answers, or {@link Incomplete} with what is wrong. */
    public SurveyAnswers requireComplete() {
        List<String> problems = new ArrayList<>();
        if (satisfaction == null || satisfaction < 1 || satisfaction > 5) {
            problems.add("satisfaction");
        }
        if (wouldRecommend == null) {
            problems.add("recommend");
        }
        if (comment != null && comment.length() > COMMENT_MAX) {
            problems.add("comment");
        }
        if (!problems.isEmpty()) {
            throw new Incomplete(problems);
        }
        return this;
    }

    static String codes(Set<? extends Enum<?>> choices) {
        return choices.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> parse(String codes, Class<E> type) {
        Set<E> choices = EnumSet.noneOf(type);
        if (codes != null && !codes.isBlank()) {
            Arrays.stream(codes.split(","))
                    .map(code -> Enum.valueOf(type, code))
                    .forEach(choices::add);
        }
        return choices;
    }
}
