package lu.adem.tremplin.shared.directory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The {@code ldap} profile: Camunda's identity service reads users and groups from Adem's directory
 * (docs/adr/0024). Camunda's Spring Boot starter hands every {@code ProcessEnginePlugin} bean to the engine.
 */
@Configuration(proxyBeanMethods = false)
@Profile("ldap")
class DirectorySignIn {

    @Bean
    DirectoryIdentityPlugin directoryIdentityPlugin(DirectorySettings settings) {
        require(settings.url(), "url");
        require(settings.baseDn(), "base-dn");
        DirectoryIdentityPlugin plugin =
                new DirectoryIdentityPlugin(new DirectoryGroups(settings.groups(), settings.groupIdAttribute()));
        plugin.setServerUrl(settings.url());
        plugin.setManagerDn(settings.managerDn());
        plugin.setManagerPassword(settings.managerPassword());
        plugin.setBaseDn(settings.baseDn());
        plugin.setUserSearchBase(settings.userSearchBase());
        plugin.setUserSearchFilter(settings.userSearchFilter());
        plugin.setUserIdAttribute(settings.userIdAttribute());
        plugin.setUserFirstnameAttribute(settings.userFirstnameAttribute());
        plugin.setUserLastnameAttribute(settings.userLastnameAttribute());
        plugin.setUserEmailAttribute(settings.userEmailAttribute());
        plugin.setGroupSearchBase(settings.groupSearchBase());
        plugin.setGroupSearchFilter(settings.groupSearchFilter());
        plugin.setGroupIdAttribute(settings.groupIdAttribute());
        plugin.setGroupNameAttribute(settings.groupNameAttribute());
        plugin.setGroupMemberAttribute(settings.groupMemberAttribute());
        plugin.setAuthorizationCheckEnabled(settings.authorizationCheck());
        plugin.setSortControlSupported(settings.sortControlSupported());
        plugin.setAcceptUntrustedCertificates(settings.acceptUntrustedCertificates());
        return plugin;
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The ldap profile needs tremplin.ldap." + name + " (TREMPLIN_LDAP_"
                    + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + ")");
        }
    }
}
