package lu.adem.tremplin.shared.engine.tables;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Indexes Tremplin adds to Camunda's tables, created once the engine's schema exists. The inbox's
 * default list is ordered by due date (ADR 0009); without an index PostgreSQL sorts every open task
 * for each page (0.3 s at 100,000 tasks), with it the first page takes a few milliseconds. The cockpit
 * reads one process's activity history by end time (docs/benchmarks.md).
 * <p>
 * The inbox's counts ({@link TaskLists#count}) join a group's candidate links with the tasks that are
 * unassigned and active. On PostgreSQL two partial, covering indexes let both sides be read by index-only
 * scans, never touching the tables' rows (ADR 0009): the candidate links by group, and the unassigned active
 * tasks by id with their follow-up and due dates. Put-off tasks are found by their follow-up date. H2 has
 * no partial or covering indexes and gets the plain follow-up index only.
 * {@code if not exists} makes a restart, or a second node starting at the same time, harmless.
 */
@Component
@Order(10)
class EngineIndexes extends AbstractProcessEnginePlugin {

    static final String TASK_DUE = "TREMPLIN_IDX_TASK_DUE";
    /** The cockpit's live counts and heatmap: one process's activities, open or ended in a period. */
    static final String ACTIVITY_END = "TREMPLIN_IDX_HI_ACT_KEY_END";
    /** Candidate links by group: the agency side of every inbox count, as an index-only scan. */
    static final String CANDIDATE_LINK = "TREMPLIN_IDX_LINK_CANDIDATE";
    /** Unassigned active tasks by id, with the dates the lists filter on: the task side of the counts. */
    static final String TASK_UNASSIGNED = "TREMPLIN_IDX_TASK_UNASSIGNED";
    /** Tasks put off to a follow-up date (the "later" list), a small share of all tasks. */
    static final String TASK_FOLLOW_UP = "TREMPLIN_IDX_TASK_FOLLOW_UP";

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    private final DataSource dataSource;

    EngineIndexes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        create(TASK_DUE, "ACT_RU_TASK (DUE_DATE_, CREATE_TIME_, ID_)");
        create(ACTIVITY_END, "ACT_HI_ACTINST (PROC_DEF_KEY_, END_TIME_, ACT_ID_)");
        if (onPostgres()) {
            create(CANDIDATE_LINK, "ACT_RU_IDENTITYLINK (GROUP_ID_, TASK_ID_) where TYPE_ = 'candidate'");
            create(
                    TASK_UNASSIGNED,
                    "ACT_RU_TASK (ID_) include (FOLLOW_UP_DATE_, DUE_DATE_)"
                            + " where ASSIGNEE_ is null and SUSPENSION_STATE_ = 1");
            create(TASK_FOLLOW_UP, "ACT_RU_TASK (FOLLOW_UP_DATE_) where FOLLOW_UP_DATE_ is not null");
        } else {
            create(TASK_FOLLOW_UP, "ACT_RU_TASK (FOLLOW_UP_DATE_)");
        }
    }

    private boolean onPostgres() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
        } catch (SQLException failed) {
            return false;
        }
    }

    private void create(String name, String on) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create index if not exists " + name + " on " + on);
        } catch (SQLException failed) {
            // another node creating it at the same moment, or no right to create indexes: lists still work, slower
            log.warn("Could not create index {} on {}: {}", name, on, failed.getMessage());
        }
    }
}
