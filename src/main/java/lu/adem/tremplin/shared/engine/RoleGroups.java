package lu.adem.tremplin.shared.engine;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.Roles;

/**
 * Creates, when missing, the Camunda groups behind Tremplin's roles and agencies and the
 * authorizations each role needs in the engine and the webapps. Idempotent, and safe when several
 * nodes start together (a group another node just created is not an error).
 *
 * <p>Counsellors see tasks through the authorizations Camunda creates for a task's candidate group
 * (their agency), not through a blanket grant.
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
        group(Groups.CAMUNDA_ADMIN, "Administrators", Groups.GROUP_TYPE_SYSTEM);
        for (Agency agency : Agency.values()) {
            group(agency.groupId(), "Agency " + agency.displayName(), Agency.GROUP_TYPE);
        }

        for (Resources resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
        }
        grant("counsellor", Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant("counsellor", Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.CREATE_INSTANCE);
        grant("counsellor", Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);

        grant("supervisor", Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant("supervisor", Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, Permissions.READ_TASK);
        grant("supervisor", Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        // supervisors hand overdue work over to a colleague from the cockpit
        grant("supervisor", Resources.TASK, ANY, Permissions.READ, org.camunda.bpm.engine.authorization.TaskPermissions.TASK_ASSIGN);
        grant("supervisor", Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant("supervisor", Resources.DEPLOYMENT, ANY, Permissions.READ);

        grant("process-owner", Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant("process-owner", Resources.DEPLOYMENT, ANY, Permissions.ALL);
        grant("process-owner", Resources.PROCESS_DEFINITION, ANY, Permissions.ALL);
        grant("process-owner", Resources.DECISION_DEFINITION, ANY, Permissions.ALL);
        grant("process-owner", Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.ALL);
        grant("process-owner", Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    }

    private void group(String id, String name, String type) {
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

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        List<Authorization> existing = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).listPage(0, 1);
        if (!existing.isEmpty()) {
            // a permission added in a later release reaches databases created before it
            Authorization authorization = existing.get(0);
            if (authorization.getAuthorizationType() == AUTH_TYPE_GRANT && java.util.Arrays.stream(permissions)
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
            if (authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
                    .resourceId(resourceId).count() == 0) {
                throw e;
            }
            log.debug("Authorization for {} on {} was created by another node", groupId, resource.resourceName());
        }
    }
}
