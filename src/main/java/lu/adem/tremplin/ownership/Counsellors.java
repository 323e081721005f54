package lu.adem.tremplin.ownership;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.EngineAsSystem;
import lu.adem.tremplin.shared.Roles;

/**
 * Counsellors as absences and hand-overs need them: who is a counsellor of which agency, from Camunda's identity
 * service (so that LDAP answers as well), read on Tremplin's behalf after the caller's role is checked.
 */
@Service
public class Counsellors {

    private final IdentityService identityService;
    private final EngineAsSystem asSystem;

    Counsellors(IdentityService identityService, EngineAsSystem asSystem) {
        this.identityService = identityService;
        this.asSystem = asSystem;
    }

    /** Counsellors the user may record an absence for: themself (a counsellor), every counsellor (a supervisor). */
    public List<String> absentees() {
        CurrentUser user = CurrentUser.require();
        if (user.hasRole(Roles.SUPERVISOR)) {
            return asSystem.call(() -> identityService
                    .createUserQuery()
                    .memberOfGroup(Roles.groupOf(Roles.COUNSELLOR))
                    .orderByUserId()
                    .asc()
                    .unlimitedList()
                    .stream()
                    .map(User::getId)
                    .toList());
        }
        Absences.requireSelfOrSupervisor(user.userId());
        return List.of(user.userId());
    }

    /** The colleagues who may cover for the counsellor: counsellors of one of their agencies. */
    public List<String> colleaguesOf(String counsellor) {
        Absences.requireSelfOrSupervisor(counsellor);
        return asSystem.call(() -> {
            List<String> colleagues = new ArrayList<>();
            for (Agency agency : agenciesOf(counsellor)) {
                identityService.createUserQuery().memberOfGroup(agency.groupId()).unlimitedList().stream()
                        .map(User::getId)
                        .filter(id -> !id.equals(counsellor) && !colleagues.contains(id) && isCounsellor(id))
                        .forEach(colleagues::add);
            }
            colleagues.sort(String::compareTo);
            return colleagues;
        });
    }

    /** The display name of a user (first and last name), or the id when unknown. */
    public String nameOf(String userId) {
        return asSystem.call(() -> {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            if (user == null) {
                return userId;
            }
            String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                            + (user.getLastName() == null ? "" : user.getLastName()))
                    .trim();
            return name.isEmpty() ? userId : name;
        });
    }

    Optional<Agency> sharedAgency(String counsellor, String colleague) {
        if (colleague == null || colleague.equals(counsellor)) {
            return Optional.empty();
        }
        return asSystem.call(() -> {
            if (!isCounsellor(counsellor) || !isCounsellor(colleague)) {
                return Optional.<Agency>empty();
            }
            List<Agency> theirs = agenciesOf(colleague);
            return agenciesOf(counsellor).stream().filter(theirs::contains).findFirst();
        });
    }

    /** Whether the user is a counsellor of the agency (may work its tasks). */
    boolean mayWork(String userId, Agency agency) {
        return userId != null
                && asSystem.call(
                        () -> isCounsellor(userId) && agenciesOf(userId).contains(agency));
    }

    List<Agency> agenciesOf(String userId) {
        return asSystem.call(() -> identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(group -> Agency.byGroupId(group.getId()))
                .flatMap(Optional::stream)
                .sorted()
                .toList());
    }

    private boolean isCounsellor(String userId) {
        return identityService
                        .createUserQuery()
                        .userId(userId)
                        .memberOfGroup(Roles.groupOf(Roles.COUNSELLOR))
                        .count()
                > 0;
    }
}
