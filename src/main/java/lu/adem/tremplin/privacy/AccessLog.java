package lu.adem.tremplin.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.PersonalDataAccessed;
import lu.adem.tremplin.shared.Roles;

/**
 * The access log: one row per jobseeker each time a user opens, exports, imports or changes their data.
 * Written in the publisher's thread (and transaction, if any), so an access is never shown without its
 * row. Users only add rows (there is no update or delete here; on PostgreSQL a trigger refuses them too,
 * see V21); reading is the data protection officer's, except the transparency line a counsellor sees on
 * a file they may open ({@link #recentOpenings}).
 */
@Service
public class AccessLog {

    /** Who acted when no user is signed in (scheduled imports, the engine's jobs). */
    static final String SYSTEM = "system";

    /** At most this many rows per page of a query. */
    public static final int MAX_PAGE = 500;

    /** How far back the counsellors' transparency line looks. */
    public static final Duration RECENT = Duration.ofDays(30);

    /** One access to one jobseeker's data. */
    public record Entry(LocalDateTime at, String userId, String action, String registrationNumber, String screen) {}

    /** Who opened one file recently: how often, and when last. */
    public record Opening(String userId, LocalDateTime last, int times) {}

    /**
     * What the data protection officer asks for: a user (blank for all) and a period of days, both included
     * (null for open-ended).
     */
    public record Query(String userId, LocalDate from, LocalDate to) {}

    private static final String INSERT =
            "insert into access_log (at, user_id, action, registration_number, screen) values (?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;
    private final Jobseekers jobseekers;

    AccessLog(JdbcClient jdbc, JdbcTemplate batch, Clock clock, Jobseekers jobseekers) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
        this.jobseekers = jobseekers;
    }

    /** One row per jobseeker named, in one JDBC batch (an export names hundreds). */
    @EventListener
    void on(PersonalDataAccessed accessed) {
        String user = CurrentUser.get().map(CurrentUser::userId).orElse(SYSTEM);
        Timestamp at = Timestamp.valueOf(LocalDateTime.now(clock));
        List<Object[]> rows = accessed.registrationNumbers().stream()
                .filter(number -> number != null && !number.isBlank())
                .distinct()
                .map(number -> new Object[] {at, user, accessed.action(), number, accessed.screen()})
                .toList();
        if (!rows.isEmpty()) {
            batch.batchUpdate(INSERT, rows);
        }
    }

    /** The data protection officer only: the latest entries about one jobseeker, newest first. */
    public List<Entry> about(String registrationNumber, int limit) {
        requireDpo();
        return jdbc.sql("select at, user_id, action, registration_number, screen from access_log"
                        + " where registration_number = ? order by at desc, id desc fetch first ? rows only")
                .params(registrationNumber, Math.min(limit, MAX_PAGE))
                .query(Entry.class)
                .list();
    }

    /** The data protection officer only: one page of the entries matching, newest first. */
    public List<Entry> find(Query query, int offset, int limit) {
        requireDpo();
        return jdbc.sql("select at, user_id, action, registration_number, screen from access_log" + where(query)
                        + " order by at desc, id desc offset :offset rows fetch next :limit rows only")
                .params(parameters(query))
                .param("offset", offset)
                .param("limit", Math.min(limit, MAX_PAGE))
                .query(Entry.class)
                .list();
    }

    /** The data protection officer only: how many entries match. */
    public int count(Query query) {
        requireDpo();
        return jdbc.sql("select count(*) from access_log" + where(query))
                .params(parameters(query))
                .query(Integer.class)
                .single();
    }

    /**
     * The other users who opened this jobseeker's file in the last {@link #RECENT} days, most recent first;
     * only for a user who may see the jobseeker (counsellors of their agency, supervisors, the DPO).
     */
    public List<Opening> recentOpenings(String registrationNumber) {
        if (jobseekers.find(registrationNumber).isEmpty()) {
            throw new AccessDeniedException("Jobseeker " + registrationNumber + " is not yours");
        }
        String me = CurrentUser.require().userId();
        LocalDateTime since = LocalDateTime.now(clock).minus(RECENT);
        return jdbc.sql("select user_id, max(at) as last, count(*) as times from access_log"
                        + " where registration_number = ? and action = ? and at >= ? and user_id <> ?"
                        + " group by user_id order by max(at) desc fetch first 50 rows only")
                .params(registrationNumber, PersonalDataAccessed.FILE_OPENED, since, me)
                .query(Opening.class)
                .list();
    }

    private static String where(Query query) {
        List<String> conditions = new java.util.ArrayList<>(List.of("1 = 1"));
        java.util.Map<String, Object> given = parameters(query);
        if (given.containsKey("user")) {
            conditions.add("user_id = :user");
        }
        if (given.containsKey("from")) {
            conditions.add("at >= :from");
        }
        if (given.containsKey("to")) {
            conditions.add("at < :to");
        }
        return " where " + String.join(" and ", conditions);
    }

    private static java.util.Map<String, Object> parameters(Query query) {
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        if (query.userId() != null && !query.userId().isBlank()) {
            parameters.put("user", query.userId().strip());
        }
        if (query.from() != null) {
            parameters.put("from", query.from().atStartOfDay());
        }
        if (query.to() != null) {
            parameters.put("to", query.to().plusDays(1).atStartOfDay());
        }
        return parameters;
    }

    private static void requireDpo() {
        if (!CurrentUser.require().hasRole(Roles.DPO)) {
            throw new AccessDeniedException("Only the data protection officer reads the access log");
        }
    }
}
