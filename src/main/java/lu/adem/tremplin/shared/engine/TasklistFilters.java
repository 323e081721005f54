package lu.adem.tremplin.shared.engine;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives Camunda Tasklist one shared filter, "Open tasks", readable by counsellors and supervisors.
 * Its query is empty (stored queries may not hold expressions, see ADR 0003): the engine's
 * authorizations decide which tasks each user sees in it, so a counsellor sees their agency's.
 */
@Component
@Order(-4)
class TasklistFilters implements ApplicationRunner {

    static final String OPEN_TASKS = "Open tasks";
    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (filterService.createFilterQuery().filterName(OPEN_TASKS).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(OPEN_TASKS)
                .setQuery(taskService.createTaskQuery().active())
                .setProperties(Map.of(
                        "description", "Open tasks you may work on (your agency's)",
                        "priority", -10,
                        "refresh", true));
        filterService.saveFilter(filter);
        for (String group : new String[] { "counsellor", "supervisor" }) {
            Authorization read = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            read.setGroupId(group);
            read.setResource(Resources.FILTER);
            read.setResourceId(filter.getId());
            read.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(read);
        }
        log.info("Created Tasklist filter '{}'", OPEN_TASKS);
    }
}
