package lu.adem.tremplin.support;

import java.util.Locale;

/**
 * One figure of the benchmark record (docs/benchmarks.md): what was measured, the result, its target, the
 * reference measured in the same run and the ratio. Printed as one {@code BENCHMARK FIGURE} line that
 * {@code tools/benchmarks.sh} gathers into the run's summary table, in the order the figures were printed.
 *
 * @param what the measurement, with its size: inbox first page at 1M open tasks
 * @param result the measured figure: median and p95 with the number of rounds
 * @param target the goal (p95 ≤ 50 ms), or a dash when there is none
 * @param reference the same work done the reference way in the same run, or a dash
 * @param ratio result / reference (or the ratio the target is about), or a dash
 * @param met whether the target was met; null when the figure has no target
 */
public record Figure(String what, String result, String target, String reference, String ratio, Boolean met) {

    /** A figure with a target and no reference. */
    public static Figure of(String what, String result, String target, boolean met) {
        return new Figure(what, result, target, "—", "—", met);
    }

    /** Prints the figure's line: BENCHMARK FIGURE, then what, result, target, reference, ratio and verdict. */
    public Figure print() {
        System.out.println(String.join(
                " | ",
                "BENCHMARK FIGURE",
                clean(what),
                clean(result),
                clean(target),
                clean(reference),
                clean(ratio),
                met == null ? "—" : met ? "met" : "MISSED"));
        return this;
    }

    /** Median and p95 of sorted times in milliseconds, with the number of rounds. */
    public static String times(double[] sortedMillis) {
        return String.format(
                Locale.ROOT,
                "median %s ms, p95 %s ms (%d rounds)",
                ms(Rounds.p(sortedMillis, 50)),
                ms(Rounds.p(sortedMillis, 95)),
                sortedMillis.length);
    }

    /** A ratio with two significant decimals. */
    public static String ratio(double value) {
        return String.format(Locale.ROOT, value >= 10 ? "%.0f" : value >= 0.1 ? "%.2f" : "%.4f", value);
    }

    static String ms(double millis) {
        return String.format(Locale.ROOT, millis >= 100 ? "%,.0f" : millis >= 10 ? "%.1f" : "%.2f", millis);
    }

    private static String clean(String text) {
        return text == null ? "—" : text.replace('|', '/').replace('\n', ' ');
    }
}
