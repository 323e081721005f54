package lu.adem.tremplin.reporting.ui;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import lu.adem.tremplin.reporting.EmploymentAtSixMonths;
import lu.adem.tremplin.reporting.PilotReview.Dimension;
import lu.adem.tremplin.reporting.Satisfaction;
import lu.adem.tremplin.reporting.Satisfaction.Figures;
import lu.adem.tremplin.reporting.Satisfaction.Group;
import lu.adem.tremplin.reporting.SurveyAnswers.Helped;
import lu.adem.tremplin.reporting.SurveyAnswers.Missing;

/**
 * How the satisfaction figures read, on screen, on the printable page and in the CSV: a group of fewer than
 * {@link Satisfaction#MIN_GROUP} answers reads "fewer than 5 answers" and nothing else, a group withheld so that the
 * small ones cannot be worked out from the total reads "withheld".
 */
final class SatisfactionLabels {

    /** The choices shown of what helped and what was missing. */
    static final int TOP = 2;

    /** How the figures are grouped. */
    enum By {
        ROUTE,
        AGENCY,
        COURSE_TYPE
    }

    private final Component owner;
    private final PilotLabels labels;

    SatisfactionLabels(Component owner) {
        this.owner = owner;
        this.labels = new PilotLabels(owner);
    }

    String group(By by, String group) {
        return switch (by) {
            case ROUTE -> labels.group(Dimension.ROUTE, group);
            case AGENCY -> labels.group(Dimension.AGENCY, group);
            case COURSE_TYPE ->
                EmploymentAtSixMonths.NO_COURSE.equals(group)
                        ? owner.getTranslation("pilot-review.employment.no-course")
                        : group.isEmpty() || "unknown".equals(group) ? labels.group(Dimension.AGENCY, group) : group;
        };
    }

    /** The cells after the group's name: answers, mean satisfaction, would recommend, helped most, missing most. */
    List<String> cells(Group g) {
        if (g.hidden()) {
            return List.of(
                    g.withheld()
                            ? owner.getTranslation("pilot-review.satisfaction.withheld")
                            : owner.getTranslation("pilot-review.satisfaction.too-few", Satisfaction.MIN_GROUP),
                    "",
                    "",
                    "",
                    "");
        }
        NumberFormat mean = NumberFormat.getNumberInstance(locale());
        mean.setMinimumFractionDigits(1);
        mean.setMaximumFractionDigits(1);
        return List.of(
                String.valueOf(g.answers()),
                mean.format(g.meanSatisfaction()) + " / 5",
                labels.share(g.recommendShare()),
                top(g.helped(), "helped"),
                top(g.missing(), "missing"));
    }

    private <E extends Enum<E>> String top(Map<E, Integer> counts, String kind) {
        return Group.top(counts, TOP).stream()
                .map(choice -> owner.getTranslation(
                                "survey." + kind + "." + choice.name().toLowerCase(Locale.ROOT))
                        + " (" + counts.get(choice) + ")")
                .collect(Collectors.joining(", "));
    }

    String[] headers() {
        return new String[] {
            owner.getTranslation("pilot-review.group"),
            owner.getTranslation("pilot-review.satisfaction.answers"),
            owner.getTranslation("pilot-review.satisfaction.mean"),
            owner.getTranslation("pilot-review.satisfaction.recommend"),
            owner.getTranslation("pilot-review.satisfaction.helped"),
            owner.getTranslation("pilot-review.satisfaction.missing")
        };
    }

    private Locale locale() {
        UI ui = owner.getUI().orElse(UI.getCurrent());
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /** The CSV: every group of every dimension, hidden ones with "fewer than 5" and no figure; never a comment. */
    static List<List<String>> csv(Figures figures) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(
                List.of("from", "to", "dimension", "group", "answers", "mean_satisfaction", "would_recommend_share"));
        for (Helped h : Helped.values()) {
            header.add("helped_" + h.name().toLowerCase(Locale.ROOT));
        }
        for (Missing m : Missing.values()) {
            header.add("missing_" + m.name().toLowerCase(Locale.ROOT));
        }
        rows.add(header);
        add(rows, figures, "total", List.of(figures.total()));
        add(rows, figures, "route", figures.byRoute());
        add(rows, figures, "agency", figures.byAgency());
        add(rows, figures, "course_type", figures.byCourseType());
        return rows;
    }

    private static void add(List<List<String>> rows, Figures figures, String dimension, List<Group> groups) {
        for (Group g : groups) {
            List<String> row = new ArrayList<>(
                    List.of(figures.from().toString(), figures.to().toString(), dimension, g.group()));
            if (g.hidden()) {
                row.add(g.withheld() ? "withheld" : "fewer than " + Satisfaction.MIN_GROUP);
                while (row.size() < 7 + Helped.values().length + Missing.values().length) {
                    row.add("");
                }
            } else {
                row.add(String.valueOf(g.answers()));
                row.add(String.format(Locale.ROOT, "%.2f", g.meanSatisfaction()));
                row.add(PilotLabels.csvShare(g.recommendShare()));
                for (Helped h : Helped.values()) {
                    row.add(String.valueOf(g.helped().getOrDefault(h, 0)));
                }
                for (Missing m : Missing.values()) {
                    row.add(String.valueOf(g.missing().getOrDefault(m, 0)));
                }
            }
            rows.add(row);
        }
    }
}
