package lu.adem.tremplin.outbox;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of every message to jobseekers, in {@code messages/outbox*.properties}: one file per language,
 * English in the base file ({@code outbox.properties}), French in {@code _fr}, German in {@code _de}. A
 * language without a file gets the base file, never the server's own language. Each kind has a subject and a
 * body; in the body {0} is the jobseeker's name and {1}, {2} the kind's details (a link, a date). The HTML part
 * of an email is made from this same text ({@link HtmlMail}), so both parts always say the same.
 */
final class MessageTexts {

    /** The languages messages are written in (Jobseekers decides which one a jobseeker gets). */
    static final List<String> LANGUAGES = List.of("fr", "de", "en");

    static final String BUNDLE = "messages.outbox";

    record Text(String subject, String body) {}

    private MessageTexts() {}

    static Text render(MessageKind kind, String language, String name, Object... details) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle texts = bundle(locale);
        Object[] arguments = new Object[details.length + 1];
        arguments[0] = name;
        System.arraycopy(details, 0, arguments, 1, details.length);
        // the texts are written for people, with plain apostrophes: MessageFormat would take them as quotes
        String body =
                new MessageFormat(texts.getString(kind.name() + ".body").replace("'", "''"), locale).format(arguments);
        return new Text(texts.getString(kind.name() + ".subject"), body);
    }

    /** The raw texts of one language, placeholders unreplaced (for the checks and the review document). */
    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
