package lu.adem.tremplin.shared.logging;

import java.util.regex.Pattern;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * The last guard of structured logs: every text a JSON log line carries (the message, an error's message
 * and stack trace) has e-mail addresses and telephone numbers replaced by a placeholder. Tremplin's own
 * lines name a jobseeker by registration number only, but a mail server's refusal or a partner's error
 * answer may quote an address. Names cannot be told from other words: code must not log them
 * ({@code StructuredLogsIntegrationTests} runs a case with a recognisable name and looks).
 * Set by {@code logging.structured.json.customizer}; Boot creates it before the application context.
 */
public class NoContactDetailsInLogs implements StructuredLoggingJsonMembersCustomizer<Object> {

    static final String EMAIL_PLACEHOLDER = "[e-mail]";
    static final String PHONE_PLACEHOLDER = "[phone]";

    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    // an international or Luxembourg-style number: + or 00 and 8+ digits, or 6+ digits in groups; never a year,
    // a port or an id without separators (case ids are UUIDs, registration numbers letters and digits)
    private static final Pattern PHONE = Pattern.compile("(?<![\\w-])(\\+|00)\\d[\\d ./-]{6,}\\d(?![\\w-])");

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, NoContactDetailsInLogs::mask));
    }

    static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text.indexOf('@') < 0 ? text : EMAIL.matcher(text).replaceAll(EMAIL_PLACEHOLDER);
        return PHONE.matcher(masked).replaceAll(PHONE_PLACEHOLDER);
    }
}
