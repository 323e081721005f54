package lu.adem.tremplin.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * Adem's regional agencies. Each is a Camunda group ({@code agency-<code>}) holding its counsellors;
 * an agency's tasks name that group as candidate group.
 */
public enum Agency {
    LUXEMBOURG("luxembourg", "Luxembourg"),
    ESCH_SUR_ALZETTE("esch-sur-alzette", "Esch-sur-Alzette"),
    DIEKIRCH("diekirch", "Diekirch"),
    DIFFERDANGE("differdange", "Differdange"),
    WASSERBILLIG("wasserbillig", "Wasserbillig"),
    WILTZ("wiltz", "Wiltz");

    /** Camunda group type of agency groups. */
    public static final String GROUP_TYPE = "agency";

    private static final String GROUP_PREFIX = "agency-";

    private final String code;
    private final String displayName;

    Agency(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    /** Short code carried in process variables, e.g. {@code luxembourg}. */
    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    /** Camunda group id of this agency's counsellors. */
    public String groupId() {
        return GROUP_PREFIX + code;
    }

    public static Optional<Agency> byCode(String code) {
        return Arrays.stream(values())
                .filter(agency -> agency.code.equals(code))
                .findFirst();
    }

    public static Optional<Agency> byGroupId(String groupId) {
        return groupId != null && groupId.startsWith(GROUP_PREFIX)
                ? byCode(groupId.substring(GROUP_PREFIX.length()))
                : Optional.empty();
    }
}
