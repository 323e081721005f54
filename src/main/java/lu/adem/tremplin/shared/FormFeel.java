package lu.adem.tremplin.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * The FEEL of Camunda Forms, read by feel-scala: the FEEL engine Camunda's DMN engine ships, behind this
 * one class. The workbench checks with it that every condition, expression and template of a form
 * parses; the task screen evaluates with it what it shows. A condition ({@code conditional.hide}) is
 * read as form-js reads it, as unary tests without an input value, so that a form behaves on the task
 * screen as in the form editor's preview: {@code =age > 18} hides its field when {@code age} is empty
 * (null compared with 18 is null, which the test "input = null" then matches). External (Java)
 * functions are off, and FEEL sees plain values only. See ADR 0014.
 */
public final class FormFeel {

    /** Properties of a form-js 1.23 component that hold a FEEL expression when they start with {@code =}. */
    public static final List<String> EXPRESSION_PROPERTIES = List.of(
            "alt",
            "appearance.prefixAdorner",
            "appearance.suffixAdorner",
            "conditional.hide",
            "description",
            "label",
            "source",
            "readonly",
            "text",
            "validate.min",
            "validate.max",
            "validate.minLength",
            "validate.maxLength",
            "valuesExpression",
            "url",
            "dataSource",
            "columnsExpression",
            "expression",
            "multiple",
            "accept",
            "title");

    /** Properties that form-js 1.23 reads as templates, with FEEL between {@code {{ }}}. */
    public static final List<String> TEMPLATE_PROPERTIES = List.of(
            "alt",
            "appearance.prefixAdorner",
            "appearance.suffixAdorner",
            "description",
            "label",
            "source",
            "text",
            "content",
            "url",
            "title");

    /**
     * The properties whose FEEL Tremplin's task screen evaluates; FEEL in any other would be shown as
     * written or ignored, so no deployment path accepts it.
     */
    public static final Set<String> EVALUATED = Set.of("conditional.hide", "text");

    private static final FeelEngineApi ENGINE = FeelEngineBuilder.forJava().build();
    private static final Pattern TEMPLATE_PART = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final int MAX_CACHED = 2_000;
    private static final Map<String, Parsed> CONDITIONS = new ConcurrentHashMap<>();
    private static final Map<String, Parsed> EXPRESSIONS = new ConcurrentHashMap<>();

    private FormFeel() {}

    /** A condition or expression read once, evaluated with a form's values as often as they change. */
    public static final class Parsed {

        private final String source;
        private final ParsedExpression tree;
        private final boolean unaryTests;
        private final String problem;

        private Parsed(String source, ParseResult read, boolean unaryTests) {
            this.source = source;
            this.tree = read.isSuccess() ? read.parsedExpression() : null;
            this.unaryTests = unaryTests;
            this.problem = read.isSuccess() ? null : read.failure().message();
        }

        /** The text as written, without its leading {@code =}. */
        public String source() {
            return source;
        }

        /** Why feel-scala cannot read it, or empty when it can. */
        public Optional<String> problem() {
            return Optional.ofNullable(problem);
        }

        /**
         * Its value with these variables; a variable that is missing is null, as in form-js.
         *
         * @throws IllegalArgumentException when it does not parse or its evaluation fails
         */
        public Object evaluate(Map<String, ?> variables) {
            if (tree == null) {
                throw new IllegalArgumentException(problem);
            }
            Map<String, Object> context = new HashMap<>();
            variables.forEach((name, value) -> context.put(name, plain(value)));
            EvaluationResult result =
                    unaryTests ? ENGINE.evaluateWithInput(tree, null, context) : ENGINE.evaluate(tree, context);
            if (result.isFailure()) {
                throw new IllegalArgumentException(result.failure().message());
            }
            return result.result();
        }
    }

    /**
     * Text, numbers, booleans, dates and times, and lists and maps of them; anything else is null, as feel-scala
     * would otherwise read an object's getters: a form's FEEL never reaches into application objects.
     */
    private static Object plain(Object value) {
        if (value == null
                || value instanceof String
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof java.time.temporal.TemporalAccessor
                || value instanceof java.util.Date) {
            return value;
        }
        if (value instanceof java.util.Collection<?> list) {
            return list.stream().map(FormFeel::plain).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new HashMap<>();
            map.forEach((key, entry) -> copy.put(String.valueOf(key), plain(entry)));
            return copy;
        }
        return null;
    }

    /** Whether form-js reads this value as FEEL: a text starting with {@code =}. */
    public static boolean isExpression(Object value) {
        return value instanceof String text && text.startsWith("=");
    }

    /** A condition ({@code conditional.hide}), with or without its leading {@code =}, read as unary tests. */
    public static Parsed condition(String condition) {
        return parsed(CONDITIONS, condition, true);
    }

    /** An expression, with or without its leading {@code =}, or the inside of a template's {@code {{ }}}. */
    public static Parsed expression(String expression) {
        return parsed(EXPRESSIONS, expression, false);
    }

    /** The FEEL between each {@code {{ }}} of a template, in order (form-js's feelers templates). */
    public static List<String> templateParts(String template) {
        List<String> parts = new ArrayList<>();
        Matcher part = TEMPLATE_PART.matcher(template);
        while (part.find()) {
            parts.add(part.group(1).strip());
        }
        return parts;
    }

    /** A template with each {@code {{ }}} replaced by what {@code fill} makes of its FEEL. */
    public static String fillTemplate(String template, java.util.function.Function<String, String> fill) {
        return TEMPLATE_PART
                .matcher(template)
                .replaceAll(part ->
                        Matcher.quoteReplacement(fill.apply(part.group(1).strip())));
    }

    /**
     * form-js (feelin) also reads as unary tests an expression that feel-scala's unary-tests grammar
     * refuses, such as {@code not(a) and b}; in parentheses it is one expression there too, with the same
     * meaning.
     */
    private static ParseResult unaryTests(String source) {
        ParseResult read = ENGINE.parseUnaryTests(source);
        if (read.isSuccess()) {
            return read;
        }
        ParseResult enclosed = ENGINE.parseUnaryTests("(" + source + "\n)");
        return enclosed.isSuccess() ? enclosed : read;
    }

    private static Parsed parsed(Map<String, Parsed> cache, String text, boolean unaryTests) {
        String source = text.startsWith("=") ? text.substring(1) : text;
        Parsed known = cache.get(source);
        if (known != null) {
            return known;
        }
        if (cache.size() >= MAX_CACHED) {
            cache.clear(); // forms are few; this only bounds what a flood of distinct texts could hold
        }
        Parsed read = new Parsed(source, unaryTests ? unaryTests(source) : ENGINE.parseExpression(source), unaryTests);
        cache.put(source, read);
        return read;
    }
}
