package lu.adem.tremplin.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The part of FEEL that form conditions use: {@code =name = "VALUE"}, {@code !=}, numbers, booleans,
 * {@code null}, {@code and}, {@code or}, {@code not(…)} and parentheses. Anything else is refused
 * (IllegalArgumentException), so a form never silently shows a field that should be hidden.
 */
public final class FeelCondition {

    private final List<String> tokens;
    private final Map<String, ?> values;
    private int position;

    private FeelCondition(String expression, Map<String, ?> values) {
        this.tokens = tokenize(expression.startsWith("=") ? expression.substring(1) : expression);
        this.values = values;
    }

    public static boolean holds(String expression, Map<String, ?> values) {
        FeelCondition condition = new FeelCondition(expression, values);
        boolean result = truthy(condition.or());
        if (condition.position != condition.tokens.size()) {
            throw new IllegalArgumentException("Unsupported condition: " + expression);
        }
        return result;
    }

    private Object or() {
        Object left = and();
        while (accept("or")) {
            boolean right = truthy(and());
            left = truthy(left) || right;
        }
        return left;
    }

    private Object and() {
        Object left = comparison();
        while (accept("and")) {
            boolean right = truthy(comparison());
            left = truthy(left) && right;
        }
        return left;
    }

    private Object comparison() {
        Object left = operand();
        if (accept("=")) {
            return same(left, operand());
        }
        if (accept("!=")) {
            return !same(left, operand());
        }
        return left;
    }

    private Object operand() {
        String token = next();
        if (token.equals("(")) {
            Object inner = or();
            expect(")");
            return inner;
        }
        if (token.equals("not")) {
            expect("(");
            Object inner = or();
            expect(")");
            return !truthy(inner);
        }
        if (token.startsWith("\"")) {
            return token.substring(1, token.length() - 1);
        }
        if (token.equals("true") || token.equals("false")) {
            return Boolean.parseBoolean(token);
        }
        if (token.equals("null")) {
            return null;
        }
        if (token.matches("-?\\d+(\\.\\d+)?")) {
            return Double.valueOf(token);
        }
        if (token.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return values.get(token);
        }
        throw new IllegalArgumentException("Unsupported token in condition: " + token);
    }

    private static boolean same(Object left, Object right) {
        if (left instanceof Number a && right instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return Objects.equals(left == null ? null : String.valueOf(left), right == null ? null : String.valueOf(right));
    }

    private static boolean truthy(Object value) {
        return Boolean.TRUE.equals(value);
    }

    private boolean accept(String token) {
        if (position < tokens.size() && tokens.get(position).equals(token)) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw new IllegalArgumentException("Expected " + token + " in condition");
        }
    }

    private String next() {
        if (position >= tokens.size()) {
            throw new IllegalArgumentException("Condition ends too early");
        }
        return tokens.get(position++);
    }

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unclosed string in condition");
                }
                tokens.add(text.substring(i, end + 1));
                i = end + 1;
            } else if (c == '!' && i + 1 < text.length() && text.charAt(i + 1) == '=') {
                tokens.add("!=");
                i += 2;
            } else if (c == '=' || c == '(' || c == ')') {
                tokens.add(String.valueOf(c));
                i++;
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && "=!()\"".indexOf(text.charAt(i)) < 0) {
                    i++;
                }
                tokens.add(text.substring(start, i));
            }
        }
        return tokens;
    }
}
