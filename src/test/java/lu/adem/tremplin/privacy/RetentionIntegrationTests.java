package lu.adem.tremplin.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.shared.engine.tables.EngineHistory;
import lu.adem.tremplin.shared.engine.tables.EngineTableScan;
import lu.adem.tremplin.support.TestData;

/**
 * Retention as time passes on the engine's clock: the history cleanup removes a finished case past its time to
 * live and keeps a younger one; the retention sweep anonymises the jobseekers whose last case ended longer ago
 * than their period, once the pilot's evaluation window closed, and nobody else. A context of its own (no demo
 * data): the sweep and the cleanup act on the whole database.
 */
@SpringBootTest(properties = "tremplin.demo.enabled=false")
@ActiveProfiles("test")
class RetentionIntegrationTests {

    @Autowired
    RetentionSweep sweep;

    @Autowired
    EngineHistory engineHistory;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    ManagementService managementService;

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Pseudonyms pseudonyms;

    @Autowired
    DataSource dataSource;

    private final String key = "ret" + TestData.uniqueId().toLowerCase(java.util.Locale.ROOT);

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void shouldRunTheHistoryCleanupAtNightInSmallBatchesOneAtATime() {
        assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
        assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(engine.getHistoryCleanupBatchSize()).isEqualTo(100);
        assertThat(engine.getHistoryCleanupDegreeOfParallelism()).isOne();
        assertThat(engine.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(engine.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    }

    @Test
    void shouldRemoveAFinishedCasePastItsTimeToLiveAndKeepAYoungerOne() {
        deploy();
        String old = endedCase(TestData.registrationNumber(), Instant.parse("2019-01-10T10:00:00Z"));
        String young = endedCase(TestData.registrationNumber(), Instant.parse("2020-01-10T10:00:00Z"));

        at(Instant.parse("2021-01-15T23:00:00Z")); // 736 days after the first ended, 371 after the second
        Job cleanup = historyService.cleanUpHistoryAsync(true);
        managementService.executeJob(cleanup.getId());

        assertThat(historyService
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(old)
                        .count())
                .isZero();
        assertThat(historyService
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(old)
                        .count())
                .isZero();
        assertThat(historyService
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(young)
                        .count())
                .isOne();
    }

    @Test
    void shouldAnonymiseOnlyThoseWhoseRetentionEndedAndOnlyAfterTheEvaluationWindow() {
        deploy();
        String long_ago = TestData.registrationNumber();
        String recent = TestData.registrationNumber();
        String running = TestData.registrationNumber();
        endedCase(long_ago, Instant.parse("2027-01-10T10:00:00Z"));
        endedCase(recent, Instant.parse("2028-01-20T10:00:00Z"));
        at(Instant.parse("2027-01-11T10:00:00Z"));
        runtimeService.startProcessInstanceByKey(key, running, Map.of(CaseVariables.JOBSEEKER_ID, running));

        at(Instant.parse("2028-02-20T10:00:00Z")); // the pilot ends 2027-02-28, its evaluation window a year later
        assertThat(sweep.evaluationEnds()).isEqualTo(java.time.LocalDate.of(2028, 2, 28));
        assertThat(sweep.due()).isEmpty();
        assertThat(sweep.sweep()).contains(0);

        long oldMessage = message(long_ago, "2027-12-01T10:00:00");
        long newMessage = message(recent, "2028-01-20T10:00:00");
        jdbc.sql(
                        "insert into access_log (at, user_id, action, registration_number, screen) values (?, 'c1', 'file-opened', ?, 'old')")
                .params(java.time.LocalDateTime.parse("2023-03-01T10:00:00"), recent)
                .update();
        jdbc.sql(
                        "insert into access_log (at, user_id, action, registration_number, screen) values (?, 'c1', 'file-opened', ?, 'kept')")
                .params(java.time.LocalDateTime.parse("2023-03-20T10:00:00"), recent)
                .update();

        at(Instant.parse("2028-03-15T02:00:00Z"));
        assertThat(sweep.due()).contains(long_ago).doesNotContain(recent, running);
        assertThat(sweep.sweep()).hasValueSatisfying(count -> assertThat(count).isPositive());

        assertThat(EngineTableScan.columnsHolding(dataSource, long_ago)).isEmpty();
        assertThat(jdbc.sql("select trigger_kind, anonymised_by, reason from anonymisation where pseudonym = ?")
                        .param(pseudonyms.of(long_ago))
                        .query()
                        .singleRow())
                .isEqualTo(Map.of(
                        "TRIGGER_KIND",
                        "RETENTION",
                        "ANONYMISED_BY",
                        RetentionSweep.BY,
                        "REASON",
                        Anonymisation.RETENTION_REASON));
        assertThat(engineHistory.heldAbout(recent)).hasSize(1);
        assertThat(engineHistory.heldAbout(running)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from anonymisation where pseudonym in (?, ?)")
                        .params(pseudonyms.of(recent), pseudonyms.of(running))
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(sweep.due()).as("nobody left, and a pseudonym is never due").isEmpty();
        assertThat(sweep.lastRun())
                .hasValueSatisfying(run -> assertThat(run.anonymised()).isPositive());
    }

    @Test
    void shouldLeaveTheSweepToTheNodeThatHoldsItsLease() {
        at(Instant.parse("2028-03-15T02:00:00Z"));
        jdbc.sql("update retention_sweep set leased_until = ?, leased_by = 'other-node' where id = 1")
                .param(java.time.LocalDateTime.parse("2028-03-15T04:00:00"))
                .update();
        try {
            assertThat(sweep.sweep()).as("another node sweeps now").isEmpty();
            at(Instant.parse("2028-03-15T05:00:00Z")); // its lease ran out: that node died mid-sweep
            assertThat(sweep.sweep()).isPresent();
        } finally {
            jdbc.sql("update retention_sweep set leased_until = null, leased_by = null where id = 1")
                    .update();
        }
    }

    private long message(String number, String createdAt) {
        jdbc.sql("insert into outbox_message (jobseeker_id, kind, language, recipient, subject, body, status, attempts,"
                        + " created_at, next_attempt_at) values (?, 'PLATFORM_INVITATION', 'fr', 'someone@example.org', 'Welcome',"
                        + " 'Dear jobseeker', 'KEPT', 0, ?, ?)")
                .params(number, java.time.LocalDateTime.parse(createdAt), java.time.LocalDateTime.parse(createdAt))
                .update();
        return jdbc.sql("select max(id) from outbox_message").query(Long.class).single();
    }

    private static void at(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
    }

    private String endedCase(String number, Instant endedAt) {
        at(endedAt);
        String id = runtimeService
                .startProcessInstanceByKey(key, number, Map.of(CaseVariables.JOBSEEKER_ID, number))
                .getId();
        taskService.complete(taskService
                .createTaskQuery()
                .processInstanceId(id)
                .singleResult()
                .getId());
        return id;
    }

    /** One task, and the time to live of Tremplin's processes. */
    private void deploy() {
        repositoryService
                .createDeployment()
                .addString(key + ".bpmn", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://tremplin.test">
                          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="730">
                            <bpmn:startEvent id="start"/>
                            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="work"/>
                            <bpmn:userTask id="work" name="Work" camunda:candidateGroups="agency-ret"
                                camunda:formRef="privacy-notice" camunda:formRefBinding="latest"/>
                            <bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="end"/>
                            <bpmn:endEvent id="end"/>
                          </bpmn:process>
                        </bpmn:definitions>""".formatted(key))
                .deploy();
    }
}
