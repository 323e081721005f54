package lu.adem.tremplin.inbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.CurrentUser;

/**
 * The inbox lists as SQL over Camunda's runtime tables ({@code ACT_RU_TASK}, its candidate links and
 * its process instance's business key): the ids of one page, top-N sorted, and the count.
 * <p>
 * Camunda's own task query selects {@code DISTINCT RES.*} and joins the authorization table on
 * {@code RESOURCE_ID_ IN (task, definition, '*')}: at 100,000 open tasks that is 0.3 s for a page and
 * tens of seconds for a count on PostgreSQL (docs/benchmarks.md, ADR 0009). These queries select only
 * ids, with the same filters the engine's query would apply; {@link Inbox} then reads the page's
 * tasks through the engine, with its authorization check. Only ids and values bound as parameters
 * reach the SQL; nothing the user types is concatenated into it.
 */
@Component
class TaskListSql {

    private final JdbcClient jdbc;

    TaskListSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param businessKeyLike a LIKE pattern for the jobseeker's registration number, or null
     * @param businessKeys registration numbers the case must have one of, or null for any
     */
    record Filter(Inbox.TaskList list, CurrentUser user, String businessKeyLike, List<String> businessKeys, Instant now,
            LocalDate today) {
    }

    int count(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String from = from(filter, params, false);
        return jdbc.sql("select count(*) " + from).params(params).query(Integer.class).single();
    }

    List<String> pageIds(Filter filter, Inbox.Sort sort, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String from = from(filter, params, sort == Inbox.Sort.JOBSEEKER);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("select t.ID_ " + from + " order by " + order(sort) + " limit :limit offset :offset").params(params)
                .query(String.class).list();
    }

    /**
     * The tasks among these that an explicit grant lets the user read (READ on the task, to the user,
     * one of their groups or everyone), or null when a revoke for this user or their groups exists
     * anywhere: then only the engine can weigh grants against revokes. A task missing from the answer
     * is not refused, only not confirmed here ({@link Inbox} asks the engine about it).
     */
    java.util.Set<String> readableByGrant(CurrentUser user, List<String> taskIds) {
        Map<String, Object> params = new HashMap<>();
        params.put("user", user.userId());
        params.put("groups", user.groupIds().isEmpty() ? List.of("") : user.groupIds());
        int revokes = jdbc.sql("select count(*) from ACT_RU_AUTHORIZATION where TYPE_ = 2"
                + " and (USER_ID_ in (:user, '*') or GROUP_ID_ in (:groups))").params(params).query(Integer.class).single();
        if (revokes > 0) {
            return null;
        }
        params.put("ids", taskIds);
        params.put("task", org.camunda.bpm.engine.authorization.Resources.TASK.resourceType());
        int read = org.camunda.bpm.engine.authorization.Permissions.READ.getValue();
        return new java.util.HashSet<>(jdbc.sql("select RESOURCE_ID_, PERMS_ from ACT_RU_AUTHORIZATION where TYPE_ in (0, 1)"
                + " and RESOURCE_TYPE_ = :task and RESOURCE_ID_ in (:ids) and (USER_ID_ in (:user, '*') or GROUP_ID_ in (:groups))")
                .params(params).query((rs, row) -> (rs.getInt(2) & read) == read ? rs.getString(1) : null).list().stream()
                .filter(java.util.Objects::nonNull).toList());
    }

    private static String order(Inbox.Sort sort) {
        return switch (sort == null ? Inbox.Sort.DUE : sort) {
            case DUE -> "t.DUE_DATE_ asc nulls last, t.CREATE_TIME_ asc, t.ID_";
            case CREATED -> "t.CREATE_TIME_ desc, t.ID_";
            case JOBSEEKER -> "pi.BUSINESS_KEY_ asc nulls last, t.CREATE_TIME_ asc, t.ID_";
            case TASK -> "t.NAME_ asc, t.CREATE_TIME_ asc, t.ID_";
        };
    }

    private static String from(Filter filter, Map<String, Object> params, boolean businessKeySort) {
        boolean byCase = businessKeySort || filter.businessKeyLike() != null || filter.businessKeys() != null;
        StringBuilder sql = new StringBuilder("from ACT_RU_TASK t");
        if (byCase) {
            sql.append(" left join ACT_RU_EXECUTION pi on pi.ID_ = t.PROC_INST_ID_");
        }
        sql.append(" where t.SUSPENSION_STATE_ = 1 and ").append(list(filter, params));
        if (filter.businessKeyLike() != null) {
            sql.append(" and pi.BUSINESS_KEY_ like :keyLike");
            params.put("keyLike", filter.businessKeyLike());
        }
        if (filter.businessKeys() != null) {
            sql.append(" and pi.BUSINESS_KEY_ in (:keys)");
            params.put("keys", filter.businessKeys());
        }
        return sql.toString();
    }

    /** The list's condition; candidate tasks are unassigned ones, as in Camunda's candidate queries. */
    private static String list(Filter filter, Map<String, Object> params) {
        params.put("user", filter.user().userId());
        params.put("now", Timestamp.from(filter.now()));
        boolean hasGroups = !filter.user().groupIds().isEmpty();
        if (hasGroups) {
            params.put("groups", filter.user().groupIds());
        }
        String candidate = hasGroups ? "(t.ASSIGNEE_ is null and exists (select 1 from ACT_RU_IDENTITYLINK l"
                + " where l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' and l.GROUP_ID_ in (:groups)))" : "1 = 0";
        String mineOrCandidate = "(t.ASSIGNEE_ = :user or " + candidate + ")";
        String notPutOff = "(t.FOLLOW_UP_DATE_ is null or t.FOLLOW_UP_DATE_ < :now)";
        return switch (filter.list()) {
            case MINE -> "t.ASSIGNEE_ = :user and " + notPutOff;
            case AGENCY -> candidate + " and " + notPutOff;
            case OVERDUE -> mineOrCandidate + " and t.DUE_DATE_ < :now";
            case DUE_TODAY -> {
                Instant start = filter.today().atStartOfDay(Inbox.LUXEMBOURG).toInstant();
                params.put("dayStart", Timestamp.from(start));
                params.put("dayEnd", Timestamp.from(start.plusSeconds(86_400)));
                yield mineOrCandidate + " and t.DUE_DATE_ > :dayStart and t.DUE_DATE_ < :dayEnd";
            }
            case FOLLOW_UP_LATER -> mineOrCandidate + " and t.FOLLOW_UP_DATE_ > :now";
        };
    }
}
