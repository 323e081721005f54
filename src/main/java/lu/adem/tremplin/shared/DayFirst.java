package lu.adem.tremplin.shared;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates as Luxembourg reads them, day before month, in every language Tremplin writes: English as in the
 * United Kingdom ({@code 04/12/2026}, {@code 4 Dec 2026}), never as in the United States ({@code 12/4/2026}).
 */
public final class DayFirst {

    private DayFirst() {}

    /** The locale to write dates in for a language: English as in the UK, any other language as it is. */
    public static Locale localeFor(Locale language) {
        return language != null && language.getLanguage().equals("en") ? Locale.UK : language;
    }

    /** A date written in the language's own words and order, day first. */
    public static DateTimeFormatter date(FormatStyle style, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(style).withLocale(localeFor(language));
    }
}
