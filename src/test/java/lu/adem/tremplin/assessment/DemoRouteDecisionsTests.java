package lu.adem.tremplin.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;

import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

/** The demo's route decisions: real decisions of the deployed table, every case validated and ended, some overridden with a reason. */
class DemoRouteDecisionsTests extends KaribuViewTest {

    @Test
    void shouldDecideValidateAndEndEveryCaseWithSomeOverrides() {
        HistoryService history = context.getBean(HistoryService.class);
        var demo = new DemoRouteDecisions(
                context.getBean(RuntimeService.class), context.getBean(TaskService.class), history);
        String prefix = "T" + TestData.uniqueId() + "-";

        List<String> cases = demo.decide(40, prefix);

        assertThat(cases.stream()
                        .mapToLong(id -> history.createHistoricDecisionInstanceQuery()
                                .processInstanceId(id)
                                .count())
                        .sum())
                .isEqualTo(40);
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceIds(java.util.Set.copyOf(cases))
                        .completed()
                        .count())
                .isEqualTo(40);
        List<HistoricVariableInstance> overridden = history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(cases.toArray(String[]::new))
                .variableName(DigitalReadinessProcess.VAR_ROUTE_OVERRIDDEN)
                .list();
        assertThat(overridden).hasSize(40);
        assertThat(overridden.stream().filter(v -> Boolean.TRUE.equals(v.getValue())))
                .hasSizeBetween(1, 12);
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceIdIn(cases.toArray(String[]::new))
                        .variableName(CaseVariables.JOBSEEKER_ID)
                        .list())
                .allSatisfy(number -> assertThat((String) number.getValue()).startsWith(prefix));
    }
}
