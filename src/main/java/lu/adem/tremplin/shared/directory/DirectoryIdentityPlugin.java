package lu.adem.tremplin.shared.directory;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderFactory;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;

/**
 * Camunda's LDAP identity provider plugin, whose sessions translate group ids ({@link MappedDirectorySession}).
 * The plugin makes the engine's identity service read-only: users, groups and memberships live in the directory,
 * passwords are checked by a bind as the user. Authorizations stay in Camunda's database.
 */
class DirectoryIdentityPlugin extends LdapIdentityProviderPlugin {

    private final DirectoryGroups groups;

    DirectoryIdentityPlugin(DirectoryGroups groups) {
        this.groups = groups;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        super.preInit(configuration);
        LdapIdentityProviderFactory mapped = new LdapIdentityProviderFactory() {
            @Override
            public Session openSession() {
                return new MappedDirectorySession(ldapConfiguration, groups);
            }
        };
        mapped.setLdapConfiguration(this);
        configuration.setIdentityProviderSessionFactory(mapped);
    }
}
