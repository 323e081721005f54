package lu.adem.tremplin.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;

import lu.adem.tremplin.ownership.Absence;
import lu.adem.tremplin.ownership.TaskOwners;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.EngineClock;

/**
 * The real assignment rule ({@link TaskOwners}) on the plain engine of the process tests
 * ({@code camunda-unit.cfg.xml}): the jobseekers' referents and the absences, which the application reads from
 * its tables, come from what a test declares here. Counsellors are real users of the engine's identity service.
 * With nothing declared (the other process tests), no task is assigned: there is no counsellor to assign to.
 */
public class ProcessTestOwners extends TaskOwners {

    private static final Map<String, String> REFERENTS = new ConcurrentHashMap<>();
    private static final List<Absence> ABSENCES = new CopyOnWriteArrayList<>();

    public ProcessTestOwners() {
        super(
                jobseeker -> Optional.ofNullable(REFERENTS.get(jobseeker)),
                (user, day) -> ABSENCES.stream()
                        .filter(absence -> absence.counsellor().equals(user) && absence.covers(day))
                        .map(Absence::coveredBy)
                        .findFirst(),
                new EngineClock());
    }

    /** The jobseeker's referent counsellor. */
    public static void referent(String jobseeker, String counsellor) {
        REFERENTS.put(jobseeker, counsellor);
    }

    /** The counsellor is absent these days (inclusive), covered by the colleague. */
    public static void absent(String counsellor, String colleague, LocalDate firstDay, LocalDate lastDay) {
        ABSENCES.add(new Absence(ABSENCES.size() + 1, counsellor, colleague, null, firstDay, lastDay));
    }

    /** A counsellor of the agency in the engine's identity service. */
    public static String counsellor(ProcessEngine engine, String userId, Agency agency) {
        IdentityService identity = engine.getIdentityService();
        for (String group : List.of("counsellor", agency.groupId())) {
            if (identity.createGroupQuery().groupId(group).count() == 0) {
                Group created = identity.newGroup(group);
                identity.saveGroup(created);
            }
        }
        identity.saveUser(identity.newUser(userId));
        identity.createMembership(userId, "counsellor");
        identity.createMembership(userId, agency.groupId());
        return userId;
    }

    /** Forgets what the test declared and removes its counsellors. */
    public static void reset(ProcessEngine engine) {
        REFERENTS.clear();
        ABSENCES.clear();
        IdentityService identity = engine.getIdentityService();
        identity.clearAuthentication();
        identity.createUserQuery().list().forEach(user -> identity.deleteUser(user.getId()));
    }
}
