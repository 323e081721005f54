package lu.adem.tremplin.ownership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.EngineAsSystem;
import lu.adem.tremplin.shared.Roles;

/**
 * Counsellors' absences and who covers: a counsellor records their own, a supervisor anyone's. While an
 * absence runs, the {@link AssignmentRule} sends the absent counsellor's new tasks to the colleague; the
 * absent counsellor's open tasks are handed over in one action and handed back (those still open) on their
 * return. A counsellor sees the absences of their agencies, a supervisor all. Checked here, whatever the
 * screen; the engine's tasks then change on Tremplin's behalf.
 */
@Service
public class Absences {

    private static final Logger log = LoggerFactory.getLogger(Absences.class);

    private final AbsenceTable table;
    private final TaskService taskService;
    private final Counsellors counsellors;
    private final EngineAsSystem asSystem;
    private final Clock clock;

    Absences(
            AbsenceTable table,
            TaskService taskService,
            Counsellors counsellors,
            EngineAsSystem asSystem,
            Clock clock) {
        this.table = table;
        this.taskService = taskService;
        this.counsellors = counsellors;
        this.asSystem = asSystem;
        this.clock = clock;
    }

    /** An absence could not be recorded; {@link #reason()} is a translation key's last part. */
    public static class InvalidAbsence extends IllegalArgumentException {
        private final String reason;

        public InvalidAbsence(String reason) {
            super("Absence refused: " + reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Records an absence of {@code counsellor} (the user themself, unless a supervisor records it) covered by
     * {@code coveredBy}, a counsellor of the same agency.
     *
     * @throws InvalidAbsence {@code counsellor} (none chosen), {@code days} (last before first, or over already), {@code colleague} (not a
     *         counsellor of the same agency, or the same person), {@code overlap} (already absent then)
     */
    public Absence record(String counsellor, String coveredBy, LocalDate firstDay, LocalDate lastDay) {
        requireSelfOrSupervisor(counsellor);
        if (counsellor == null || counsellor.isBlank()) {
            throw new InvalidAbsence("counsellor");
        }
        if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay) || lastDay.isBefore(today())) {
            throw new InvalidAbsence("days");
        }
        Agency agency =
                counsellors.sharedAgency(counsellor, coveredBy).orElseThrow(() -> new InvalidAbsence("colleague"));
        if (table.overlaps(counsellor, firstDay, lastDay)) {
            throw new InvalidAbsence("overlap");
        }
        Absence absence = new Absence(0, counsellor, coveredBy, agency, firstDay, lastDay);
        long id = table.insert(absence, CurrentUser.require().userId(), LocalDateTime.now(clock));
        log.info(
                "Absence of {} from {} to {} covered by {}, recorded by {}",
                counsellor,
                firstDay,
                lastDay,
                coveredBy,
                CurrentUser.require().userId());
        return new Absence(id, counsellor, coveredBy, agency, firstDay, lastDay);
    }

    /** Current and coming absences the user may see: their agencies' (a counsellor), all (a supervisor). */
    public List<Absence> notOver() {
        CurrentUser user = CurrentUser.require();
        if (user.hasRole(Roles.SUPERVISOR)) {
            return table.notOverBy(today(), null);
        }
        if (user.hasRole(Roles.COUNSELLOR)) {
            return table.notOverBy(today(), user.agencies());
        }
        throw new AccessDeniedException("Absences are for counsellors and supervisors");
    }

    /** Absences running today, for the cockpit's team workload (supervisors and administrators, who open it). */
    public List<Absence> current() {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(Roles.SUPERVISOR) && !user.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("Only supervisors see every absence");
        }
        LocalDate today = today();
        return table.notOverBy(today, null).stream()
                .filter(a -> a.covers(today))
                .toList();
    }

    /** Who covers for the counsellor today, if they are absent: for the jobseeker file (no check: staff data). */
    public Optional<Absence> coverToday(String counsellor) {
        return counsellor == null ? Optional.empty() : table.on(counsellor, today());
    }

    /** Ends the absence today's eve (a coming one is removed): the counsellor is back. */
    public void end(long absenceId) {
        Absence absence = mine(absenceId);
        table.end(absence.id(), today().minusDays(1));
        log.info(
                "Absence {} of {} ended by {}",
                absenceId,
                absence.counsellor(),
                CurrentUser.require().userId());
    }

    /** The absent counsellor's open tasks of the absence's agency, which {@link #handOver} would move. */
    public int toHandOver(long absenceId) {
        Absence absence = mine(absenceId);
        return asSystem.call(() -> held(absence.counsellor(), absence.agency()).size());
    }

    /** The tasks the colleague holds for the counsellor, which {@link #handBack} would return. */
    public int toHandBack(long absenceId) {
        Absence absence = mine(absenceId);
        return asSystem.call(() -> coveredTasks(absence).size());
    }

    /** Moves the absent counsellor's open tasks to the covering colleague, who works them "covering for …". */
    public int handOver(long absenceId) {
        Absence absence = mine(absenceId);
        int moved = asSystem.call(() -> {
            List<Task> tasks = held(absence.counsellor(), absence.agency());
            for (Task task : tasks) {
                reassign(taskService, task, absence.coveredBy(), absence.counsellor());
            }
            return tasks.size();
        });
        log.info(
                "{} tasks of {} handed over to {} by {}",
                moved,
                absence.counsellor(),
                absence.coveredBy(),
                CurrentUser.require().userId());
        return moved;
    }

    /** Returns the tasks still open that the colleague holds for the counsellor. */
    public int handBack(long absenceId) {
        Absence absence = mine(absenceId);
        int moved = asSystem.call(() -> {
            List<Task> tasks = coveredTasks(absence);
            for (Task task : tasks) {
                reassign(taskService, task, absence.counsellor(), null);
            }
            return tasks.size();
        });
        log.info(
                "{} tasks handed back from {} to {} by {}",
                moved,
                absence.coveredBy(),
                absence.counsellor(),
                CurrentUser.require().userId());
        return moved;
    }

    /** Gives the task to {@code assignee}, worked for {@code owner} (null: their own), in one change. */
    static void reassign(TaskService taskService, Task task, String assignee, String owner) {
        task.setOwner(owner);
        task.setAssignee(assignee);
        taskService.saveTask(task);
    }

    private List<Task> held(String counsellor, Agency agency) {
        return taskService
                .createTaskQuery()
                .taskAssignee(counsellor)
                .taskCandidateGroup(agency.groupId())
                .includeAssignedTasks()
                .list();
    }

    private List<Task> coveredTasks(Absence absence) {
        return taskService
                .createTaskQuery()
                .taskOwner(absence.counsellor())
                .taskAssignee(absence.coveredBy())
                .list();
    }

    private Absence mine(long absenceId) {
        Absence absence = table.find(absenceId).orElseThrow(() -> new InvalidAbsence("gone"));
        requireSelfOrSupervisor(absence.counsellor());
        return absence;
    }

    static void requireSelfOrSupervisor(String counsellor) {
        CurrentUser user = CurrentUser.require();
        boolean self = user.hasRole(Roles.COUNSELLOR) && user.userId().equals(counsellor);
        if (!self && !user.hasRole(Roles.SUPERVISOR)) {
            throw new AccessDeniedException("Absences are recorded by the counsellor or a supervisor");
        }
    }
}
