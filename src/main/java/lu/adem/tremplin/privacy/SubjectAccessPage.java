package lu.adem.tremplin.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

/**
 * The subject access file as a printable HTML page: one page, no script, every value escaped, section titles
 * and field labels in the reader's language (a field without a label shows its name), dates written as people
 * of that language write them.
 */
class SubjectAccessPage {

    /** A translation of a key in the page's language. */
    interface Texts {
        String get(String key, Object... params);
    }

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a;line-height:1.4}
            h1{font-size:1.5rem}h2{font-size:1.2rem;border-bottom:1px solid #999;margin-top:2rem}
            table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}
            th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
            th{width:14rem;background:#f3f3f3;font-weight:600}
            td{white-space:pre-wrap;overflow-wrap:anywhere}
            @page{size:A4;margin:15mm}
            @media print{body{margin:0;font-size:10pt}h2{break-after:avoid}table{break-inside:avoid}}
            """;

    private final Texts texts;
    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    SubjectAccessPage(Texts texts, Locale locale, ZoneId zone) {
        this.texts = texts;
        this.locale = locale;
        this.zone = zone;
        this.dateTime =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    String render(SubjectAccess.Contents contents) {
        StringBuilder html = new StringBuilder(8192);
        String title = texts.get("privacy.file.title", contents.registrationNumber());
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(escape(locale.getLanguage()))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>")
                .append(escape(title))
                .append("</h1>\n<p>")
                .append(escape(texts.get("privacy.file.intro")))
                .append("</p>\n<table class=\"about\">\n");
        row(html, texts.get("privacy.file.registrationNumber"), contents.registrationNumber());
        row(html, texts.get("privacy.file.generatedAt"), contents.generatedAt());
        row(html, texts.get("privacy.file.generatedBy"), contents.generatedBy());
        if (contents.tremplinVersion() != null) {
            row(html, texts.get("privacy.file.version"), contents.tremplinVersion());
        }
        html.append("</table>\n");
        contents.sections().forEach((section, records) -> section(html, section, records));
        return html.append("</body>\n</html>\n").toString();
    }

    private void section(StringBuilder html, String section, List<Map<String, Object>> records) {
        html.append("<section id=\"")
                .append(escape(section))
                .append("\">\n<h2>")
                .append(escape(label("privacy.section.", section)))
                .append("</h2>\n");
        if (records.isEmpty()) {
            html.append("<p>").append(escape(texts.get("privacy.file.none"))).append("</p>\n");
        }
        for (Map<String, Object> record : records) {
            record(html, record);
        }
        html.append("</section>\n");
    }

    private void record(StringBuilder html, Map<?, ?> record) {
        html.append("<table>\n");
        record.forEach((field, value) -> row(html, label("privacy.field.", String.valueOf(field)), value));
        html.append("</table>\n");
    }

    private void row(StringBuilder html, String label, Object value) {
        html.append("<tr><th scope=\"row\">").append(escape(label)).append("</th><td>");
        value(html, value);
        html.append("</td></tr>\n");
    }

    private void value(StringBuilder html, Object value) {
        if (value instanceof Map<?, ?> nested) {
            record(html, nested);
        } else if (value instanceof Collection<?> items && items.stream().anyMatch(Map.class::isInstance)) {
            items.forEach(item -> value(html, item));
        } else if (value instanceof Collection<?> items) {
            html.append(escape(String.join(", ", items.stream().map(this::text).toList())));
        } else {
            html.append(escape(text(value)));
        }
    }

    private String text(Object value) {
        if (value == null) {
            return "";
        } else if (value instanceof Boolean yes) {
            return texts.get(yes ? "privacy.file.yes" : "privacy.file.no");
        } else if (value instanceof LocalDateTime time) {
            return dateTime.format(time);
        } else if (value instanceof LocalDate day) {
            return date.format(day);
        } else if (value instanceof Instant instant) {
            return dateTime.format(instant.atZone(zone));
        } else if (value instanceof Date old) {
            return dateTime.format(old.toInstant().atZone(zone));
        } else if (value instanceof OffsetDateTime || value instanceof ZonedDateTime) {
            return dateTime.format((java.time.temporal.TemporalAccessor) value);
        }
        return String.valueOf(value);
    }

    /** The translation of prefix + name, or the name itself when there is none. */
    private String label(String prefix, String name) {
        String translated = texts.get(prefix + name);
        return translated == null || translated.startsWith("!") ? name : translated;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
