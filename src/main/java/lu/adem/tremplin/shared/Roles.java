package lu.adem.tremplin.shared;

import java.util.Map;
import java.util.Optional;

/**
 * Tremplin's roles. Each comes from a Camunda group of the same purpose, so that the accounts of
 * Camunda's identity service work in Tremplin, Cockpit, Tasklist and Admin alike.
 *
 * <p>The constants are the role names used in {@code @RolesAllowed}; Spring Security holds them as
 * {@code ROLE_<name>} authorities.
 */
public final class Roles {

    public static final String COUNSELLOR = "COUNSELLOR";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String PROCESS_OWNER = "PROCESS_OWNER";
    public static final String ADMIN = "ADMIN";
    /** The data protection officer: the access log, subject access and anonymisation, nothing else. */
    public static final String DPO = "DPO";

    /** Camunda group id → role. */
    private static final Map<String, String> ROLE_BY_GROUP = Map.of(
            "counsellor", COUNSELLOR,
            "supervisor", SUPERVISOR,
            "process-owner", PROCESS_OWNER,
            "dpo", DPO,
            // Camunda's own administrators group: its members are engine administrators and
            // Camunda Admin never asks for an initial setup.
            "camunda-admin", ADMIN);

    /** Prefix of the authorities that carry a user's Camunda group ids. */
    public static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

    private Roles() {}

    /** The role a Camunda group grants, if it is one of Tremplin's role groups. */
    public static Optional<String> forGroup(String groupId) {
        return Optional.ofNullable(ROLE_BY_GROUP.get(groupId));
    }

    /** The Camunda group that grants a role. */
    public static String groupOf(String role) {
        return ROLE_BY_GROUP.entrySet().stream()
                .filter(entry -> entry.getValue().equals(role))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown role " + role));
    }
}
