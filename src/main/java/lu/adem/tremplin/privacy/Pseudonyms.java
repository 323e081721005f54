package lu.adem.tremplin.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The stable pseudonym of a registration number: "X" and 11 base32 characters of its HMAC-SHA256 under a
 * secret key ({@code tremplin.privacy.pseudonym-key}, from the environment in production). The same
 * jobseeker always gets the same pseudonym, so figures that count jobseekers stay the same; without the key
 * nobody can tell whose it is.
 */
@Component
class Pseudonyms {

    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    static final int LENGTH = 12;

    private final byte[] key;

    Pseudonyms(@Value("${tremplin.privacy.pseudonym-key:}") String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    String of(String registrationNumber) {
        if (key.length < 16) {
            // checked here, not at start: a node that never anonymises needs no key
            throw new IllegalStateException(
                    "Set TREMPLIN_PSEUDONYM_KEY (tremplin.privacy.pseudonym-key) to a secret of 16 characters or more");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] hash = mac.doFinal(registrationNumber.getBytes(StandardCharsets.UTF_8));
            StringBuilder pseudonym = new StringBuilder("X");
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits = (bits << 8) | (hash[i] & 0xff);
            }
            for (int i = 0; i < LENGTH - 1; i++) {
                pseudonym.append(BASE32[(int) ((bits >>> (59 - 5 * i)) & 31)]);
            }
            return pseudonym.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
