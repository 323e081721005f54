package lu.adem.tremplin.modeler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.shared.EngineAsSystem;

/**
 * The real decisions of a period, from Camunda's decision history: the inputs each was taken on (by the
 * variable its input column reads), the output it gave, and from its case the agency, the registration
 * number and the value the case finally kept under the output's name (the counsellor's, e.g. the route
 * in force after "Validate the route"). Read on Tremplin's behalf: process owners hold no right to
 * decision history in the engine (its inputs are a jobseeker's scores), so only what {@link DecisionReplay}
 * makes of it reaches them.
 */
@Component
class PastDecisions {

    /** The most decisions one replay reads (the newest are kept). */
    static final int MAX = 20_000;

    private static final int PAGE = 1_000;
    private static final int CASES_PER_QUERY = 500;
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * One past decision. {@code inputs} is null when an input column reads an expression rather than a
     * variable (it cannot be replayed); {@code kept} is null while its case has not decided.
     */
    record Past(
            String caseId,
            Instant evaluatedAt,
            Map<String, Object> inputs,
            Object output,
            String agency,
            String registrationNumber,
            Object kept) {

        boolean overridden() {
            return kept != null && !Objects.equals(String.valueOf(kept), String.valueOf(output));
        }
    }

    /** The decisions read, and whether there were more than {@link #MAX} in the period. */
    record Read(List<Past> decisions, boolean capped) {}

    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final EngineAsSystem system;

    PastDecisions(HistoryService historyService, RepositoryService repositoryService, EngineAsSystem system) {
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.system = system;
    }

    Read read(String decisionKey, String outputName, Instant from, Instant to) {
        return system.call(() -> {
            List<HistoricDecisionInstance> found = decisions(decisionKey, from, to);
            boolean capped = found.size() > MAX;
            List<HistoricDecisionInstance> kept = capped ? found.subList(0, MAX) : found;
            Map<String, Map<String, Object>> cases = caseVariables(kept, outputName);
            Map<String, Map<String, String>> variableByClause = new HashMap<>();
            List<Past> past = new ArrayList<>(kept.size());
            for (HistoricDecisionInstance decision : kept) {
                Map<String, String> variables =
                        variableByClause.computeIfAbsent(decision.getDecisionDefinitionId(), this::variableByClause);
                Map<String, Object> ofCase = decision.getProcessInstanceId() == null
                        ? Map.of()
                        : cases.getOrDefault(decision.getProcessInstanceId(), Map.of());
                past.add(new Past(
                        decision.getProcessInstanceId(),
                        decision.getEvaluationTime().toInstant(),
                        inputs(decision.getInputs(), variables),
                        output(decision.getOutputs(), outputName),
                        (String) ofCase.get(CaseVariables.AGENCY),
                        (String) ofCase.get(CaseVariables.JOBSEEKER_ID),
                        ofCase.get(outputName)));
            }
            return new Read(past, capped);
        });
    }

    /** The period's decisions, newest first, one more than {@link #MAX} at most. */
    private List<HistoricDecisionInstance> decisions(String decisionKey, Instant from, Instant to) {
        List<HistoricDecisionInstance> found = new ArrayList<>();
        while (found.size() <= MAX) {
            List<HistoricDecisionInstance> page = historyService
                    .createHistoricDecisionInstanceQuery()
                    .decisionDefinitionKey(decisionKey)
                    .evaluatedAfter(Date.from(from))
                    .evaluatedBefore(Date.from(to))
                    .includeInputs()
                    .includeOutputs()
                    .orderByEvaluationTime()
                    .desc()
                    .listPage(found.size(), PAGE);
            found.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        return found;
    }

    private Map<String, Map<String, Object>> caseVariables(
            List<HistoricDecisionInstance> decisions, String outputName) {
        List<String> caseIds = decisions.stream()
                .map(HistoricDecisionInstance::getProcessInstanceId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<String, Map<String, Object>> byCase = new HashMap<>();
        for (int i = 0; i < caseIds.size(); i += CASES_PER_QUERY) {
            List<String> chunk = caseIds.subList(i, Math.min(caseIds.size(), i + CASES_PER_QUERY));
            long count = historyService
                    .createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(chunk.toArray(String[]::new))
                    .variableNameIn(CaseVariables.AGENCY, CaseVariables.JOBSEEKER_ID, outputName)
                    .count();
            for (int first = 0; first < count; first += PAGE) {
                for (HistoricVariableInstance variable : historyService
                        .createHistoricVariableInstanceQuery()
                        .processInstanceIdIn(chunk.toArray(String[]::new))
                        .variableNameIn(CaseVariables.AGENCY, CaseVariables.JOBSEEKER_ID, outputName)
                        .disableCustomObjectDeserialization()
                        .orderByVariableName()
                        .asc()
                        .listPage(first, PAGE)) {
                    if (variable.getValue() != null) {
                        byCase.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                                .put(variable.getName(), variable.getValue());
                    }
                }
            }
        }
        return byCase;
    }

    /** Input column id → the variable it reads, for the columns that read a plain variable. */
    private Map<String, String> variableByClause(String decisionDefinitionId) {
        Map<String, String> variables = new HashMap<>();
        repositoryService
                .getDmnModelInstance(decisionDefinitionId)
                .getModelElementsByType(Input.class)
                .forEach(input -> {
                    var expression = input.getInputExpression();
                    String text = expression == null || expression.getText() == null
                            ? ""
                            : expression.getText().getTextContent().strip();
                    if (VARIABLE.matcher(text).matches()) {
                        variables.put(input.getId(), text);
                    }
                });
        return variables;
    }

    private static Map<String, Object> inputs(
            List<HistoricDecisionInputInstance> inputs, Map<String, String> variables) {
        Map<String, Object> values = new HashMap<>();
        for (HistoricDecisionInputInstance input : inputs) {
            String variable = variables.get(input.getClauseId());
            if (variable == null) {
                return null;
            }
            values.put(variable, input.getValue());
        }
        return values;
    }

    private static Object output(List<HistoricDecisionOutputInstance> outputs, String outputName) {
        return outputs.stream()
                .filter(output -> outputName.equals(output.getVariableName()))
                .findFirst()
                .or(() -> outputs.stream().findFirst())
                .map(HistoricDecisionOutputInstance::getValue)
                .orElse(null);
    }
}
