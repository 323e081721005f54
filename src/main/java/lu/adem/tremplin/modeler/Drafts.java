package lu.adem.tremplin.modeler;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Drafts saved server-side, one per user and resource (table {@code workbench_draft}). */
@Repository
class Drafts {

    /** A saved draft. */
    record Draft(String owner, String resourceName, String content, Instant savedAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Drafts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Draft> find(String owner, String resourceName) {
        return jdbc.sql("select owner_id, resource_name, content, saved_at from workbench_draft"
                        + " where owner_id = ? and resource_name = ?")
                .params(owner, resourceName)
                .query((rs, row) -> new Draft(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    List<Draft> of(String owner) {
        return jdbc.sql("select owner_id, resource_name, content, saved_at from workbench_draft where owner_id = ?"
                        + " order by resource_name")
                .param(owner)
                .query((rs, row) -> new Draft(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    @Transactional
    Draft save(String owner, String resourceName, String content) {
        Instant now = clock.instant();
        int updated = jdbc.sql(
                        "update workbench_draft set content = ?, saved_at = ? where owner_id = ? and resource_name = ?")
                .params(content, Timestamp.from(now), owner, resourceName)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into workbench_draft (owner_id, resource_name, content, saved_at) values (?, ?, ?, ?)")
                    .params(owner, resourceName, content, Timestamp.from(now))
                    .update();
        }
        return new Draft(owner, resourceName, content, now);
    }

    void discard(String owner, String resourceName) {
        jdbc.sql("delete from workbench_draft where owner_id = ? and resource_name = ?")
                .params(owner, resourceName)
                .update();
    }
}
