package lu.adem.tremplin.shared.engine;

import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.BATCH;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.List;

import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.TaskPermissions;

/**
 * What each of Tremplin's role groups may do in the Camunda engine, and why: the least each role needs
 * (docs/adr/0012, README "Roles in the engine"). {@link RoleGroups} makes the database match this table
 * at every start: a blanket grant (on {@code *} or on an application) of a role group that is not listed
 * here is removed, and a listed one gets exactly these permissions.
 *
 * <p>Counsellors have no blanket grant at all: each task grants its candidate group (the agency)
 * {@code READ} and {@code TASK_WORK} (claim, complete) when it is created; everything else they do —
 * proposing the programme, dates, hand-over — Tremplin's services do on their behalf after checking.
 * Data protection officers ({@code dpo}) have no grant in the engine either: the access log, the subject
 * access file and anonymisation are Tremplin's screens, which read and change the engine as the system
 * after checking the role. Administrators ({@code camunda-admin}) hold every permission on every resource.
 */
final class RoleGrants {

    /** One blanket grant: a role group's permissions on every resource of a type (or on an application). */
    record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions, String why) {}

    static final String ANY = "*";

    static final List<Grant> GRANTS = List.of(
            new Grant(
                    "supervisor",
                    APPLICATION,
                    "cockpit",
                    List.of(Permissions.ACCESS),
                    "Camunda Cockpit to look into cases, read-only"),
            new Grant(
                    "supervisor",
                    PROCESS_DEFINITION,
                    ANY,
                    List.of(
                            ProcessDefinitionPermissions.READ,
                            ProcessDefinitionPermissions.READ_INSTANCE,
                            ProcessDefinitionPermissions.READ_HISTORY,
                            ProcessDefinitionPermissions.READ_TASK),
                    "the cockpit's and the pilot review's figures across every agency"),
            new Grant("supervisor", PROCESS_INSTANCE, ANY, List.of(Permissions.READ), "cases across every agency"),
            new Grant(
                    "supervisor",
                    TASK,
                    ANY,
                    List.of(TaskPermissions.READ, TaskPermissions.TASK_ASSIGN),
                    "overdue work across agencies, handed over to a colleague"),
            new Grant(
                    "supervisor",
                    DECISION_DEFINITION,
                    ANY,
                    List.of(Permissions.READ),
                    "the route decision's versions; not its history, whose inputs are a jobseeker's scores"),
            new Grant("supervisor", DEPLOYMENT, ANY, List.of(Permissions.READ), "the diagrams in Cockpit"),
            new Grant(
                    "process-owner",
                    APPLICATION,
                    "cockpit",
                    List.of(Permissions.ACCESS),
                    "Camunda Cockpit to see how a version runs, read-only"),
            new Grant(
                    "process-owner",
                    DEPLOYMENT,
                    ANY,
                    List.of(Permissions.CREATE, Permissions.READ),
                    "deploy new versions (workbench, Camunda Modeler), read every version; never delete one"),
            new Grant(
                    "process-owner",
                    PROCESS_DEFINITION,
                    ANY,
                    List.of(
                            ProcessDefinitionPermissions.READ,
                            ProcessDefinitionPermissions.READ_INSTANCE,
                            ProcessDefinitionPermissions.READ_HISTORY,
                            ProcessDefinitionPermissions.MIGRATE_INSTANCE),
                    "versions, their running cases and history; move running cases to another version (the"
                            + " workbench's move, issue 19); no starting, changing or deleting cases"),
            new Grant(
                    "process-owner",
                    BATCH,
                    ANY,
                    List.of(BatchPermissions.READ, BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES),
                    "start a migration batch and follow its progress; no other kind of batch, no deleting one"),
            new Grant(
                    "process-owner",
                    PROCESS_INSTANCE,
                    ANY,
                    List.of(Permissions.READ),
                    "the running cases a new version affects"),
            new Grant(
                    "process-owner",
                    DECISION_DEFINITION,
                    ANY,
                    List.of(Permissions.READ),
                    "decision versions; not their history, whose inputs are a jobseeker's scores"),
            new Grant(
                    "process-owner",
                    DECISION_REQUIREMENTS_DEFINITION,
                    ANY,
                    List.of(Permissions.READ),
                    "decision requirements diagrams"));

    /** The role groups whose blanket grants {@link RoleGroups} keeps to {@link #GRANTS}. */
    static final List<String> ROLE_GROUPS = List.of("counsellor", "supervisor", "process-owner", "dpo");

    private RoleGrants() {}

    /** The grants of one role group. */
    static List<Grant> of(String groupId) {
        return GRANTS.stream().filter(grant -> grant.groupId().equals(groupId)).toList();
    }
}
