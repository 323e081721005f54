package lu.adem.tremplin.shared.engine.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.support.TestData;

/**
 * What the engine holds about a jobseeker, and its anonymisation, against a real engine on H2
 * ({@code EngineHistoryTests}) and PostgreSQL ({@code PostgresIntegrationTests.EngineHistoryOnPostgres}).
 * A process and a decision of its own put the registration number where Tremplin's processes put it (the
 * business key, the {@code jobseekerId} variable, a decision's input) and where people and failures may (a
 * comment, a variable's text, an incident's message).
 */
public abstract class EngineHistoryContract {

    @Autowired
    EngineHistory engineHistory;

    @Autowired
    CaseEnds caseEnds;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void asTheSystem() {
        identityService.clearAuthentication();
    }

    @Test
    void shouldListEveryCaseWithStepsTasksVariablesDecisionsAndComments() {
        String number = TestData.registrationNumber();
        String key = deploy();
        String ended = endedCase(key, number);
        String running = runningCase(key, number);

        List<Map<String, Object>> held = engineHistory.heldAbout(number);

        assertThat(held).extracting(c -> c.get("case")).containsExactly(ended, running);
        assertThat(held.get(0)).containsEntry("businessKey", number).containsEntry("state", "COMPLETED");
        assertThat(held.get(0).get("tasks").toString()).contains("Call the jobseeker", "counsellor-eh");
        assertThat(held.get(0).get("steps").toString()).contains("Call the jobseeker", "counsellor-eh");
        assertThat(held.get(0).get("variables").toString()).contains(CaseVariables.JOBSEEKER_ID + ", value=" + number);
        assertThat(held.get(0).get("decisions").toString()).contains(number, "outcome=reached");
        assertThat(held.get(1).get("comments").toString()).contains("Phoned " + number + " twice");
        assertThat(engineHistory.heldAbout(TestData.registrationNumber())).isEmpty();
    }

    @Test
    void shouldLeaveNoRegistrationNumberInAnyEngineTable() {
        String number = TestData.registrationNumber();
        String pseudonym = "X" + TestData.uniqueId().toUpperCase(java.util.Locale.ROOT);
        String key = deploy();
        String ended = endedCase(key, number);
        String running = runningCase(key, number);
        assertThat(EngineTableScan.textColumnCount(dataSource))
                .as("the scan sees the engine's tables")
                .isGreaterThan(50);
        assertThat(EngineTableScan.columnsHolding(dataSource, number))
                .as("the scan finds the number where the cases put it")
                .contains(
                        "ACT_HI_PROCINST.BUSINESS_KEY_",
                        "ACT_HI_VARINST.TEXT_",
                        "ACT_HI_COMMENT.MESSAGE_",
                        "ACT_RU_INCIDENT.INCIDENT_MSG_",
                        "ACT_HI_DEC_IN.TEXT_");

        new TransactionTemplate(transactions).executeWithoutResult(tx -> engineHistory.anonymise(number, pseudonym));

        assertThat(EngineTableScan.columnsHolding(dataSource, number)).isEmpty();
        assertThat(engineHistory.heldAbout(number)).isEmpty();
        List<Map<String, Object>> held = engineHistory.heldAbout(pseudonym);
        assertThat(held).extracting(c -> c.get("case")).containsExactly(ended, running);
        assertThat(held.get(1).get("comments").toString())
                .doesNotContain("Phoned")
                .contains("text=");
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(pseudonym)
                        .count())
                .as("the running case runs on, under the pseudonym")
                .isOne();
        assertThat(runtimeService.getVariable(running, CaseVariables.JOBSEEKER_ID))
                .isEqualTo(pseudonym);
    }

    @Test
    void shouldListTheKeysWhoseCasesAllEndedWithTheLastEnd() {
        String key = deploy();
        String allEnded = TestData.registrationNumber();
        String stillRunning = TestData.registrationNumber();
        java.time.Instant first = java.time.Instant.parse("2019-03-01T10:00:00Z");
        java.time.Instant last = java.time.Instant.parse("2019-05-01T10:00:00Z");
        try {
            org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(first));
            endedCase(key, allEnded);
            endedCase(key, stillRunning);
            runningCase(key, stillRunning);
            org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(last));
            endedCase(key, allEnded);
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }

        List<CaseEnds.LastEnd> before = caseEnds.allEndedBefore(last.plusSeconds(1), 100_000);
        assertThat(before).contains(new CaseEnds.LastEnd(allEnded, last));
        assertThat(before).extracting(CaseEnds.LastEnd::businessKey).doesNotContain(stillRunning);
        assertThat(caseEnds.allEndedBefore(last, 100_000))
                .extracting(CaseEnds.LastEnd::businessKey)
                .as("its last case ended at that moment, not before")
                .doesNotContain(allEnded);
    }

    private String endedCase(String key, String number) {
        String id = runtimeService
                .startProcessInstanceByKey(
                        key, number, Map.of(CaseVariables.JOBSEEKER_ID, number, "note", "about " + number))
                .getId();
        String task = taskService
                .createTaskQuery()
                .processInstanceId(id)
                .singleResult()
                .getId();
        taskService.setAssignee(task, "counsellor-eh");
        taskService.complete(task);
        return id;
    }

    private String runningCase(String key, String number) {
        String id = runtimeService
                .startProcessInstanceByKey(key, number, Map.of(CaseVariables.JOBSEEKER_ID, number))
                .getId();
        String task = taskService
                .createTaskQuery()
                .processInstanceId(id)
                .singleResult()
                .getId();
        taskService.createComment(task, id, "Phoned " + number + " twice");
        runtimeService.createIncident("failedCall", id, "call", "No answer from " + number);
        return id;
    }

    /** A decision on the jobseeker's number, then a task: each test deploys its own pair. */
    private String deploy() {
        String key = "eh" + TestData.uniqueId().toLowerCase(java.util.Locale.ROOT);
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://tremplin.test">
                  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="start"/>
                    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="decide"/>
                    <bpmn:businessRuleTask id="decide" camunda:decisionRef="%1$s-decision"
                        camunda:resultVariable="outcome" camunda:mapDecisionResult="singleEntry"/>
                    <bpmn:sequenceFlow id="f2" sourceRef="decide" targetRef="call"/>
                    <bpmn:userTask id="call" name="Call the jobseeker" camunda:candidateGroups="agency-eh"
                        camunda:formRef="privacy-notice" camunda:formRefBinding="latest"/>
                    <bpmn:sequenceFlow id="f3" sourceRef="call" targetRef="end"/>
                    <bpmn:endEvent id="end"/>
                  </bpmn:process>
                </bpmn:definitions>""".formatted(key);
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="dd" name="d" namespace="https://tremplin.test">
                  <decision id="%1$s-decision" name="Reached" camunda:historyTimeToLive="30">
                    <decisionTable id="t">
                      <input id="i" label="Jobseeker"><inputExpression id="ie" typeRef="string"><text>jobseekerId</text></inputExpression></input>
                      <output id="o" name="outcome" typeRef="string"/>
                      <rule id="r"><inputEntry id="re"><text>-</text></inputEntry><outputEntry id="ro"><text>"reached"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>""".formatted(key);
        repositoryService
                .createDeployment()
                .addString(key + ".bpmn", bpmn)
                .addString(key + ".dmn", dmn)
                .deploy();
        return key;
    }
}
