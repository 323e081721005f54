package lu.adem.tremplin.shared.directory;

import java.util.Arrays;
import javax.naming.directory.SearchResult;

import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapGroupQuery;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;

/**
 * Camunda's LDAP session with group ids translated by {@link DirectoryGroups}: groups read from the directory
 * carry Tremplin's ids (so Camunda's authorizations, candidate groups and Tremplin's roles apply to them), and
 * the ids of a query are translated back before the directory is asked. Everything else is the plugin's own.
 */
class MappedDirectorySession extends LdapIdentityProviderSession {

    private final DirectoryGroups groups;

    MappedDirectorySession(LdapConfiguration configuration, DirectoryGroups groups) {
        super(configuration);
        this.groups = groups;
    }

    /** Also what the plugin's authorization check on a group sees: the Tremplin id the grants name. */
    @Override
    protected GroupEntity transformGroup(SearchResult result) {
        GroupEntity group = super.transformGroup(result);
        group.setId(groups.tremplinIdOf(group.getId()));
        return group;
    }

    /**
     * Group queries by id or ids: the plugin reads only these criteria to build its filter. User queries by group
     * ({@code memberOfGroup}) come here too: the plugin finds the group's DN with a group query.
     */
    @Override
    protected String getGroupSearchFilter(LdapGroupQuery query) {
        LdapGroupQuery translated = new LdapGroupQuery();
        if (query.getId() != null) {
            translated.groupId(groups.directoryIdOf(query.getId()));
        }
        if (query.getIds() != null) {
            translated.groupIdIn(
                    Arrays.stream(query.getIds()).map(groups::directoryIdOf).toArray(String[]::new));
        }
        if (query.getName() != null) {
            translated.groupName(query.getName());
        }
        if (query.getNameLike() != null) {
            translated.groupNameLike(query.getNameLike());
        }
        if (query.getUserId() != null) {
            translated.groupMember(query.getUserId());
        }
        return super.getGroupSearchFilter(translated);
    }
}
