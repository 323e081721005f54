package lu.adem.tremplin.modeler;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;

/**
 * One decision table of a DMN file that is not deployed (a workbench draft), read by a DMN engine of
 * its own — the same DMN engine and FEEL as the process engine's, with no access to its beans, history
 * or database — so that evaluating a draft changes nothing and leaves no trace. Each evaluation says
 * which rule matched.
 */
final class DraftDecision {

    /** One input column: its id, label and the expression whose variables a decision's inputs set. */
    record Input(String id, String label, String expression, String typeRef) {}

    /** A rule that matched: its id, its number in the table (from 1) and its description. */
    record Rule(String id, int number, String description) {}

    /** What the draft decides for some inputs: the first output's value (null if no rule matched) and the rules that matched. */
    record Outcome(Object value, List<Rule> rules) {}

    /** The ids of the rules that matched in this thread's evaluation, as the DMN engine reports them. */
    private static final ThreadLocal<List<Matched>> MATCHED = ThreadLocal.withInitial(ArrayList::new);

    private record Matched(String decisionKey, String ruleId) {}

    private static final DmnEngine ENGINE = engine();

    private static DmnEngine engine() {
        var configuration = new DefaultDmnEngineConfiguration();
        configuration.setCustomPostDecisionTableEvaluationListeners(List.of(evaluated -> evaluated
                .getMatchingRules()
                .forEach(rule ->
                        MATCHED.get().add(new Matched(evaluated.getDecision().getKey(), rule.getId())))));
        return configuration.buildEngine();
    }

    private final DmnDecision decision;
    private final DmnDecisionTableImpl table;

    /** Rule id → its description (the DMN engine keeps the rules' logic, not their descriptions). */
    private final Map<String, String> descriptions;

    private DraftDecision(DmnDecision decision, Map<String, String> descriptions) {
        this.decision = decision;
        this.table = (DmnDecisionTableImpl) decision.getDecisionLogic();
        this.descriptions = descriptions;
    }

    /**
     * The decision table {@code key} of the draft, or of the draft's only decision table if the key is null.
     *
     * @throws IllegalArgumentException when the draft cannot be read or has no such decision table
     */
    static DraftDecision of(String dmnXml, String key) {
        DmnModelInstance model;
        List<DmnDecision> decisions;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(dmnXml.getBytes(StandardCharsets.UTF_8)));
            decisions = ENGINE.parseDecisions(model);
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException(
                    "The draft cannot be read as DMN: " + unreadable.getMessage(), unreadable);
        }
        Map<String, String> descriptions = new HashMap<>();
        model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Rule.class)
                .forEach(rule -> {
                    if (rule.getDescription() != null) {
                        descriptions.put(
                                rule.getId(),
                                rule.getDescription().getTextContent().strip());
                    }
                });
        return decisions.stream()
                .filter(DmnDecision::isDecisionTable)
                .filter(d -> key == null || key.equals(d.getKey()))
                .findFirst()
                .map(found -> new DraftDecision(found, descriptions))
                .orElseThrow(() -> new IllegalArgumentException("No decision table " + (key == null ? "" : key)));
    }

    /** Every decision table key of a DMN file, in the file's order. */
    static List<String> keys(String dmnXml) {
        try {
            return ENGINE.parseDecisions(new ByteArrayInputStream(dmnXml.getBytes(StandardCharsets.UTF_8))).stream()
                    .filter(DmnDecision::isDecisionTable)
                    .map(DmnDecision::getKey)
                    .toList();
        } catch (RuntimeException unreadable) {
            return List.of();
        }
    }

    String key() {
        return decision.getKey();
    }

    String name() {
        return decision.getName() == null ? decision.getKey() : decision.getName();
    }

    /** The name of the first output, under which a decision's result is recorded (e.g. {@code route}). */
    String outputName() {
        return table.getOutputs().get(0).getOutputName();
    }

    List<Input> inputs() {
        List<Input> inputs = new ArrayList<>();
        for (DmnDecisionTableInputImpl input : table.getInputs()) {
            var expression = input.getExpression();
            inputs.add(new Input(
                    input.getId(),
                    input.getName() == null ? input.getId() : input.getName(),
                    expression.getExpression(),
                    expression.getTypeDefinition() == null
                            ? null
                            : expression.getTypeDefinition().getTypeName()));
        }
        return inputs;
    }

    /**
     * Evaluates the draft for these variables.
     *
     * @throws IllegalArgumentException when the table cannot be evaluated for them (an input missing, of the wrong type)
     */
    Outcome evaluate(Map<String, Object> variables) {
        try {
            var result = ENGINE.evaluateDecisionTable(decision, Variables.fromMap(variables));
            Object value = result.getFirstResult() == null
                    ? null
                    : result.getFirstResult().getFirstEntry();
            List<Rule> rules = MATCHED.get().stream()
                    .filter(matched -> matched.decisionKey().equals(decision.getKey()))
                    .map(matched -> rule(matched.ruleId()))
                    .toList();
            return new Outcome(value, rules);
        } catch (RuntimeException failed) {
            throw new IllegalArgumentException(failed.getMessage(), failed);
        } finally {
            MATCHED.remove();
        }
    }

    private Rule rule(String id) {
        List<DmnDecisionTableRuleImpl> rules = table.getRules();
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).getId().equals(id)) {
                return new Rule(id, i + 1, descriptions.get(id));
            }
        }
        return new Rule(id, 0, null);
    }
}
