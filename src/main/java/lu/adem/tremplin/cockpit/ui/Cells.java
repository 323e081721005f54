package lu.adem.tremplin.cockpit.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import lu.adem.tremplin.cockpit.ProcessMap;

/** How the cockpit's tables and CSV files write a value: empty for nothing, dates in Luxembourg's time. */
final class Cells {

    private Cells() {}

    /** A day as the user reads it. */
    static String date(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(instant.atZone(ProcessMap.LUXEMBOURG));
    }

    /** An instant as a CSV file holds it. */
    static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
