package lu.adem.tremplin.modeler;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import lu.adem.tremplin.modeler.CaseMigration.CaseCheck;
import lu.adem.tremplin.modeler.CaseMigration.Reason;

/** Tables {@code workbench_migration} and {@code workbench_migration_case}: who moved which cases, and why. */
@Component
class MigrationRecords {

    /** One run as recorded. */
    record Recorded(
            String batchId,
            String processKey,
            String sourceDefinitionId,
            int sourceVersion,
            String targetDefinitionId,
            int targetVersion,
            String author,
            String note,
            Instant startedAt) {}

    /** One case of a run: handed to the batch, or left where it was with the step and the reason. */
    record RecordedCase(String caseId, boolean included, String activityId, Reason reason) {}

    private final JdbcClient jdbc;

    MigrationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void record(Recorded run, Collection<String> included, Collection<CaseCheck> leftOut) {
        jdbc.sql("insert into workbench_migration (batch_id, process_key, source_definition_id, source_version,"
                        + " target_definition_id, target_version, author, note, started_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        run.batchId(),
                        run.processKey(),
                        run.sourceDefinitionId(),
                        run.sourceVersion(),
                        run.targetDefinitionId(),
                        run.targetVersion(),
                        run.author(),
                        run.note(),
                        Timestamp.from(run.startedAt()))
                .update();
        for (String caseId : included) {
            insertCase(run.batchId(), caseId, true, null, null);
        }
        for (CaseCheck left : leftOut) {
            insertCase(run.batchId(), left.caseId(), false, left.blockedAt(), left.reason());
        }
    }

    private void insertCase(String batchId, String caseId, boolean included, String activityId, Reason reason) {
        jdbc.sql("insert into workbench_migration_case (batch_id, case_id, included, activity_id, reason)"
                        + " values (?, ?, ?, ?, ?)")
                .params(batchId, caseId, included, activityId, reason == null ? null : reason.name())
                .update();
    }

    private static final String RUN_COLUMNS = "select batch_id, process_key, source_definition_id, source_version,"
            + " target_definition_id, target_version, author, note, started_at from workbench_migration";

    Optional<Recorded> find(String batchId) {
        return jdbc.sql(RUN_COLUMNS + " where batch_id = ?")
                .param(batchId)
                .query(MigrationRecords::recorded)
                .optional();
    }

    /** The runs from a version, newest first. */
    List<Recorded> from(String sourceDefinitionId) {
        return jdbc.sql(RUN_COLUMNS + " where source_definition_id = ? order by started_at desc")
                .param(sourceDefinitionId)
                .query(MigrationRecords::recorded)
                .list();
    }

    List<RecordedCase> cases(String batchId) {
        return jdbc.sql("select case_id, included, activity_id, reason from workbench_migration_case"
                        + " where batch_id = ? order by included desc, case_id")
                .param(batchId)
                .query((rs, row) -> new RecordedCase(
                        rs.getString(1),
                        rs.getBoolean(2),
                        rs.getString(3),
                        rs.getString(4) == null ? null : Reason.valueOf(rs.getString(4))))
                .list();
    }

    private static Recorded recorded(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Recorded(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getString(5),
                rs.getInt(6),
                rs.getString(7),
                rs.getString(8),
                rs.getTimestamp(9).toInstant());
    }
}
