package lu.adem.tremplin.inbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Camunda Form (form-js JSON) as Tremplin renders it: its components, with their keys, labels,
 * options, validation and conditions. Unknown component types are kept (the screen names them).
 */
public record TaskForm(String id, List<Component> components) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One option of a radio, select or checklist. */
    public record Option(String label, Object value) {
    }

    /**
     * One component. {@code hide} is the FEEL expression of {@code conditional.hide}, or null.
     * Numbers in {@code validate}: min, max, minLength, maxLength; pattern as text.
     */
    public record Component(String type, String id, String key, String label, String description, String text,
            List<Option> options, boolean required, Double min, Double max, Integer minLength, Integer maxLength,
            String pattern, String hide, Object defaultValue, String subtype, List<Component> components) {

        public boolean hasValue() {
            return key != null && !key.isBlank();
        }

        /** A dynamic list: its value is a list of entries, each with the values of {@link #components()}. */
        public boolean isList() {
            return "dynamiclist".equals(type);
        }
    }

    public static TaskForm parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            return new TaskForm(root.path("id").asText(null), components(root.path("components")));
        } catch (java.io.IOException unreadable) {
            throw new IllegalArgumentException("Not a Camunda Form: " + unreadable.getMessage(), unreadable);
        }
    }

    private static List<Component> components(JsonNode array) {
        List<Component> components = new ArrayList<>();
        for (JsonNode node : array) {
            List<Option> options = new ArrayList<>();
            for (JsonNode value : node.path("values")) {
                options.add(new Option(value.path("label").asText(), scalar(value.get("value"))));
            }
            JsonNode validate = node.path("validate");
            String label = node.has("label") ? node.get("label").asText() : node.path("dateLabel").asText(null);
            components.add(new Component(node.path("type").asText(), node.path("id").asText(null),
                    node.path("key").asText(null), label, node.path("description").asText(null),
                    node.path("text").asText(null), options, validate.path("required").asBoolean(false),
                    validate.has("min") ? validate.get("min").asDouble() : null,
                    validate.has("max") ? validate.get("max").asDouble() : null,
                    validate.has("minLength") ? validate.get("minLength").asInt() : null,
                    validate.has("maxLength") ? validate.get("maxLength").asInt() : null,
                    validate.path("pattern").asText(null), node.path("conditional").path("hide").asText(null),
                    scalar(node.get("defaultValue")), node.path("subtype").asText(null),
                    components(node.path("components"))));
        }
        return components;
    }

    private static Object scalar(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        return node.asText();
    }

    /** Every component with a key, groups opened up, in form order. */
    public List<Component> fields() {
        List<Component> fields = new ArrayList<>();
        collect(components, fields);
        return fields;
    }

    private static void collect(List<Component> components, List<Component> into) {
        for (Component component : components) {
            if (component.hasValue()) {
                into.add(component);
            }
            if (!component.isList()) {
                // a dynamic list's fields belong to its entries, not to the form
                collect(component.components(), into);
            }
        }
    }

    /** The keys a submission may set: nothing else reaches the process. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        fields().forEach(field -> keys.add(field.key()));
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static void listProblems(Component list, Object value, Map<String, String> problems) {
        List<?> entries = value instanceof List<?> given ? given : List.of();
        if (list.required() && entries.isEmpty()) {
            problems.put(list.key(), "required");
            return;
        }
        TaskForm entryForm = new TaskForm(null, list.components());
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                problems.put(list.key(), "entry " + (i + 1) + " is not a set of fields");
                return;
            }
            int number = i + 1;
            entryForm.problems((Map<String, Object>) entry).forEach((key, problem) ->
                    problems.putIfAbsent(list.key(), "entry " + number + ", " + key + ": " + problem));
        }
    }

    /**
     * What is wrong with these values, by key, in words for operators; hidden fields are not checked.
     * The screen checks the same rules before sending.
     */
    public Map<String, String> problems(Map<String, Object> values) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        for (Component field : fields()) {
            if (field.hide() != null && FeelCondition.holds(field.hide(), values)) {
                continue;
            }
            Object value = values.get(field.key());
            if (field.isList()) {
                listProblems(field, value, problems);
                continue;
            }
            boolean empty = value == null || value instanceof String text && text.isBlank()
                    || field.type().equals("checkbox") && !Boolean.TRUE.equals(value)
                    || value instanceof java.util.Collection<?> list && list.isEmpty();
            if (field.required() && empty) {
                problems.put(field.key(), "required");
                continue;
            }
            if (empty) {
                continue;
            }
            if (value instanceof Number number) {
                if (field.min() != null && number.doubleValue() < field.min()) {
                    problems.put(field.key(), "at least " + field.min());
                } else if (field.max() != null && number.doubleValue() > field.max()) {
                    problems.put(field.key(), "at most " + field.max());
                }
            }
            if (value instanceof String text) {
                if (field.minLength() != null && text.length() < field.minLength()) {
                    problems.put(field.key(), "at least " + field.minLength() + " characters");
                } else if (field.maxLength() != null && text.length() > field.maxLength()) {
                    problems.put(field.key(), "at most " + field.maxLength() + " characters");
                } else if (field.pattern() != null && !text.matches(field.pattern())) {
                    problems.put(field.key(), "does not match " + field.pattern());
                }
            }
            if (!field.options().isEmpty() && !(value instanceof java.util.Collection<?>)
                    && field.options().stream().noneMatch(option -> String.valueOf(option.value()).equals(String.valueOf(value)))) {
                problems.put(field.key(), "not one of the options");
            }
        }
        return problems;
    }
}
