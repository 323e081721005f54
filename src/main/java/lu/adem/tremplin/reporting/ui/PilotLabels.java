package lu.adem.tremplin.reporting.ui;

import java.text.NumberFormat;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import lu.adem.tremplin.reporting.PilotReview;
import lu.adem.tremplin.reporting.PilotReview.CourseKind;
import lu.adem.tremplin.reporting.PilotReview.Dimension;
import lu.adem.tremplin.shared.Agency;

/** How the review names groups, course types and shares in the user's language; shared by the view and the printable summary. */
final class PilotLabels {

    private final Component owner;

    PilotLabels(Component owner) {
        this.owner = owner;
    }

    private String t(String key, Object... parameters) {
        return owner.getTranslation(key, parameters);
    }

    String group(Dimension dimension, String group) {
        if (dimension == Dimension.TOTAL || group.isEmpty()) {
            return t("pilot-review.all");
        }
        if ("unknown".equals(group)) {
            return t("pilot-review.unknown");
        }
        return switch (dimension) {
            case AGENCY -> Agency.byCode(group).map(Agency::displayName).orElse(group);
            case ROUTE -> t("file.value." + group);
            case TOTAL -> t("pilot-review.all");
        };
    }

    String courseValue(CourseKind kind, String value) {
        return switch (kind) {
            case LANGUAGE -> t("catalogue.language." + value);
            case LEVEL -> t("catalogue.level." + value);
            case LENGTH -> t("pilot-review.length." + value);
            case TOPIC -> value;
        };
    }

    String share(Double share) {
        if (share == null) {
            return "–";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale());
        percent.setMaximumFractionDigits(1);
        return percent.format(share);
    }

    String ratio(Double value) {
        if (value == null) {
            return "–";
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale());
        number.setMaximumFractionDigits(2);
        number.setMinimumFractionDigits(2);
        return number.format(value);
    }

    String progress(Double median) {
        return median == null ? "–" : NumberFormat.getIntegerInstance(locale()).format(Math.round(median)) + " %";
    }

    /** A share as a number of percent with one decimal, for charts. */
    static Double percent(Double share) {
        return share == null ? null : Math.round(share * 1000) / 10.0;
    }

    private Locale locale() {
        com.vaadin.flow.component.UI ui = owner.getUI().orElse(com.vaadin.flow.component.UI.getCurrent());
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    static String csvShare(Double share) {
        return share == null ? "" : String.format(Locale.ROOT, "%.4f", share);
    }

    static String csvNumber(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** The CSV of every funnel (total, by agency, by route) of the figures: aggregates only. */
    static java.util.List<java.util.List<String>> funnelCsv(PilotReview.Figures figures) {
        java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
        rows.add(java.util.List.of(
                "from",
                "to",
                "dimension",
                "group",
                "invited",
                "activated",
                "activated_share",
                "started_within_30_days",
                "started_within_30_days_share",
                "starters",
                "median_progress_percent",
                "completers",
                "completion_per_starter",
                "certificates",
                "certificates_per_starter"));
        for (Dimension dimension : Dimension.values()) {
            for (PilotReview.Funnel f : figures.funnels(dimension)) {
                rows.add(java.util.List.of(
                        figures.from().toString(),
                        figures.to().toString(),
                        dimension.name().toLowerCase(),
                        f.group(),
                        String.valueOf(f.invited()),
                        String.valueOf(f.activated()),
                        csvShare(f.activatedShare()),
                        String.valueOf(f.startedWithin30Days()),
                        csvShare(f.startedWithin30DaysShare()),
                        String.valueOf(f.starters()),
                        csvNumber(f.medianProgress()),
                        String.valueOf(f.completers()),
                        csvShare(f.completionPerStarter()),
                        String.valueOf(f.certificates()),
                        csvShare(f.certificatesPerStarter())));
            }
        }
        return rows;
    }

    /** The CSV of every course type of the figures, for everyone and by agency and route. */
    static java.util.List<java.util.List<String>> courseTypesCsv(PilotReview.Figures figures) {
        java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
        rows.add(java.util.List.of(
                "from",
                "to",
                "dimension",
                "group",
                "kind",
                "value",
                "started",
                "completed",
                "completion_share",
                "certificates"));
        figures.courseTypes()
                .forEach(type -> rows.add(java.util.List.of(
                        figures.from().toString(),
                        figures.to().toString(),
                        type.dimension().name().toLowerCase(),
                        type.group(),
                        type.kind().name().toLowerCase(),
                        type.value(),
                        String.valueOf(type.started()),
                        String.valueOf(type.completed()),
                        csvShare(type.completionShare()),
                        String.valueOf(type.certificates()))));
        return rows;
    }
}
