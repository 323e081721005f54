package lu.adem.tremplin.modeler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationContext;

import lu.adem.tremplin.assessment.DigitalReadinessProcess;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.support.TestData;

/**
 * Real route decisions for replay tests: digital-readiness cases of newly registered jobseekers started at "Propose a
 * route" with the scores given (the deployed decision table decides), and their validation by a counsellor.
 */
public final class RouteDecisions {

    private RouteDecisions() {}

    /** Starts {@code cases} cases with these scores (language 2); returns their ids. */
    public static List<String> decide(
            ApplicationContext context,
            Agency agency,
            int cases,
            int access,
            int skills,
            int conditions,
            int confidence) {
        List<String> ids = new ArrayList<>();
        TestData data = new TestData(context);
        for (int i = 0; i < cases; i++) {
            // a registered jobseeker of the agency, as the business key too (as onboarding's call passes it):
            // the case's open task is an ordinary one in the agency's inbox
            String registrationNumber = data.jobseeker(agency);
            ids.add(context.getBean(RuntimeService.class)
                    .createProcessInstanceByKey(DigitalReadinessProcess.KEY)
                    .businessKey(registrationNumber)
                    .setVariable(CaseVariables.JOBSEEKER_ID, registrationNumber)
                    .setVariable(CaseVariables.AGENCY, agency.code())
                    .setVariable(DigitalReadinessProcess.VAR_LANGUAGE_SCORE, 2)
                    .setVariable(DigitalReadinessProcess.VAR_ACCESS_SCORE, access)
                    .setVariable(DigitalReadinessProcess.VAR_SKILLS_SCORE, skills)
                    .setVariable(DigitalReadinessProcess.VAR_CONDITIONS_SCORE, conditions)
                    .setVariable(DigitalReadinessProcess.VAR_CONFIDENCE, confidence)
                    .startBeforeActivity(DigitalReadinessProcess.TASK_PROPOSE_ROUTE)
                    .execute()
                    .getId());
        }
        return ids;
    }

    /** Completes "Validate the route": confirms (route null) or overrides with the route. */
    public static void validate(ApplicationContext context, String caseId, String route) {
        TaskService tasks = context.getBean(TaskService.class);
        String taskId =
                tasks.createTaskQuery().processInstanceId(caseId).singleResult().getId();
        tasks.complete(
                taskId,
                route == null
                        ? Map.of(DigitalReadinessProcess.VAR_ROUTE_DECISION, DigitalReadinessProcess.DECISION_CONFIRM)
                        : Map.of(
                                DigitalReadinessProcess.VAR_ROUTE_DECISION,
                                DigitalReadinessProcess.DECISION_OVERRIDE,
                                DigitalReadinessProcess.VAR_OVERRIDE_ROUTE,
                                route,
                                DigitalReadinessProcess.VAR_OVERRIDE_REASON,
                                "replay test"));
    }

    /** The deployed decision table, as in the repository. */
    public static String deployedTable() {
        try (InputStream in =
                RouteDecisions.class.getResourceAsStream("/" + DigitalReadinessProcess.DECISION_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** The deployed table with "very low digital skills" at 6 and below instead of 5. */
    public static String basicUpToSix() {
        String table = deployedTable();
        String changed = table.replace(
                "<inputEntry id=\"rule-basic-in3\">\n          <text>&lt;= 5</text>",
                "<inputEntry id=\"rule-basic-in3\">\n          <text>&lt;= 6</text>");
        if (changed.equals(table)) {
            throw new IllegalStateException("rule-basic's skills threshold is no longer <= 5");
        }
        return changed;
    }
}
