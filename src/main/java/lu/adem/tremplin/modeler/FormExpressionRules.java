package lu.adem.tremplin.modeler;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import lu.adem.tremplin.shared.FormFeel;

/**
 * The FEEL of a form, checked with the engine's FEEL engine ({@link FormFeel}) before it can reach a task
 * screen: every condition, expression and template of every component, those of groups and dynamic lists
 * included, must parse ({@code form-feel}, naming the field and the expression); and FEEL may stand only
 * where the task screen evaluates it ({@code form-feel-unsupported}: a {@code =…} label would show as
 * written, a {@code valuesExpression} would leave a select without options).
 */
final class FormExpressionRules {

    private static final Set<String> PROPERTIES = new LinkedHashSet<>(FormFeel.EXPRESSION_PROPERTIES);

    static {
        PROPERTIES.addAll(FormFeel.TEMPLATE_PROPERTIES);
    }

    private FormExpressionRules() {}

    /** The problems of these components and of the components inside them. */
    static List<Problem> check(JsonNode components) {
        List<Problem> problems = new ArrayList<>();
        collect(components, problems);
        return problems;
    }

    private static void collect(JsonNode components, List<Problem> problems) {
        for (JsonNode component : components) {
            String field = component.path("key").isTextual()
                    ? component.path("key").asText()
                    : component.path("id").asText(null);
            for (String property : PROPERTIES) {
                JsonNode value = component.at("/" + property.replace('.', '/'));
                if (value.isTextual()) {
                    check(field, property, value.asText(), problems);
                }
            }
            if (component.path("components").isArray()) {
                collect(component.path("components"), problems);
            }
        }
    }

    private static void check(String field, String property, String value, List<Problem> problems) {
        boolean expression = FormFeel.isExpression(value);
        List<String> parts = !expression && FormFeel.TEMPLATE_PROPERTIES.contains(property)
                ? FormFeel.templateParts(value)
                : List.of();
        if (!expression && parts.isEmpty() || expression && !FormFeel.EXPRESSION_PROPERTIES.contains(property)) {
            return; // plain text, or a "=" that form-js does not read as FEEL there
        }
        if (!FormFeel.EVALUATED.contains(property)) {
            problems.add(Problem.error("form-feel-unsupported", field, property));
            return;
        }
        if (expression) {
            FormFeel.Parsed parsed =
                    property.equals("conditional.hide") ? FormFeel.condition(value) : FormFeel.expression(value);
            parsed.problem()
                    .ifPresent(problem -> problems.add(Problem.error("form-feel", field, property + ": " + value)));
            return;
        }
        for (String part : parts) {
            if (FormFeel.expression(part).problem().isPresent()) {
                problems.add(Problem.error("form-feel", field, property + ": {{" + part + "}}"));
            }
        }
    }
}
