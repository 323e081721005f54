package lu.adem.tremplin.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import lu.adem.tremplin.shared.DayFirst;

/**
 * The emails' texts, complete in every language, their HTML escaped, and docs/ops/mail-templates.md (what
 * Adem reviews) rendered from them. After changing a text, write the document again with
 * {@code ./mvnw -B -o test -Dtest=MailTemplatesTests -Dtremplin.mail-templates.write=true}.
 */
class MailTemplatesTests {

    static final Path REVIEW = Path.of("docs/ops/mail-templates.md");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final String NAME = "Marie Muller";
    private static final String LINK = "https://tremplin.adem.lu/self-assessment/EXAMPLE-TOKEN";
    private static final String CHOICE_LINK = "https://tremplin.adem.lu/course-choice/EXAMPLE-TOKEN";
    private static final String SURVEY_LINK = "https://tremplin.adem.lu/survey/EXAMPLE-TOKEN";
    private static final LocalDateTime LINK_EXPIRES = LocalDateTime.of(2026, 3, 12, 18, 0);

    /** When each message goes out: the review document's words, and a check that none is forgotten. */
    static final Map<MessageKind, String> WHEN = new EnumMap<>(Map.of(
            MessageKind.PLATFORM_INVITATION,
            "Tremplin has invited the jobseeker to the learning platform (onboarding, once per jobseeker).",
            MessageKind.ACTIVATION_REMINDER,
            "7 days after the invitation, the account is still not activated (onboarding).",
            MessageKind.SELF_ASSESSMENT_LINK,
            "The counsellor chose the self-assessment: the personal link to the questionnaire (digital readiness).",
            MessageKind.COURSE_CHOICE_REMINDER,
            "14 days without a course chosen (course recommendation).",
            MessageKind.COURSE_CHOICE_LINK,
            "The counsellor let the jobseeker choose online: the personal link to the shortlist and the catalogue"
                    + " (course recommendation).",
            MessageKind.PROGRESS_REMINDER,
            "14 days without progress in the course (follow-up).",
            MessageKind.SATISFACTION_SURVEY,
            "The satisfaction survey's personal link: after a course is completed or abandoned at the review, and once"
                    + " at month 3 of participation (pilot review, hourly)."));

    @Test
    void shouldHaveASubjectAndABodyOfEveryKindInEveryLanguageWithTheSamePlaceholders() {
        Map<String, Set<String>> english = placeholders(ownTexts("en"));
        assertThat(english.keySet())
                .as("every kind, a subject and a body, nothing else")
                .containsExactlyInAnyOrderElementsOf(Set.of(MessageKind.values()).stream()
                        .flatMap(kind -> Set.of(kind + ".subject", kind + ".body").stream())
                        .toList());
        for (String language : MessageTexts.LANGUAGES) {
            assertThat(placeholders(ownTexts(language))).as(language).isEqualTo(english);
        }
        assertThat(WHEN.keySet()).containsExactlyInAnyOrder(MessageKind.values());
    }

    @Test
    void shouldEscapeEveryValueInTheHtmlPart() {
        var text = MessageTexts.render(
                MessageKind.PLATFORM_INVITATION, "fr", "<script>alert('x')</script> Muller & \"Fils\"");

        String html = HtmlMail.render("fr", "<b>subject</b>", text.body());

        assertThat(html)
                .contains("Bonjour &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Muller &amp; &quot;Fils&quot;,")
                .contains("<title>&lt;b&gt;subject&lt;/b&gt;</title>")
                .doesNotContain("<script>", "<b>subject")
                .contains("<html lang=\"fr\">")
                .doesNotContain("<!--")
                .contains("l’Adem"); // only markup is escaped: letters of every language stay readable
    }

    @Test
    void shouldMakeParagraphsAndLinksOfThePlainText() {
        String html =
                HtmlMail.render("en", "s", "Hello {{body}},\n\nYour link:\n\nhttps://x.lu/a?b=1&c=2.\nSecond line");

        assertThat(html)
                .contains("<p>Hello {{body}},</p>")
                .contains("<p>Your link:</p>")
                .contains(
                        "<p><a href=\"https://x.lu/a?b=1&amp;c=2\">https://x.lu/a?b=1&amp;c=2</a>.<br>\nSecond line</p>");
    }

    @Test
    void shouldMatchTheReviewDocument() throws IOException {
        String rendered = review();
        if (Boolean.getBoolean("tremplin.mail-templates.write")) {
            Files.createDirectories(REVIEW.getParent());
            Files.writeString(REVIEW, rendered, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(REVIEW) ? Files.readString(REVIEW, StandardCharsets.UTF_8) : "")
                .as(REVIEW + " is behind the texts: write it again with -Dtremplin.mail-templates.write=true")
                .isEqualTo(rendered);
    }

    /** The texts a language's own file holds (English: the base file), not those it would inherit. */
    private static Map<String, String> ownTexts(String language) {
        String file = "/messages/outbox" + ("en".equals(language) ? "" : "_" + language) + ".properties";
        Properties texts = new Properties();
        try (var in = MailTemplatesTests.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return texts.stringPropertyNames().stream().collect(Collectors.toMap(key -> key, texts::getProperty));
    }

    private static Map<String, Set<String>> placeholders(Map<String, String> texts) {
        return texts.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry -> PLACEHOLDER
                                .matcher(entry.getValue())
                                .results()
                                .map(match -> match.group())
                                .collect(Collectors.toCollection(TreeSet::new))));
    }

    static String review() {
        StringBuilder doc = new StringBuilder();
        doc.append("""
                # Emails to jobseekers

                <!-- Generated by MailTemplatesTests (src/test/java/lu/adem/tremplin/outbox): do not edit by hand. -->

                Every message Tremplin sends to a jobseeker, in each language, as the jobseeker receives it (sample name
                "%s"). This page is written from the texts themselves, so it is what goes out.

                **Where the texts are.** One file per language, every message of that language in it:
                `src/main/resources/messages/outbox_fr.properties` (French), `outbox_de.properties` (German),
                `outbox.properties` (English). Each message has a `.subject` and a `.body`; in the body `{0}` is the
                jobseeker's name, `{1}` and `{2}` the message's details (a link, a date), and `\\n` a new line (`\\n\\n`
                starts a new paragraph). Keep the placeholders of a message the same in every language (a test checks it).

                **Which language.** French; German for jobseekers who speak German or Luxembourgish but not French;
                English for those who speak only English (and for any language without a file).

                **The HTML version.** Every email carries the plain text below and the same text in HTML: its
                paragraphs, its addresses made links, in the layout `src/main/resources/mail/layout.html` (the Adem
                header, fonts, colours). Names and every other value are escaped there, never read as HTML.

                **After changing a text or the layout**, write this page again and commit both:
                `./mvnw -B -o test -Dtest=MailTemplatesTests -Dtremplin.mail-templates.write=true`. The build fails
                while this page differs from the texts.
                """.formatted(NAME));
        for (MessageKind kind : MessageKind.values()) {
            doc.append("\n## ")
                    .append(kind)
                    .append("\n\n")
                    .append(WHEN.get(kind))
                    .append('\n');
            for (String language : MessageTexts.LANGUAGES) {
                var text = sample(kind, language);
                doc.append("\n### ")
                        .append(Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH))
                        .append(" (")
                        .append(language)
                        .append(")\n\nSubject: **")
                        .append(text.subject())
                        .append("**\n\n```text\n")
                        .append(text.body())
                        .append("\n```\n");
            }
        }
        var example = sample(MessageKind.SELF_ASSESSMENT_LINK, "fr");
        doc.append("\n## The HTML version, for example\n\n")
                .append(MessageKind.SELF_ASSESSMENT_LINK)
                .append(" in French:\n\n```html\n")
                .append(HtmlMail.render("fr", example.subject(), example.body()))
                .append("```\n");
        return doc.toString();
    }

    private static MessageTexts.Text sample(MessageKind kind, String language) {
        String until = LINK_EXPIRES.format(DayFirst.date(FormatStyle.LONG, Locale.forLanguageTag(language)));
        return kind == MessageKind.SELF_ASSESSMENT_LINK
                ? MessageTexts.render(kind, language, NAME, LINK, until)
                : kind == MessageKind.COURSE_CHOICE_LINK
                        ? MessageTexts.render(kind, language, NAME, CHOICE_LINK, until)
                        : kind == MessageKind.SATISFACTION_SURVEY
                                ? MessageTexts.render(kind, language, NAME, SURVEY_LINK, until)
                                : MessageTexts.render(kind, language, NAME);
    }
}
