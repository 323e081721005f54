package lu.adem.tremplin.shared.directory;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tremplin.ldap.*}: where Adem's directory is and how its users and groups look (application-ldap.yaml
 * gives each a {@code TREMPLIN_LDAP_*} variable; README "Directory sign-in (LDAP)"). The attribute names and
 * filters are those of Camunda's LDAP plugin; {@code groups} maps Tremplin's groups to directory groups
 * ({@link DirectoryGroups}).
 */
@ConfigurationProperties("tremplin.ldap")
record DirectorySettings(
        String url,
        String managerDn,
        String managerPassword,
        String baseDn,
        @DefaultValue("") String userSearchBase,
        @DefaultValue("(objectClass=inetOrgPerson)") String userSearchFilter,
        @DefaultValue("uid") String userIdAttribute,
        @DefaultValue("givenName") String userFirstnameAttribute,
        @DefaultValue("sn") String userLastnameAttribute,
        @DefaultValue("mail") String userEmailAttribute,
        @DefaultValue("") String groupSearchBase,
        @DefaultValue("(objectClass=groupOfNames)") String groupSearchFilter,
        @DefaultValue("cn") String groupIdAttribute,
        @DefaultValue("cn") String groupNameAttribute,
        @DefaultValue("member") String groupMemberAttribute,
        @DefaultValue("true") boolean authorizationCheck,
        @DefaultValue("false") boolean sortControlSupported,
        @DefaultValue("false") boolean acceptUntrustedCertificates,
        Map<String, String> groups) {

    DirectorySettings {
        groups = groups == null ? Map.of() : Map.copyOf(groups);
    }
}
