package lu.adem.tremplin.cockpit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.EngineAsSystem;
import lu.adem.tremplin.shared.engine.tables.OpenWork;

/**
 * Open work per agency and counsellor, for supervisors deciding on hand-overs: how many tasks each
 * counsellor holds, how many of them are overdue, how old the oldest is; and per agency the
 * unassigned tasks waiting in its inbox. Two grouped queries over the open tasks ({@link OpenWork}, as
 * the inbox lists, ADR 0009), whatever the number of tasks; who belongs to which agency comes from
 * Camunda's identity service. Aggregates only: no jobseeker data.
 */
@Service
public class TeamWorkload {

    /**
     * One line: a counsellor's assigned tasks ({@code counsellor} set), or an agency's unassigned ones
     * ({@code counsellor} null). {@code agency} is null for a counsellor of no agency.
     */
    public record Line(Agency agency, String counsellor, int openTasks, int overdue, Duration oldest) {}

    private final OpenWork openWork;
    private final IdentityService identityService;
    private final EngineAsSystem asSystem;
    private final Clock clock;

    TeamWorkload(OpenWork openWork, IdentityService identityService, EngineAsSystem asSystem, Clock clock) {
        this.clock = clock;
        this.openWork = openWork;
        this.identityService = identityService;
        this.asSystem = asSystem;
    }

    /** Every agency's unassigned work and every counsellor's, by agency, then most open tasks first. */
    public List<Line> lines() {
        Supervisors.require();
        Instant now = clock.instant();
        Map<String, Agency> agencyOf = agencies();
        List<Line> lines = new ArrayList<>();
        for (OpenWork.Held held : openWork.byAssignee(now)) {
            lines.add(new Line(
                    agencyOf.get(held.holder()),
                    held.holder(),
                    held.open(),
                    held.overdue(),
                    age(held.oldestCreated(), now)));
        }
        for (OpenWork.Held held : openWork.unassignedByCandidateGroup(now)) {
            Agency.byGroupId(held.holder())
                    .ifPresent(agency -> lines.add(
                            new Line(agency, null, held.open(), held.overdue(), age(held.oldestCreated(), now))));
        }
        lines.sort(Comparator.comparing((Line line) ->
                        line.agency() == null ? "~" : line.agency().name())
                .thenComparing(line -> line.counsellor() != null)
                .thenComparing(Line::openTasks, Comparator.reverseOrder())
                .thenComparing(line -> line.counsellor() == null ? "" : line.counsellor()));
        return lines;
    }

    /**
     * Each counsellor's agency (the first, in {@link Agency}'s order, for one in several), from the
     * identity service, so that any identity provider (Camunda's tables, LDAP) answers. Read on
     * Tremplin's behalf: supervisors hold no READ on users, and only the agency is shown.
     */
    private Map<String, Agency> agencies() {
        return asSystem.call(() -> {
            Map<String, Agency> agencyOf = new HashMap<>();
            for (Agency agency : Agency.values()) {
                identityService
                        .createUserQuery()
                        .memberOfGroup(agency.groupId())
                        .unlimitedList()
                        .forEach(user -> agencyOf.putIfAbsent(user.getId(), agency));
            }
            return agencyOf;
        });
    }

    private static Duration age(Instant created, Instant now) {
        return created == null ? Duration.ZERO : Duration.between(created, now);
    }
}
