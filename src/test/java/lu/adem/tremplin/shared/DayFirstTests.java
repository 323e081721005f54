package lu.adem.tremplin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import lu.adem.tremplin.shared.i18n.TremplinTranslations;

class DayFirstTests {

    private static final LocalDate SAINT_NICHOLAS_EVE = LocalDate.of(2026, 12, 4);

    @Test
    void shouldWriteEnglishDatesDayFirstWhateverEnglishIsAskedFor() {
        for (Locale english : new Locale[] {Locale.ENGLISH, Locale.US, TremplinTranslations.ENGLISH}) {
            assertThat(DayFirst.date(FormatStyle.SHORT, english).format(SAINT_NICHOLAS_EVE))
                    .as(english.toLanguageTag())
                    .isEqualTo("04/12/2026");
            assertThat(DayFirst.date(FormatStyle.MEDIUM, english).format(SAINT_NICHOLAS_EVE))
                    .isEqualTo("4 Dec 2026");
        }
    }

    @Test
    void shouldLeaveOtherLanguagesAsTheyAre() {
        assertThat(DayFirst.date(FormatStyle.SHORT, Locale.FRENCH).format(SAINT_NICHOLAS_EVE))
                .isEqualTo("04/12/2026");
        assertThat(DayFirst.date(FormatStyle.LONG, Locale.GERMAN).format(SAINT_NICHOLAS_EVE))
                .isEqualTo("4. Dezember 2026");
        assertThat(DayFirst.localeFor(Locale.forLanguageTag("es"))).isEqualTo(Locale.forLanguageTag("es"));
    }

    @Test
    void shouldGiveTheUiItsEnglishDayFirst() {
        assertThat(TremplinTranslations.ENGLISH).isEqualTo(Locale.UK);
        assertThat(TremplinTranslations.supported(Locale.US)).isEqualTo(Locale.UK);
    }
}
