package lu.adem.tremplin.modeler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Values typed into the decision test panel, as the draft's input columns expect them: a number for an
 * {@code integer}, {@code long} or {@code double} column, true/false for a {@code boolean}, the text
 * otherwise. An empty field is no value (null), which a rule's "-" still matches.
 */
final class TypedInputs {

    private TypedInputs() {}

    /**
     * @throws IllegalArgumentException naming the column whose value does not fit its type
     */
    static Map<String, Object> convert(List<DraftDecision.Input> inputs, Map<String, String> typed) {
        Map<String, Object> values = new HashMap<>();
        for (DraftDecision.Input input : inputs) {
            String text = typed.get(input.expression());
            String value = text == null ? "" : text.strip();
            values.put(input.expression(), value.isEmpty() ? null : convert(input, value));
        }
        return values;
    }

    private static Object convert(DraftDecision.Input input, String value) {
        String type = input.typeRef() == null ? "string" : input.typeRef();
        try {
            return switch (type) {
                case "integer" -> Integer.valueOf(value);
                case "long" -> Long.valueOf(value);
                case "double" -> Double.valueOf(value.replace(',', '.'));
                case "boolean" -> parseBoolean(value);
                default -> value;
            };
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(input.label() + ": " + value + " is not a " + type, notANumber);
        }
    }

    private static Boolean parseBoolean(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw new NumberFormatException(value);
    }
}
