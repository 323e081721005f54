package lu.adem.tremplin.shared.engine;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.Agency;

/**
 * Creates, when missing, the Camunda groups behind Tremplin's roles and agencies and the
 * authorizations each role needs in the engine and the webapps. Idempotent, and safe when several
 * nodes start together (a group another node just created is not an error). With a read-only identity
 * service (the {@code ldap} profile) the groups come from the directory: a missing one is logged, not created;
 * the authorizations, kept in Camunda's database, are made all the same.
 *
 * <p>What each role may do is the table {@link RoleGrants}; counsellors see and work tasks through
 * the authorizations Camunda creates for a task's candidate group (their agency), not through a
 * blanket grant.
 */
@Component
@Order(-10)
class RoleGroups implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RoleGroups.class);
    private static final String ANY = "*";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    RoleGroups(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    @Override
    public void run(ApplicationArguments args) {
        group("counsellor", "Counsellors", "role");
        group("supervisor", "Supervisors", "role");
        group("process-owner", "Process owners", "role");
        group("dpo", "Data protection officers", "role");
        group(Groups.CAMUNDA_ADMIN, "Administrators", Groups.GROUP_TYPE_SYSTEM);
        for (Agency agency : Agency.values()) {
            group(agency.groupId(), "Agency " + agency.displayName(), Agency.GROUP_TYPE);
        }

        for (Resources resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
        }
        for (String role : RoleGrants.ROLE_GROUPS) {
            keepToTable(role);
        }
    }

    /**
     * Makes a role group's blanket grants (on {@code *} or on an application) exactly those of
     * {@link RoleGrants}: missing ones are created, extra permissions taken away, unlisted ones removed
     * (a database of an earlier release gave counsellors Tasklist and process starts).
     */
    private void keepToTable(String groupId) {
        List<RoleGrants.Grant> wanted = RoleGrants.of(groupId);
        for (Authorization existing : authorizationService
                .createAuthorizationQuery()
                .groupIdIn(groupId)
                .listPage(0, 1000)) {
            boolean blanket = ANY.equals(existing.getResourceId())
                    || existing.getResourceType() == Resources.APPLICATION.resourceType();
            if (!blanket || existing.getAuthorizationType() != AUTH_TYPE_GRANT) {
                continue;
            }
            var listed = wanted.stream()
                    .filter(grant -> grant.resource().resourceType() == existing.getResourceType()
                            && grant.resourceId().equals(existing.getResourceId()))
                    .findFirst();
            try {
                if (listed.isEmpty()) {
                    authorizationService.deleteAuthorization(existing.getId());
                    log.info(
                            "Removed {}'s grant on {} {}",
                            groupId,
                            existing.getResourceType(),
                            existing.getResourceId());
                } else if (bits(existing) != bits(listed.get().permissions())) {
                    ((AuthorizationEntity) existing)
                            .setPermissions(bits(listed.get().permissions()));
                    authorizationService.saveAuthorization(existing);
                    log.info(
                            "Set {}'s grant on {} {} to {}",
                            groupId,
                            existing.getResourceType(),
                            existing.getResourceId(),
                            listed.get().permissions());
                }
            } catch (ProcessEngineException concurrent) {
                // another node starting at the same time made the same change
                log.debug(
                        "Grant {} of {} changed by another node: {}", existing.getId(), groupId, concurrent.toString());
            }
        }
        for (RoleGrants.Grant grant : wanted) {
            grant(
                    groupId,
                    grant.resource(),
                    grant.resourceId(),
                    grant.permissions().toArray(Permission[]::new));
        }
    }

    private static int bits(Authorization authorization) {
        return ((AuthorizationEntity) authorization).getPermissions();
    }

    private static int bits(List<Permission> permissions) {
        return permissions.stream().mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
    }

    private void group(String id, String name, String type) {
        if (identityService.isReadOnly()) {
            inDirectory(id);
            return;
        }
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        try {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
            log.info("Created group {}", id);
        } catch (ProcessEngineException e) {
            if (identityService.createGroupQuery().groupId(id).count() == 0) {
                throw e;
            }
            log.debug("Group {} was created by another node", id);
        }
    }

    /** Under a read-only identity service (the ldap profile) the directory holds the groups: says which lack. */
    private void inDirectory(String id) {
        try {
            if (identityService.createGroupQuery().groupId(id).count() == 0) {
                log.warn(
                        "Group {} is not in the directory: nobody has it until the directory holds it "
                                + "(or tremplin.ldap.groups.{} names the directory group that stands for it)",
                        id,
                        id);
            }
        } catch (ProcessEngineException unreachable) {
            // a directory down at start-up must not keep Tremplin down: the grants below need only the database
            log.warn("Could not look group {} up in the directory: {}", id, unreachable.toString());
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        List<Authorization> existing = authorizationService
                .createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .listPage(0, 1);
        if (!existing.isEmpty()) {
            // a permission added in a later release reaches databases created before it
            Authorization authorization = existing.get(0);
            if (authorization.getAuthorizationType() == AUTH_TYPE_GRANT
                    && java.util.Arrays.stream(permissions)
                            .anyMatch(permission -> !authorization.isPermissionGranted(permission))) {
                java.util.Arrays.stream(permissions).forEach(authorization::addPermission);
                authorizationService.saveAuthorization(authorization);
                log.info("Granted {} more on {} {}", groupId, resource.resourceName(), resourceId);
            }
            return;
        }
        try {
            Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
            for (Permission permission : permissions) {
                authorization.addPermission(permission);
            }
            authorizationService.saveAuthorization(authorization);
        } catch (ProcessEngineException e) {
            if (authorizationService
                            .createAuthorizationQuery()
                            .groupIdIn(groupId)
                            .resourceType(resource)
                            .resourceId(resourceId)
                            .count()
                    == 0) {
                throw e;
            }
            log.debug("Authorization for {} on {} was created by another node", groupId, resource.resourceName());
        }
    }
}
