package lu.adem.tremplin.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class TremplinTranslationsTests {

    private final TremplinTranslations translations = new TremplinTranslations();

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                TremplinTranslations.class.getResourceAsStream("/vaadin-i18n/translations" + suffix + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void shouldTranslateEveryKeyInFrenchEnglishAndGerman() throws IOException {
        Properties english = bundle("");
        assertThat(bundle("_fr").keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(bundle("_de").keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    }

    @Test
    void shouldSpeakEachLanguage() {
        assertThat(translations.getTranslation("user.logout", Locale.FRENCH)).isEqualTo("Se déconnecter");
        assertThat(translations.getTranslation("user.logout", Locale.ENGLISH)).isEqualTo("Log out");
        assertThat(translations.getTranslation("user.logout", Locale.GERMAN)).isEqualTo("Abmelden");
    }

    @Test
    void shouldFallBackToFrenchForOtherLanguagesAndRegions() {
        assertThat(TremplinTranslations.supported(Locale.forLanguageTag("lb-LU")))
                .isEqualTo(Locale.FRENCH);
        assertThat(TremplinTranslations.supported(Locale.forLanguageTag("de-LU")))
                .isEqualTo(Locale.GERMAN);
        assertThat(translations.getTranslation("user.logout", Locale.forLanguageTag("pt")))
                .isEqualTo("Se déconnecter");
    }

    @Test
    void shouldFormatCountsWithPlurals() {
        assertThat(translations.getTranslation("inbox.count", Locale.ENGLISH, 0))
                .isEqualTo("No open tasks");
        assertThat(translations.getTranslation("inbox.count", Locale.ENGLISH, 1))
                .isEqualTo("1 open task");
        assertThat(translations.getTranslation("inbox.count", Locale.GERMAN, 3)).isEqualTo("3 offene Aufgaben");
    }

    @Test
    void shouldQuoteTheFeelAFormIsRefusedForInEachLanguage() {
        for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH, Locale.GERMAN)) {
            assertThat(translations.getTranslation("editor.rule.form-feel", language, "conditional.hide: =age >"))
                    .as(language.toString())
                    .contains("(conditional.hide: =age >)");
            assertThat(translations.getTranslation("editor.rule.form-feel-unsupported", language, "valuesExpression"))
                    .as(language.toString())
                    .contains("valuesExpression")
                    .contains("conditional.hide");
        }
    }

    @Test
    void shouldMarkAMissingKeyVisibly() {
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }
}
