package lu.adem.tremplin.inbox.ui;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import lu.adem.tremplin.inbox.form.FeelText;

/**
 * A form's text component: a markdown subset ("#…" headings, paragraphs, **bold** and *emphasis*;
 * text only, no HTML), its FEEL filled in from the task's variables by {@link FeelText}.
 */
final class FormText {

    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|\\*(.+?)\\*");

    private FormText() {}

    static Component render(String markdown, Map<String, Object> variables) {
        Div text = new Div();
        if (markdown == null) {
            return text;
        }
        for (String line : FeelText.fill(markdown, variables).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            text.add(line.startsWith("#") ? new H4(line.replaceFirst("^#+\\s*", "")) : paragraph(line));
        }
        return text;
    }

    private static Paragraph paragraph(String line) {
        Paragraph paragraph = new Paragraph();
        Matcher inline = INLINE.matcher(line);
        int at = 0;
        while (inline.find()) {
            paragraph.add(new Span(line.substring(at, inline.start())));
            if (inline.group(1) != null) {
                Span bold = new Span(inline.group(1));
                bold.getStyle().set("font-weight", "600");
                paragraph.add(bold);
            } else {
                paragraph.add(new Emphasis(inline.group(2)));
            }
            at = inline.end();
        }
        paragraph.add(new Span(line.substring(at)));
        return paragraph;
    }
}
