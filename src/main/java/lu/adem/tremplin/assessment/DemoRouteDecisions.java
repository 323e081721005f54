package lu.adem.tremplin.assessment;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CaseVariables;

/**
 * Embedded default only: 240 digital-readiness assessments decided by the deployed route table and
 * validated by the demo counsellors (about one in eight overridden, with a reason), so that the
 * workbench's decision replay has real decisions to replay on first start. The cases are started at
 * "Propose a route" with made-up scores for registration numbers {@code DEMO-R-…} that name nobody,
 * from a fixed seed, and end at "Route decided"; they start no onboarding, invitation or message. Runs
 * once per database (never when the decision has any history). Off in the Spring tests
 * ({@code tremplin.demo.route-decisions: false}), which make their own.
 */
@Component
@Order(15)
@ConditionalOnExpression("${tremplin.demo.enabled:false} and ${tremplin.demo.route-decisions:true}")
class DemoRouteDecisions implements ApplicationRunner {

    static final int CASES = 240;
    private static final Logger log = LoggerFactory.getLogger(DemoRouteDecisions.class);
    /** Agencies with their demo counsellor (who validates), weighted as the demo's other figures. */
    private static final List<Map.Entry<Agency, String>> AGENCIES = List.of(
            Map.entry(Agency.LUXEMBOURG, "counsellor"),
            Map.entry(Agency.LUXEMBOURG, "counsellor"),
            Map.entry(Agency.LUXEMBOURG, "counsellor"),
            Map.entry(Agency.ESCH_SUR_ALZETTE, "counsellor2"),
            Map.entry(Agency.ESCH_SUR_ALZETTE, "counsellor2"),
            Map.entry(Agency.DIEKIRCH, "counsellor"));

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final HistoryService historyService;

    DemoRouteDecisions(RuntimeService runtimeService, TaskService taskService, HistoryService historyService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.historyService = historyService;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (historyService
                        .createHistoricDecisionInstanceQuery()
                        .decisionDefinitionKey(DigitalReadinessProcess.DECISION_KEY)
                        .count()
                > 0) {
            return;
        }
        decide(CASES, "DEMO-R-");
        log.info("Decided {} demo digital-readiness routes", CASES);
    }

    /** Decides {@code cases} routes for registration numbers {@code prefix0001}…, the same every time; returns the case ids. */
    List<String> decide(int cases, String prefix) {
        Random random = new Random(20261205L);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < cases; i++) {
            var agency = AGENCIES.get(random.nextInt(AGENCIES.size()));
            String caseId = start(String.format("%s%04d", prefix, i + 1), agency.getKey(), random);
            validate(caseId, agency.getValue(), random);
            ids.add(caseId);
        }
        return ids;
    }

    /** A case at "Propose a route" with scores drawn around the programme's thresholds. */
    private String start(String registrationNumber, Agency agency, Random random) {
        return runtimeService
                .createProcessInstanceByKey(DigitalReadinessProcess.KEY)
                .businessKey(registrationNumber)
                .setVariable(CaseVariables.JOBSEEKER_ID, registrationNumber)
                .setVariable(CaseVariables.AGENCY, agency.code())
                .setVariable(DigitalReadinessProcess.VAR_ASSESSMENT_MODE, DigitalReadinessProcess.MODE_INTERVIEW)
                .setVariable(
                        DigitalReadinessProcess.VAR_LANGUAGE_SCORE, random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(2))
                .setVariable(DigitalReadinessProcess.VAR_ACCESS_SCORE, random.nextInt(8))
                .setVariable(DigitalReadinessProcess.VAR_SKILLS_SCORE, random.nextInt(16))
                .setVariable(DigitalReadinessProcess.VAR_CONDITIONS_SCORE, random.nextInt(7))
                .setVariable(DigitalReadinessProcess.VAR_CONFIDENCE, 1 + random.nextInt(4))
                .startBeforeActivity(DigitalReadinessProcess.TASK_PROPOSE_ROUTE)
                .execute()
                .getId();
    }

    /** "Validate the route" by the agency's demo counsellor: confirmed, or one in eight overridden. */
    private void validate(String caseId, String counsellor, Random random) {
        var task = taskService.createTaskQuery().processInstanceId(caseId).singleResult();
        taskService.setAssignee(task.getId(), counsellor);
        if (random.nextInt(8) != 0) {
            taskService.complete(
                    task.getId(),
                    Map.of(DigitalReadinessProcess.VAR_ROUTE_DECISION, DigitalReadinessProcess.DECISION_CONFIRM));
            return;
        }
        String proposed = (String) taskService.getVariable(task.getId(), DigitalReadinessProcess.VAR_PROPOSED_ROUTE);
        String chosen = ReadinessRoute.GUIDED_START.name().equals(proposed)
                ? ReadinessRoute.BASIC_TRAINING.name()
                : ReadinessRoute.GUIDED_START.name();
        taskService.complete(
                task.getId(),
                Map.of(
                        DigitalReadinessProcess.VAR_ROUTE_DECISION,
                        DigitalReadinessProcess.DECISION_OVERRIDE,
                        DigitalReadinessProcess.VAR_OVERRIDE_ROUTE,
                        chosen,
                        DigitalReadinessProcess.VAR_OVERRIDE_REASON,
                        "Demo: seen at the interview"));
    }
}
