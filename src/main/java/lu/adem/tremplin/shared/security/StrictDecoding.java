package lu.adem.tremplin.shared.security;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Percent-decoding that refuses what it cannot decode exactly: a {@code %} not followed by two hex
 * digits is a {@link MalformedEscape}, never passed on undecoded. Camunda's REST layer decodes such
 * input leniently ({@code %24%7Bx%7D%ZZ} reaches the engine as {@code ${x}%ZZ}), so a guard that
 * checks the undecoded text would see something else than the engine.
 */
final class StrictDecoding {

    /** A {@code %} escape that is not two hex digits. */
    static final class MalformedEscape extends IllegalArgumentException {
        MalformedEscape(String where) {
            super("Malformed percent-escape in " + where);
        }
    }

    private StrictDecoding() {}

    /**
     * The decoded name and value of each pair of a query string or form body ({@code +} is a space).
     *
     * @throws MalformedEscape on a {@code %} not followed by two hex digits
     */
    static List<String[]> pairs(String encoded) {
        List<String[]> pairs = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return pairs;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            pairs.add(new String[] {decode(name, true), decode(value, true)});
        }
        return pairs;
    }

    /**
     * Decodes UTF-8 percent-escapes; {@code plusIsSpace} for query strings and forms, not for paths.
     *
     * @throws MalformedEscape on a {@code %} not followed by two hex digits
     */
    static String decode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0 && (!plusIsSpace || text.indexOf('+') < 0)) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || hex(text.charAt(i + 1)) < 0 || hex(text.charAt(i + 2)) < 0) {
                    throw new MalformedEscape("'" + text + "'");
                }
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
