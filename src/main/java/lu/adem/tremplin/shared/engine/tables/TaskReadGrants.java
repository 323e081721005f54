package lu.adem.tremplin.shared.engine.tables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which of a page's tasks an explicit grant lets a user read, in one indexed query over
 * {@code ACT_RU_AUTHORIZATION}, so that the engine's own check (whose authorization join is slow on many
 * grants, ADR 0009) runs only for the rows left unconfirmed.
 * <p>
 * It mirrors Camunda 7.24's authorization check for queries ({@code Authorization.xml}: the revoke test
 * {@code selectRevokeAuthorization}, then {@code authCheckJoin}). With revoke checks in their default
 * mode ("auto"), the engine first asks whether any revoke ({@code TYPE_ = 2}) names the user, everyone
 * ({@code '*'}) or one of the user's groups. If none does, precedence (user over group over global) cannot
 * change an answer, and a row is readable as soon as one grant or global authorization ({@code TYPE_} 0
 * or 1) of the user, of everyone or of one of the groups holds all of the permission's bits
 * ({@code PERMS_ & READ = READ}) on the resource. This class answers only that case, and only for grants
 * on the task's own id: a grant on {@code '*'} or READ_TASK on the process definition (which the engine
 * also accepts) leaves a row unconfirmed, and with a revoke in sight it confirms nothing. So every task it
 * confirms is one the engine would list for this user; the engine decides the rest.
 */
@Component
public class TaskReadGrants {

    private final JdbcClient jdbc;

    TaskReadGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The tasks among {@code taskIds} that an explicit grant lets the user read, or empty when a revoke for
     * this user, everyone or one of their groups exists anywhere (then only the engine can weigh grants
     * against revokes). A task missing from the answer is not refused, only not confirmed here.
     */
    public Optional<Set<String>> readable(String userId, List<String> groupIds, List<String> taskIds) {
        Map<String, Object> params = new HashMap<>();
        params.put("user", userId);
        params.put("groups", groupIds.isEmpty() ? List.of("") : groupIds);
        int revokes = jdbc.sql("select count(*) from ACT_RU_AUTHORIZATION where TYPE_ = 2"
                        + " and (USER_ID_ in (:user, '*') or GROUP_ID_ in (:groups))")
                .params(params)
                .query(Integer.class)
                .single();
        if (revokes > 0) {
            return Optional.empty();
        }
        if (taskIds.isEmpty()) {
            return Optional.of(Set.of());
        }
        params.put("ids", taskIds);
        params.put("task", Resources.TASK.resourceType());
        int read = Permissions.READ.getValue();
        return Optional.of(jdbc
                .sql(
                        "select RESOURCE_ID_, PERMS_ from ACT_RU_AUTHORIZATION where TYPE_ in (0, 1)"
                                + " and RESOURCE_TYPE_ = :task and RESOURCE_ID_ in (:ids) and (USER_ID_ in (:user, '*') or GROUP_ID_ in (:groups))")
                .params(params)
                .query((rs, row) -> (rs.getInt(2) & read) == read ? rs.getString(1) : null)
                .list()
                .stream()
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }
}
