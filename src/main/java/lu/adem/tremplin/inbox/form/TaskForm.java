package lu.adem.tremplin.inbox.form;

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
    public record Option(String label, Object value) {}

    /** A rule of the form that a value breaks, with the rule's figure or pattern (or null). */
    public record Problem(Rule rule, String argument) {

        public enum Rule {
            REQUIRED,
            MIN,
            MAX,
            MIN_LENGTH,
            MAX_LENGTH,
            PATTERN,
            EMAIL,
            PHONE,
            OPTION,
            ENTRY
        }

        /** In words for operators (the screen translates {@link #rule()} for its users). */
        @Override
        public String toString() {
            return switch (rule) {
                case REQUIRED -> "required";
                case MIN -> "at least " + argument;
                case MAX -> "at most " + argument;
                case MIN_LENGTH -> "at least " + argument + " characters";
                case MAX_LENGTH -> "at most " + argument + " characters";
                case PATTERN -> "does not match " + argument;
                case EMAIL -> "not an e-mail address";
                case PHONE -> "not a phone number";
                case OPTION -> "not one of the options";
                case ENTRY -> argument;
            };
        }
    }

    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("\\+?[0-9 ()./-]{6,20}");

    /**
     * One component. {@code hide} is the FEEL expression of {@code conditional.hide}, or null.
     * Numbers in {@code validate}: min, max, minLength, maxLength; pattern as text; validationType
     * {@code email} or {@code phone}, or null. {@code subtype} of a datetime: date, time or datetime.
     */
    public record Component(
            String type,
            String id,
            String key,
            String label,
            String description,
            String text,
            List<Option> options,
            boolean required,
            Double min,
            Double max,
            Integer minLength,
            Integer maxLength,
            String pattern,
            String validationType,
            String hide,
            Object defaultValue,
            String subtype,
            List<Component> components) {

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
            String label = node.has("label")
                    ? node.get("label").asText()
                    : node.has("dateLabel")
                            ? node.get("dateLabel").asText()
                            : node.path("timeLabel").asText(null);
            components.add(new Component(
                    node.path("type").asText(),
                    node.path("id").asText(null),
                    node.path("key").asText(null),
                    label,
                    node.path("description").asText(null),
                    node.path("text").asText(null),
                    options,
                    validate.path("required").asBoolean(false),
                    validate.has("min") ? validate.get("min").asDouble() : null,
                    validate.has("max") ? validate.get("max").asDouble() : null,
                    validate.has("minLength") ? validate.get("minLength").asInt() : null,
                    validate.has("maxLength") ? validate.get("maxLength").asInt() : null,
                    validate.path("pattern").asText(null),
                    validate.path("validationType").asText(null),
                    node.path("conditional").path("hide").asText(null),
                    scalar(node.get("defaultValue")),
                    node.path("subtype").asText(null),
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
    private static void listProblems(Component list, Object value, Map<String, Problem> problems) {
        List<?> entries = value instanceof List<?> given ? given : List.of();
        if (list.required() && entries.isEmpty()) {
            problems.put(list.key(), new Problem(Problem.Rule.REQUIRED, null));
            return;
        }
        TaskForm entryForm = new TaskForm(null, list.components());
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                problems.put(
                        list.key(), new Problem(Problem.Rule.ENTRY, "entry " + (i + 1) + " is not a set of fields"));
                return;
            }
            int number = i + 1;
            entryForm
                    .check((Map<String, Object>) entry, Map.of())
                    .forEach((key, problem) -> problems.putIfAbsent(
                            list.key(),
                            new Problem(Problem.Rule.ENTRY, "entry " + number + ", " + key + ": " + problem)));
        }
    }

    /**
     * What is wrong with these values, by key, in words for operators; hidden fields are not checked.
     * The screen checks the same rules before sending.
     */
    public Map<String, String> problems(Map<String, Object> values) {
        return problems(values, Map.of());
    }

    /** {@link #problems(Map)}, the conditions seeing the task's variables too, as on the task screen. */
    public Map<String, String> problems(Map<String, Object> values, Map<String, ?> variables) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        check(values, variables).forEach((key, problem) -> problems.put(key, problem.toString()));
        return problems;
    }

    /**
     * The rules these values break, by key; hidden fields are not checked. Conditions see the task's
     * variables too, the form's values over them, as on the task screen.
     */
    public Map<String, Problem> check(Map<String, Object> values, Map<String, ?> variables) {
        Map<String, Problem> problems = new java.util.LinkedHashMap<>();
        Map<String, Object> context = new java.util.HashMap<>(variables);
        context.putAll(values);
        Map<String, Object> seen = FeelCondition.asFormJsSees(this, context);
        for (Component field : fields()) {
            if (field.hide() != null && FeelCondition.holds(field.hide(), seen)) {
                continue;
            }
            Object value = values.get(field.key());
            if (field.isList()) {
                listProblems(field, value, problems);
                continue;
            }
            boolean empty = value == null
                    || value instanceof String text && text.isBlank()
                    || field.type().equals("checkbox") && !Boolean.TRUE.equals(value)
                    || value instanceof java.util.Collection<?> list && list.isEmpty();
            if (field.required() && empty) {
                problems.put(field.key(), new Problem(Problem.Rule.REQUIRED, null));
                continue;
            }
            if (!empty) {
                Problem problem = problemOf(field, value);
                if (problem != null) {
                    problems.put(field.key(), problem);
                }
            }
        }
        return problems;
    }

    private static Problem problemOf(Component field, Object value) {
        if (value instanceof Number number) {
            if (field.min() != null && number.doubleValue() < field.min()) {
                return new Problem(Problem.Rule.MIN, figure(field.min()));
            }
            if (field.max() != null && number.doubleValue() > field.max()) {
                return new Problem(Problem.Rule.MAX, figure(field.max()));
            }
        }
        if (value instanceof String text) {
            if (field.minLength() != null && text.length() < field.minLength()) {
                return new Problem(Problem.Rule.MIN_LENGTH, String.valueOf(field.minLength()));
            }
            if (field.maxLength() != null && text.length() > field.maxLength()) {
                return new Problem(Problem.Rule.MAX_LENGTH, String.valueOf(field.maxLength()));
            }
            if (field.pattern() != null && !text.matches(field.pattern())) {
                return new Problem(Problem.Rule.PATTERN, field.pattern());
            }
            if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
                return new Problem(Problem.Rule.EMAIL, null);
            }
            if ("phone".equals(field.validationType()) && !PHONE.matcher(text).matches()) {
                return new Problem(Problem.Rule.PHONE, null);
            }
        }
        if (!field.options().isEmpty()
                && !(value instanceof java.util.Collection<?>)
                && field.options().stream()
                        .noneMatch(option -> String.valueOf(option.value()).equals(String.valueOf(value)))) {
            return new Problem(Problem.Rule.OPTION, null);
        }
        return null;
    }

    /** 2.0 as "2", 2.5 as "2.5". */
    private static String figure(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
