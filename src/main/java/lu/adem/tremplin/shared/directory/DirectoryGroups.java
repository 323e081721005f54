package lu.adem.tremplin.shared.directory;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

import org.camunda.bpm.engine.authorization.Groups;

import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.Roles;

/**
 * Which directory group stands for each of Tremplin's groups ({@code tremplin.ldap.groups.<tremplin id>}), and
 * back. A Tremplin group without an entry is the directory group of the same id. A value is either the directory
 * group's id (the value of {@code group-id-attribute}, e.g. its {@code cn}) or its full DN, whose first
 * component must then be that attribute.
 *
 * <p>A directory group that happens to carry the id of a Tremplin group mapped elsewhere must not grant that
 * group: it is shown under the prefix {@code directory:} instead, so that only the configured directory group
 * makes someone a counsellor.
 */
final class DirectoryGroups {

    /** Prefix of directory groups whose own id is that of a Tremplin group mapped to another directory group. */
    static final String SHADOWED = "directory:";

    private final Map<String, String> directoryIdByTremplinId = new HashMap<>();
    private final Map<String, String> tremplinIdByDirectoryId = new HashMap<>();

    DirectoryGroups(Map<String, String> mapping, String groupIdAttribute) {
        Set<String> tremplinGroups = tremplinGroups();
        for (Map.Entry<String, String> entry : mapping.entrySet()) {
            String tremplinId = entry.getKey();
            if (!tremplinGroups.contains(tremplinId)) {
                throw new IllegalStateException(
                        "tremplin.ldap.groups." + tremplinId + ": not a Tremplin group; known: " + tremplinGroups);
            }
            if (entry.getValue() == null || entry.getValue().isBlank()) {
                continue;
            }
            String directoryId = directoryId(tremplinId, entry.getValue().trim(), groupIdAttribute);
            String taken = tremplinIdByDirectoryId.putIfAbsent(directoryId.toLowerCase(Locale.ROOT), tremplinId);
            if (taken != null) {
                throw new IllegalStateException("tremplin.ldap.groups: " + taken + " and " + tremplinId
                        + " both name the directory group " + directoryId);
            }
            directoryIdByTremplinId.put(tremplinId, directoryId);
        }
    }

    /** Every group Tremplin relies on: its role groups and its agencies. */
    static Set<String> tremplinGroups() {
        Set<String> groups = new LinkedHashSet<>();
        for (String role : new String[] {Roles.COUNSELLOR, Roles.SUPERVISOR, Roles.PROCESS_OWNER, Roles.DPO}) {
            groups.add(Roles.groupOf(role));
        }
        groups.add(Groups.CAMUNDA_ADMIN);
        for (Agency agency : Agency.values()) {
            groups.add(agency.groupId());
        }
        return groups;
    }

    /** The id to ask the directory for, given the id Tremplin and Camunda use. */
    String directoryIdOf(String tremplinId) {
        if (tremplinId == null) {
            return null;
        }
        if (tremplinId.startsWith(SHADOWED)) {
            return tremplinId.substring(SHADOWED.length());
        }
        return directoryIdByTremplinId.getOrDefault(tremplinId, tremplinId);
    }

    /** The id Tremplin and Camunda see for a group the directory returned. */
    String tremplinIdOf(String directoryId) {
        if (directoryId == null) {
            return null;
        }
        String mapped = tremplinIdByDirectoryId.get(directoryId.toLowerCase(Locale.ROOT));
        if (mapped != null) {
            return mapped;
        }
        return directoryIdByTremplinId.containsKey(directoryId) ? SHADOWED + directoryId : directoryId;
    }

    private static String directoryId(String tremplinId, String value, String groupIdAttribute) {
        if (!value.contains("=")) {
            return value;
        }
        try {
            LdapName dn = new LdapName(value);
            Rdn first = dn.getRdn(dn.size() - 1);
            if (!first.getType().equalsIgnoreCase(groupIdAttribute)) {
                throw new IllegalStateException("tremplin.ldap.groups." + tremplinId + ": the DN " + value
                        + " must start with " + groupIdAttribute + "= (tremplin.ldap.group-id-attribute)");
            }
            return first.getValue().toString();
        } catch (InvalidNameException e) {
            throw new IllegalStateException("tremplin.ldap.groups." + tremplinId + ": not a DN: " + value, e);
        }
    }
}
