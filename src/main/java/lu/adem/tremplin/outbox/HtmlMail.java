package lu.adem.tremplin.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML part of an email: the message's plain text, every character escaped (a name may contain
 * {@code <} or {@code &}), its blank lines made paragraphs and its web addresses links, inside the one layout
 * {@code mail/layout.html}. The words are never written twice: they come from the plain text.
 */
final class HtmlMail {

    static final String LAYOUT = "mail/layout.html";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(language|subject|body)}}");
    /** An address in the escaped text; a full stop or comma right after it ends the sentence, not the address. */
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>]*[^\\s<>.,;:)]");

    private static final String layout = read();

    private HtmlMail() {}

    static String render(String language, String subject, String body) {
        Map<String, String> values = Map.of(
                "language", HtmlUtils.htmlEscape(language, StandardCharsets.UTF_8.name()),
                "subject", HtmlUtils.htmlEscape(subject, StandardCharsets.UTF_8.name()),
                "body", paragraphs(body));
        // one pass, so a value that happens to contain "{{body}}" stays text
        return PLACEHOLDER.matcher(layout).replaceAll(match -> Matcher.quoteReplacement(values.get(match.group(1))));
    }

    private static String paragraphs(String body) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : body.strip().split("\\n\\s*\\n")) {
            String escaped = HtmlUtils.htmlEscape(paragraph.strip(), StandardCharsets.UTF_8.name());
            String linked = LINK.matcher(escaped)
                    .replaceAll(link ->
                            Matcher.quoteReplacement("<a href=\"" + link.group() + "\">" + link.group() + "</a>"));
            html.append("<p>").append(linked.replace("\n", "<br>\n")).append("</p>\n");
        }
        return html.toString();
    }

    private static String read() {
        try (var in = new ClassPathResource(LAYOUT).getInputStream()) {
            // its comments are for the people who edit it, not for the jobseekers
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->\\s*", "");
        } catch (IOException missing) {
            throw new UncheckedIOException("The email layout " + LAYOUT + " is missing", missing);
        }
    }
}
