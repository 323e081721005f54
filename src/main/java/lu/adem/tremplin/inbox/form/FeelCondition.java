package lu.adem.tremplin.inbox.form;

import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import lu.adem.tremplin.shared.FormFeel;

/**
 * A form's {@code conditional.hide}, evaluated as form-js evaluates it (FEEL unary tests by feel-scala,
 * {@link FormFeel}): the field hides only when the condition is {@code true}. A condition that does not
 * parse or fails to evaluate hides nothing and is logged: it never breaks the task screen (the workbench
 * refuses such a form, but one may predate the check).
 */
public final class FeelCondition {

    private static final Logger log = LoggerFactory.getLogger(FeelCondition.class);

    private FeelCondition() {}

    /** Whether the condition {@code expression} (with its leading {@code =}) holds for these values. */
    public static boolean holds(String expression, Map<String, ?> values) {
        if (!FormFeel.isExpression(expression)) {
            return false; // form-js evaluates only a condition written as "=…"
        }
        FormFeel.Parsed condition = FormFeel.condition(expression);
        try {
            return Boolean.TRUE.equals(condition.evaluate(values));
        } catch (IllegalArgumentException broken) {
            log.warn(
                    "Form condition '{}' hides nothing: {}", oneLine(condition.source()), oneLine(broken.getMessage()));
            return false;
        }
    }

    /**
     * The values as form-js's conditions see them: an empty text field or text area is {@code ""} there
     * (its empty value), where Tremplin sends null.
     */
    public static Map<String, Object> asFormJsSees(TaskForm form, Map<String, ?> values) {
        Map<String, Object> seen = new HashMap<>(values);
        for (TaskForm.Component field : form.fields()) {
            if (("textfield".equals(field.type()) || "textarea".equals(field.type()))
                    && seen.get(field.key()) == null) {
                seen.put(field.key(), "");
            }
        }
        return seen;
    }

    private static String oneLine(String text) {
        return text == null ? null : text.replaceAll("[\\r\\n]", " ");
    }
}
