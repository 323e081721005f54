package lu.adem.tremplin.shared.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import lu.adem.tremplin.shared.DayFirst;

/**
 * Every UI text in French, English and German, from {@code vaadin-i18n/translations*.properties}.
 * French first: it is the default when the browser asks for none of the three.
 */
@Component
public class TremplinTranslations implements I18NProvider {

    public static final Locale FRENCH = Locale.FRENCH;
    /**
     * English as written in the United Kingdom, so that every screen and date picker shows dates day first
     * ({@link DayFirst}); plain {@code Locale.ENGLISH} writes them as in the US (12/4/2026).
     */
    public static final Locale ENGLISH = DayFirst.localeFor(Locale.ENGLISH);

    public static final Locale GERMAN = Locale.GERMAN;
    public static final List<Locale> LOCALES = List.of(FRENCH, ENGLISH, GERMAN);

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger log = LoggerFactory.getLogger(TremplinTranslations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = supported(locale);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported, NoFallback.INSTANCE)
                    .getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, supported);
            return "!" + key;
        }
    }

    /** The closest supported locale: same language, else French. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return FRENCH;
        }
        return LOCALES.stream()
                .filter(candidate -> candidate.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(FRENCH);
    }

    /** Never fall back to the JVM's default locale: the bundle's base file is English. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
