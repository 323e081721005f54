package lu.adem.tremplin.modeler.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import lu.adem.tremplin.modeler.DecisionReplay;
import lu.adem.tremplin.modeler.Routes;
import lu.adem.tremplin.shared.Agency;

/**
 * A replay's figures: the cases per outcome before and after, the moves from one outcome to another,
 * the same per agency, the counsellors' overrides and whether the draft agrees with them, and a sample
 * of changed cases with the draft's rule that decided each.
 */
class ReplayResult extends VerticalLayout {

    private final DecisionReplay.Replay replay;

    ReplayResult(DecisionReplay.Replay replay, Locale locale) {
        this.replay = replay;
        setPadding(false);
        var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        if (replay.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(
                    "replay.none", replay.decisionName(), day.format(replay.from()), day.format(replay.to())));
            none.setId("replay-summary");
            add(none);
            return;
        }
        Paragraph summary = new Paragraph(getTranslation(
                "replay.summary",
                replay.decisions(),
                replay.decisionName(),
                day.format(replay.from()),
                day.format(replay.to()),
                replay.changed()));
        summary.setId("replay-summary");
        add(summary);
        notes();
        add(new H3(getTranslation("replay.counts", replay.outputName())), counts());
        add(new H3(getTranslation("replay.moves")), moves());
        add(new H3(getTranslation("replay.agencies")), agencies());
        overrides();
        add(new H3(getTranslation("replay.sample")), new Paragraph(getTranslation("replay.sample.help")), sample());
    }

    private void notes() {
        if (replay.capped()) {
            add(new Paragraph(getTranslation("replay.capped")));
        }
        if (replay.notReplayable() > 0) {
            add(new Paragraph(getTranslation("replay.not-replayable", replay.notReplayable())));
        }
        if (replay.failed() > 0) {
            add(new Paragraph(getTranslation("replay.failed", replay.failed())));
        }
    }

    private Grid<Routes.Count> counts() {
        Grid<Routes.Count> grid = table("replay-counts");
        grid.addColumn(count -> value(count.value())).setHeader(getTranslation("replay.column.value"));
        numbers(grid);
        grid.addColumn(count -> count.difference() == 0 ? "0" : String.format("%+d", count.difference()))
                .setHeader(getTranslation("replay.column.difference"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(replay.counts());
        return grid;
    }

    private com.vaadin.flow.component.Component moves() {
        if (replay.moves().isEmpty()) {
            Paragraph same = new Paragraph(getTranslation("replay.moves.none"));
            same.setId("replay-moves");
            return same;
        }
        Grid<Routes.Move> grid = table("replay-moves");
        grid.addColumn(move -> value(move.from())).setHeader(getTranslation("replay.column.from"));
        grid.addColumn(move -> value(move.to())).setHeader(getTranslation("replay.column.to"));
        grid.addColumn(Routes.Move::cases)
                .setHeader(getTranslation("replay.column.cases"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(replay.moves());
        return grid;
    }

    /** One row per agency, one column per outcome: "before → after", or the count alone when it stays. */
    private Grid<Routes.AgencyCounts> agencies() {
        Grid<Routes.AgencyCounts> grid = table("replay-agencies");
        grid.addColumn(row -> agency(row.agency())).setHeader(getTranslation("replay.column.agency"));
        for (Routes.Count outcome : replay.counts()) {
            grid.addColumn(row -> row.counts().stream()
                            .filter(count -> java.util.Objects.equals(count.value(), outcome.value()))
                            .findFirst()
                            .map(count -> count.before() == count.after()
                                    ? String.valueOf(count.before())
                                    : count.before() + " → " + count.after())
                            .orElse("0"))
                    .setHeader(value(outcome.value()))
                    .setTextAlign(ColumnTextAlign.END);
        }
        grid.setItems(replay.byAgency());
        return grid;
    }

    private void overrides() {
        DecisionReplay.Overrides overrides = replay.overrides();
        Paragraph text = new Paragraph(
                overrides.overridden() == 0
                        ? getTranslation("replay.overrides.none", overrides.decided())
                        : getTranslation(
                                "replay.overrides",
                                overrides.decided(),
                                overrides.overridden(),
                                overrides.draftAgrees()));
        text.setId("replay-overrides");
        add(new H3(getTranslation("replay.overrides.title")), text);
    }

    private Grid<DecisionReplay.ChangedCase> sample() {
        Grid<DecisionReplay.ChangedCase> grid = table("replay-sample");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(DecisionReplay.ChangedCase::reference).setHeader(getTranslation("replay.column.case"));
        grid.addColumn(changed -> agency(changed.agency())).setHeader(getTranslation("replay.column.agency"));
        grid.addColumn(changed -> value(changed.before())).setHeader(getTranslation("replay.column.before"));
        grid.addColumn(changed -> value(changed.after())).setHeader(getTranslation("replay.column.after"));
        grid.addColumn(changed -> changed.rule() == null
                        ? getTranslation("replay.no-rule")
                        : getTranslation(
                                "replay.rule",
                                changed.rule().number(),
                                changed.rule().description() == null
                                        ? changed.rule().id()
                                        : changed.rule().description()))
                .setHeader(getTranslation("replay.column.rule"))
                .setFlexGrow(3);
        grid.setItems(replay.sample());
        return grid;
    }

    private static <T> Grid<T> table(String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    private void numbers(Grid<Routes.Count> grid) {
        grid.addColumn(Routes.Count::before)
                .setHeader(getTranslation("replay.column.before"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(Routes.Count::after)
                .setHeader(getTranslation("replay.column.after"))
                .setTextAlign(ColumnTextAlign.END);
    }

    /** An outcome in the user's language where Tremplin knows it (the routes), else as the table gives it. */
    String value(String value) {
        if (value == null) {
            return getTranslation("replay.no-rule");
        }
        String label = getTranslation("file.value." + value);
        return label.startsWith("!") ? value : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private String agency(String code) {
        if (code == null) {
            return getTranslation("replay.no-agency");
        }
        return Agency.byCode(code).map(Agency::displayName).orElse(code);
    }
}
