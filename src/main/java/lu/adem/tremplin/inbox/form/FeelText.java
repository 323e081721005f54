package lu.adem.tremplin.inbox.form;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import lu.adem.tremplin.shared.FormFeel;

/**
 * A text component's text as form-js shows it, evaluated by feel-scala ({@link FormFeel}): a text
 * written as {@code =…} is a FEEL expression; otherwise each {@code {{ … }}} is one (a variable, or
 * {@code {{ upper case(name) }}}). A part that is null, does not parse or fails shows "—" and is logged:
 * it never breaks the task screen.
 */
public final class FeelText {

    private static final Logger log = LoggerFactory.getLogger(FeelText.class);
    static final String NOTHING = "—";

    private FeelText() {}

    /** The text with its FEEL evaluated with these variables. */
    public static String fill(String text, Map<String, ?> variables) {
        if (FormFeel.isExpression(text)) {
            String value = value(text, variables);
            return value == null ? "" : value;
        }
        return FormFeel.fillTemplate(text, part -> {
            String value = value(part, variables);
            return value == null ? NOTHING : value;
        });
    }

    private static String value(String expression, Map<String, ?> variables) {
        FormFeel.Parsed parsed = FormFeel.expression(expression);
        try {
            Object value = parsed.evaluate(variables);
            return value == null ? null : String.valueOf(value);
        } catch (IllegalArgumentException broken) {
            log.warn("Form text '{}' shows nothing: {}", oneLine(parsed.source()), oneLine(broken.getMessage()));
            return null;
        }
    }

    private static String oneLine(String text) {
        return text == null ? null : text.replaceAll("[\\r\\n]", " ");
    }
}
