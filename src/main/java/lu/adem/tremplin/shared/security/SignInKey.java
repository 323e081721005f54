package lu.adem.tremplin.shared.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What one sign-in attempt is counted against: an account, a client address, or both. */
record SignInKey(SignInLock.Kind kind, String subject) {

    static final int MAX_SUBJECT = 255;

    /** The account's and the address's keys, the account first (the order rows are locked in). */
    static List<SignInKey> of(String userId, String clientAddress) {
        List<SignInKey> keys = new ArrayList<>(2);
        if (userId != null && !userId.isBlank()) {
            keys.add(account(userId));
        }
        if (clientAddress != null && !clientAddress.isBlank()) {
            keys.add(address(clientAddress));
        }
        return keys;
    }

    /**
     * In lower case: user ids differ only by case on no database Tremplin supports, and an identity
     * provider that ignores case must not give each spelling its own free attempts.
     */
    static SignInKey account(String userId) {
        return new SignInKey(SignInLock.Kind.ACCOUNT, shortened(userId.trim().toLowerCase(Locale.ROOT)));
    }

    /** An IPv6 client counts by its /64 network: one subscriber usually holds a whole /64. */
    static SignInKey address(String clientAddress) {
        String address = clientAddress.trim().toLowerCase(Locale.ROOT);
        if (address.indexOf(':') >= 0 && address.matches("[0-9a-z:.%\\[\\]]+")) {
            address = ipv6Network(address);
        }
        return new SignInKey(SignInLock.Kind.ADDRESS, shortened(address));
    }

    private static String ipv6Network(String literal) {
        try {
            // A literal with a colon is parsed as an IPv6 address, never looked up in DNS.
            InetAddress parsed = InetAddress.getByName(literal);
            if (parsed instanceof Inet6Address) {
                byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
                Arrays.fill(network, 8, 16, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return literal;
        }
    }

    private static String shortened(String subject) {
        return subject.length() <= MAX_SUBJECT ? subject : subject.substring(0, MAX_SUBJECT);
    }
}
