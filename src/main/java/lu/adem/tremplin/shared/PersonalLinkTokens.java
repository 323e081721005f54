package lu.adem.tremplin.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The tokens of the jobseekers' personal links (self-assessment, course choice, satisfaction survey): 256 random
 * bits, URL-safe, sent to the jobseeker and never stored — the tables keep their SHA-256 hash only, so a copy of
 * the database opens no link.
 */
public final class PersonalLinkTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Longer than any token this class makes: a longer one is not looked up. */
    private static final int MAX_LENGTH = 100;

    private PersonalLinkTokens() {}

    /** A new token. */
    public static String create() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** What the tables store of a token. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** False for what cannot be a token (empty, too long), which is then not even looked up. */
    public static boolean plausible(String token) {
        return token != null && !token.isBlank() && token.length() <= MAX_LENGTH;
    }
}
