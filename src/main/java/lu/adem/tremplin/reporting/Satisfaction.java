package lu.adem.tremplin.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lu.adem.tremplin.reporting.SurveyAnswers.Helped;
import lu.adem.tremplin.reporting.SurveyAnswers.Missing;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.Roles;

/**
 * The satisfaction survey in the pilot review: the answers given in a period, in total and by route, agency and
 * course type, as aggregates only. A group of fewer than {@link #MIN_GROUP} answers is hidden (its figures are
 * never computed out of here), so that nobody's answers can be recognised; comments are never read.
 */
@Service
public class Satisfaction {

    /** The fewest answers a group shows figures for. */
    public static final int MIN_GROUP = 5;

    /**
     * One group: how many answered, the mean satisfaction, the share who would recommend, and the choices' counts.
     * A hidden group has no figures: it has fewer than {@link #MIN_GROUP} answers, or it is {@code withheld}
     * although it has enough, because the total minus it would tell the small groups' answers.
     */
    public record Group(
            String group,
            boolean hidden,
            boolean withheld,
            int answers,
            Double meanSatisfaction,
            Double recommendShare,
            Map<Helped, Integer> helped,
            Map<Missing, Integer> missing) {

        static Group hidden(String group) {
            return new Group(group, true, false, 0, null, null, Map.of(), Map.of());
        }

        /** The choices most often made, most first (ties in the list's order), none never chosen. */
        public static <E extends Enum<E>> List<E> top(Map<E, Integer> counts, int most) {
            return counts.entrySet().stream()
                    .filter(entry -> entry.getValue() > 0)
                    .sorted(Map.Entry.<E, Integer>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(most)
                    .map(Map.Entry::getKey)
                    .toList();
        }
    }

    /** The answers given from {@code from} to {@code to} (Luxembourg days). */
    public record Figures(
            LocalDate from,
            LocalDate to,
            Group total,
            List<Group> byRoute,
            List<Group> byAgency,
            List<Group> byCourseType) {}

    private record Answer(
            String agency,
            String route,
            String courseType,
            int satisfaction,
            boolean recommend,
            String helped,
            String missing) {}

    private final JdbcClient jdbc;

    Satisfaction(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Figures figures(LocalDate from, LocalDate to) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(Roles.SUPERVISOR) && !user.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("The pilot review is for supervisors: " + user.userId());
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A period runs from a first day to a last day on or after it");
        }
        List<Answer> answers = jdbc.sql("select agency, route, course_type, satisfaction, would_recommend, helped,"
                        + " missing from satisfaction_survey where used_at >= :from and used_at < :to")
                // used_at is the one clock's wall time in Luxembourg (SurveyLinks), so the days are compared as such
                .param("from", from.atStartOfDay())
                .param("to", to.plusDays(1).atStartOfDay())
                .query((rs, row) -> new Answer(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getBoolean(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
        return new Figures(
                from,
                to,
                group("", answers),
                grouped(answers, Answer::route),
                grouped(answers, Answer::agency),
                grouped(answers, Answer::courseType));
    }

    private static List<Group> grouped(List<Answer> answers, Function<Answer, String> by) {
        Map<String, List<Answer>> groups = new TreeMap<>();
        answers.forEach(answer ->
                groups.computeIfAbsent(by.apply(answer), g -> new ArrayList<>()).add(answer));
        List<Group> result = new ArrayList<>();
        groups.forEach((name, members) -> result.add(group(name, members)));
        // the total less the groups shown must not tell the small groups' answers: while the hidden groups hold
        // fewer than MIN_GROUP answers between them, the smallest group shown is withheld too
        int hiddenAnswers = groups.values().stream()
                .filter(members -> members.size() < MIN_GROUP)
                .mapToInt(List::size)
                .sum();
        while (hiddenAnswers > 0 && hiddenAnswers < MIN_GROUP) {
            Group smallest = result.stream()
                    .filter(g -> !g.hidden())
                    .min(Comparator.comparingInt(Group::answers).thenComparing(Group::group))
                    .orElse(null);
            if (smallest == null) {
                break; // every group hidden: so is the total (fewer than MIN_GROUP answers in all)
            }
            result.set(
                    result.indexOf(smallest),
                    new Group(smallest.group(), true, true, 0, null, null, Map.of(), Map.of()));
            hiddenAnswers += smallest.answers();
        }
        return result;
    }

    private static Group group(String name, List<Answer> answers) {
        if (answers.size() < MIN_GROUP) {
            return Group.hidden(name);
        }
        Map<Helped, Integer> helped = new EnumMap<>(Helped.class);
        Map<Missing, Integer> missing = new EnumMap<>(Missing.class);
        for (Helped choice : Helped.values()) {
            helped.put(choice, 0);
        }
        for (Missing choice : Missing.values()) {
            missing.put(choice, 0);
        }
        int satisfaction = 0, recommend = 0;
        for (Answer answer : answers) {
            satisfaction += answer.satisfaction();
            recommend += answer.recommend() ? 1 : 0;
            SurveyAnswers.parse(answer.helped(), Helped.class).forEach(c -> helped.merge(c, 1, Integer::sum));
            SurveyAnswers.parse(answer.missing(), Missing.class).forEach(c -> missing.merge(c, 1, Integer::sum));
        }
        return new Group(
                name,
                false,
                false,
                answers.size(),
                (double) satisfaction / answers.size(),
                PilotReview.share(recommend, answers.size()),
                Map.copyOf(helped),
                Map.copyOf(missing));
    }
}
