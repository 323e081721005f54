package lu.adem.tremplin.ownership;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.jobseeker.ReferentWork;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.EngineAsSystem;
import lu.adem.tremplin.shared.Roles;

/**
 * A jobseeker's open tasks follow a new referent counsellor when the user agrees: those waiting in the agency's
 * group or held by (or for) the former referent, of an agency the new referent works for; a task a colleague
 * took on is left with them. When the new referent is absent today, their covering colleague gets the task
 * "covering for" them, as for a new task.
 */
@Component
class ReferentTasks implements ReferentWork {

    private static final Logger log = LoggerFactory.getLogger(ReferentTasks.class);

    private final Jobseekers jobseekers;
    private final Counsellors counsellors;
    private final Absences absences;
    private final TaskService taskService;
    private final EngineAsSystem asSystem;

    ReferentTasks(
            Jobseekers jobseekers,
            Counsellors counsellors,
            Absences absences,
            TaskService taskService,
            EngineAsSystem asSystem) {
        this.jobseekers = jobseekers;
        this.counsellors = counsellors;
        this.absences = absences;
        this.taskService = taskService;
        this.asSystem = asSystem;
    }

    @Override
    public int movable(String registrationNumber, String formerReferent, String newReferent) {
        return tasks(registrationNumber, formerReferent, newReferent).size();
    }

    @Override
    public int move(String registrationNumber, String formerReferent, String newReferent) {
        List<Task> tasks = tasks(registrationNumber, formerReferent, newReferent);
        var cover = absences.coverToday(newReferent)
                .filter(absence -> counsellors.mayWork(absence.coveredBy(), absence.agency()));
        asSystem.run(() -> tasks.forEach(task -> {
            Absences.reassign(
                    taskService,
                    task,
                    cover.map(Absence::coveredBy).orElse(newReferent),
                    cover.isPresent() ? newReferent : null);
        }));
        log.info(
                "{} open tasks of {} moved to the new referent {} by {}",
                tasks.size(),
                registrationNumber,
                newReferent,
                CurrentUser.require().userId());
        return tasks.size();
    }

    private List<Task> tasks(String registrationNumber, String formerReferent, String newReferent) {
        CurrentUser user = CurrentUser.require();
        boolean mayEdit = user.hasRole(Roles.COUNSELLOR) || user.hasRole(Roles.SUPERVISOR) || user.hasRole(Roles.ADMIN);
        if (!mayEdit || jobseekers.find(registrationNumber).isEmpty()) {
            throw new AccessDeniedException("Jobseeker " + registrationNumber + " is not yours");
        }
        if (newReferent == null || newReferent.isBlank() || newReferent.equals(formerReferent)) {
            return List.of();
        }
        List<Task> tasks = new ArrayList<>();
        for (Agency agency : counsellors.agenciesOf(newReferent)) {
            if (!counsellors.mayWork(newReferent, agency)) {
                continue;
            }
            asSystem
                    .call(() -> taskService
                            .createTaskQuery()
                            .processInstanceBusinessKey(registrationNumber)
                            .taskCandidateGroup(agency.groupId())
                            .includeAssignedTasks()
                            .list())
                    .stream()
                    .filter(task -> task.getAssignee() == null
                            || Objects.equals(task.getAssignee(), formerReferent)
                            || Objects.equals(task.getOwner(), formerReferent))
                    .filter(task -> !newReferent.equals(task.getAssignee()))
                    .forEach(tasks::add);
        }
        return tasks;
    }
}
