package lu.adem.tremplin.modeler;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the JUEL expressions ({@code ${…}}, {@code #{…}}) of a BPMN attribute or text, for what they
 * reach: tokens of reflection and of the system, and the names they start from (a variable or a bean).
 * A reading, not a parser: it errs on the side of refusing.
 */
final class Expressions {

    /**
     * Reflection, class loading, processes, threads and the engine or Spring context reached from an
     * expression. Case-sensitive, as Java names are; matched inside string literals too
     * ({@code forName('java.lang.Runtime')}).
     */
    static final List<String> FORBIDDEN = List.of(
            "getClass",
            ".class",
            "class.",
            "forName",
            "ClassLoader",
            "classLoader",
            "java.lang",
            "javax.",
            "reflect",
            "invoke",
            "newInstance",
            "getMethod",
            "getDeclared",
            "getConstructor",
            "getResource",
            "Runtime",
            "ProcessBuilder",
            "System",
            "Thread",
            "Unsafe",
            "ScriptEngine",
            "InitialContext",
            "getProcessEngine",
            "processEngine",
            "ProcessEngineServices",
            "getBean",
            "applicationContext");

    private static final Set<String> KEYWORDS = Set.of(
            "true",
            "false",
            "null",
            "empty",
            "not",
            "and",
            "or",
            "div",
            "mod",
            "eq",
            "ne",
            "lt",
            "gt",
            "le",
            "ge",
            "instanceof");

    private Expressions() {}

    /** The expressions in a text, without their delimiters; an unclosed one runs to the end of the text. */
    static List<String> in(String text) {
        List<String> expressions = new ArrayList<>();
        if (text == null) {
            return expressions;
        }
        int from = 0;
        while (true) {
            int start = start(text, from);
            if (start < 0) {
                return expressions;
            }
            int end = end(text, start + 2);
            expressions.add(text.substring(start + 2, Math.min(end, text.length())));
            from = end + 1;
        }
    }

    private static int start(String text, int from) {
        int dollar = text.indexOf("${", from);
        int hash = text.indexOf("#{", from);
        return dollar < 0 ? hash : hash < 0 ? dollar : Math.min(dollar, hash);
    }

    /** The index of the closing brace, outside string literals; the text's length when there is none. */
    private static int end(String text, int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '}') {
                return i;
            }
        }
        return text.length();
    }

    /**
     * The first forbidden token of an expression: one of {@link #FORBIDDEN}, the word {@code class}
     * ({@code ''['class']}), or a method called by a computed name ({@code x['get' + y]()}).
     */
    static Optional<String> forbidden(String expression) {
        for (String token : FORBIDDEN) {
            if (expression.contains(token)) {
                return Optional.of(token);
            }
        }
        if (expression.matches("(?s).*\\bclass\\b.*")) {
            return Optional.of("class");
        }
        if (expression.matches("(?s).*]\\s*\\(.*")) {
            return Optional.of("](");
        }
        return Optional.empty();
    }

    /**
     * The names an expression starts from: identifiers outside string literals that follow no dot and
     * call nothing ({@code dateTime()} is a function), keywords aside. Each is a variable or a bean.
     */
    static List<String> roots(String expression) {
        List<String> roots = new ArrayList<>();
        char quote = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < expression.length() && Character.isJavaIdentifierPart(expression.charAt(end))) {
                    end++;
                }
                String name = expression.substring(i, end);
                if (!afterDot(expression, i) && !next(expression, end, '(') && !KEYWORDS.contains(name)) {
                    roots.add(name);
                }
                i = end - 1;
            } else if (Character.isDigit(c)) {
                while (i + 1 < expression.length() && Character.isLetterOrDigit(expression.charAt(i + 1))) {
                    i++; // 1e5, 10L: not names
                }
            }
        }
        return roots;
    }

    private static boolean afterDot(String expression, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (!Character.isWhitespace(expression.charAt(i))) {
                return expression.charAt(i) == '.';
            }
        }
        return false;
    }

    private static boolean next(String expression, int from, char wanted) {
        for (int i = from; i < expression.length(); i++) {
            if (!Character.isWhitespace(expression.charAt(i))) {
                return expression.charAt(i) == wanted;
            }
        }
        return false;
    }
}
