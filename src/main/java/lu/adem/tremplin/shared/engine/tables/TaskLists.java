package lu.adem.tremplin.shared.engine.tables;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lists of open tasks as ids, top-N sorted, and their count: SQL over Camunda's runtime tables
 * ({@code ACT_RU_TASK}, its candidate links in {@code ACT_RU_IDENTITYLINK} and the case's business key
 * in {@code ACT_RU_EXECUTION}).
 * <p>
 * Camunda's own task query selects {@code DISTINCT RES.*} and joins the authorization table on
 * {@code RESOURCE_ID_ IN (task, definition, '*')}: at 100,000 open tasks that is 0.3 s for a page and
 * tens of seconds for a count on PostgreSQL (docs/benchmarks.md, ADR 0009). These queries select only
 * ids, with the filters the engine's query would apply (active tasks; candidate tasks are unassigned
 * ones, as in Camunda's candidate queries); the caller then reads the page's tasks through the engine,
 * with its authorization check. Only ids and values bound as parameters reach the SQL.
 */
@Component
public class TaskLists {

    /** Whose tasks: assigned to the user, unassigned and offered to one of their groups, or either. */
    public enum Holder {
        ASSIGNEE,
        CANDIDATE_GROUP,
        ASSIGNEE_OR_CANDIDATE_GROUP
    }

    /** Which dates: not put off (no follow-up date, or passed), overdue, due within a window, put off until later. */
    public enum Dates {
        NOT_PUT_OFF,
        OVERDUE,
        DUE_WITHIN,
        PUT_OFF
    }

    /** Order of a page; each ends on the creation time and the id, so that pages never overlap. */
    public enum Order {
        DUE,
        NEWEST,
        BUSINESS_KEY,
        NAME
    }

    /**
     * @param now the moment "overdue" and "put off" are measured against
     * @param dueAfter with {@link Dates#DUE_WITHIN}: the window's bounds, both excluded; null otherwise
     * @param businessKeyLike a LIKE pattern for the case's business key, or null
     * @param businessKeys business keys the case must have one of, or null for any
     */
    public record Filter(
            String userId,
            List<String> groupIds,
            Holder holder,
            Dates dates,
            Instant now,
            Instant dueAfter,
            Instant dueBefore,
            String businessKeyLike,
            List<String> businessKeys) {}

    private final JdbcClient jdbc;

    TaskLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int count(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String from = from(filter, params, false);
        return jdbc.sql("select count(*) " + from)
                .params(params)
                .query(Integer.class)
                .single();
    }

    /** The ids of one page, in the given order. */
    public List<String> pageIds(Filter filter, Order order, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String from = from(filter, params, order == Order.BUSINESS_KEY);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("select t.ID_ " + from + " order by " + orderBy(order) + " limit :limit offset :offset")
                .params(params)
                .query(String.class)
                .list();
    }

    private static String orderBy(Order order) {
        return switch (order == null ? Order.DUE : order) {
            case DUE -> "t.DUE_DATE_ asc nulls last, t.CREATE_TIME_ asc, t.ID_";
            case NEWEST -> "t.CREATE_TIME_ desc, t.ID_";
            case BUSINESS_KEY -> "pi.BUSINESS_KEY_ asc nulls last, t.CREATE_TIME_ asc, t.ID_";
            case NAME -> "t.NAME_ asc, t.CREATE_TIME_ asc, t.ID_";
        };
    }

    private static String from(Filter filter, Map<String, Object> params, boolean businessKeySort) {
        boolean byCase = businessKeySort || filter.businessKeyLike() != null || filter.businessKeys() != null;
        StringBuilder sql = new StringBuilder("from ACT_RU_TASK t");
        if (byCase) {
            sql.append(" left join ACT_RU_EXECUTION pi on pi.ID_ = t.PROC_INST_ID_");
        }
        sql.append(" where t.SUSPENSION_STATE_ = 1 and ")
                .append(holder(filter, params))
                .append(" and ")
                .append(dates(filter, params));
        if (filter.businessKeyLike() != null) {
            sql.append(" and pi.BUSINESS_KEY_ like :keyLike");
            params.put("keyLike", filter.businessKeyLike());
        }
        if (filter.businessKeys() != null) {
            sql.append(" and pi.BUSINESS_KEY_ in (:keys)");
            params.put("keys", filter.businessKeys().isEmpty() ? List.of("") : filter.businessKeys());
        }
        return sql.toString();
    }

    private static String holder(Filter filter, Map<String, Object> params) {
        params.put("user", filter.userId());
        boolean hasGroups = filter.groupIds() != null && !filter.groupIds().isEmpty();
        if (hasGroups) {
            params.put("groups", filter.groupIds());
        }
        String candidate = hasGroups
                ? "(t.ASSIGNEE_ is null and exists (select 1 from ACT_RU_IDENTITYLINK l"
                        + " where l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' and l.GROUP_ID_ in (:groups)))"
                : "1 = 0";
        return switch (filter.holder()) {
            case ASSIGNEE -> "t.ASSIGNEE_ = :user";
            case CANDIDATE_GROUP -> candidate;
            case ASSIGNEE_OR_CANDIDATE_GROUP -> "(t.ASSIGNEE_ = :user or " + candidate + ")";
        };
    }

    private static String dates(Filter filter, Map<String, Object> params) {
        params.put("now", Timestamp.from(filter.now()));
        return switch (filter.dates()) {
            case NOT_PUT_OFF -> "(t.FOLLOW_UP_DATE_ is null or t.FOLLOW_UP_DATE_ < :now)";
            case OVERDUE -> "t.DUE_DATE_ < :now";
            case DUE_WITHIN -> {
                params.put("dueAfter", Timestamp.from(filter.dueAfter()));
                params.put("dueBefore", Timestamp.from(filter.dueBefore()));
                yield "t.DUE_DATE_ > :dueAfter and t.DUE_DATE_ < :dueBefore";
            }
            case PUT_OFF -> "t.FOLLOW_UP_DATE_ > :now";
        };
    }
}
