package lu.adem.tremplin.shared.engine.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.shared.EngineAsSystem;
import lu.adem.tremplin.shared.PersonalData;

/**
 * What the process engine holds about a jobseeker: each of their cases (business key or {@code jobseekerId}
 * variable equal to the registration number) with its steps, tasks and who held them, variables, decisions
 * and comments, read through Camunda's history API as the system. Anonymising goes around that API
 * ({@link EnginePseudonyms}): Camunda has no call that rewrites history.
 */
@Component
public class EngineHistory implements PersonalData {

    public static final String SECTION = "engine";

    private final HistoryService history;
    private final TaskService tasks;
    private final EngineAsSystem asSystem;
    private final EnginePseudonyms pseudonyms;

    EngineHistory(HistoryService history, TaskService tasks, EngineAsSystem asSystem, EnginePseudonyms pseudonyms) {
        this.history = history;
        this.tasks = tasks;
        this.asSystem = asSystem;
        this.pseudonyms = pseudonyms;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<Map<String, Object>> heldAbout(String registrationNumber) {
        return asSystem.call(
                () -> casesOf(registrationNumber).stream().map(this::describe).toList());
    }

    @Override
    public void anonymise(String registrationNumber, String pseudonym) {
        pseudonyms.replace(registrationNumber, pseudonym);
    }

    /** The jobseeker's cases, running and ended, oldest first. */
    public List<HistoricProcessInstance> casesOf(String registrationNumber) {
        Set<String> ids = new LinkedHashSet<>();
        history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(registrationNumber)
                .list()
                .forEach(c -> ids.add(c.getId()));
        history.createHistoricVariableInstanceQuery()
                .variableValueEquals(CaseVariables.JOBSEEKER_ID, registrationNumber)
                .list()
                .forEach(v -> ids.add(v.getProcessInstanceId()));
        if (ids.isEmpty()) {
            return List.of();
        }
        return history.createHistoricProcessInstanceQuery()
                .processInstanceIds(ids)
                .orderByProcessInstanceStartTime()
                .asc()
                .list();
    }

    private Map<String, Object> describe(HistoricProcessInstance c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("case", c.getId());
        row.put("process", c.getProcessDefinitionKey());
        row.put("businessKey", c.getBusinessKey());
        row.put("state", c.getState());
        row.put("started", c.getStartTime());
        row.put("ended", c.getEndTime());
        row.put("endReason", c.getDeleteReason());
        row.put("steps", steps(c.getId()));
        row.put("tasks", tasks(c.getId()));
        row.put("variables", variables(c.getId()));
        row.put("decisions", decisions(c.getId()));
        row.put("comments", comments(c.getId()));
        return row;
    }

    private List<Map<String, Object>> steps(String caseId) {
        return history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(caseId)
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .list()
                .stream()
                .map(a -> entry(
                        "step",
                        a.getActivityName() == null ? a.getActivityId() : a.getActivityName(),
                        "by",
                        a.getAssignee(),
                        "started",
                        a.getStartTime(),
                        "ended",
                        a.getEndTime()))
                .toList();
    }

    private List<Map<String, Object>> tasks(String caseId) {
        return history
                .createHistoricTaskInstanceQuery()
                .processInstanceId(caseId)
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .list()
                .stream()
                .map(t -> entry(
                        "task",
                        t.getName(),
                        "assignee",
                        t.getAssignee(),
                        "started",
                        t.getStartTime(),
                        "ended",
                        t.getEndTime()))
                .toList();
    }

    private List<Map<String, Object>> variables(String caseId) {
        return history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(caseId)
                .disableCustomObjectDeserialization()
                .list()
                .stream()
                .map(v -> entry("name", v.getName(), "value", plain(v.getValue()), "at", v.getCreateTime()))
                .toList();
    }

    private List<Map<String, Object>> decisions(String caseId) {
        List<Map<String, Object>> decisions = new ArrayList<>();
        for (HistoricDecisionInstance d : history.createHistoricDecisionInstanceQuery()
                .processInstanceId(caseId)
                .includeInputs()
                .includeOutputs()
                .list()) {
            Map<String, Object> inputs = new LinkedHashMap<>();
            d.getInputs()
                    .forEach(i -> inputs.put(
                            i.getClauseName() == null ? i.getClauseId() : i.getClauseName(), plain(i.getValue())));
            Map<String, Object> outputs = new LinkedHashMap<>();
            d.getOutputs().forEach(o -> outputs.put(o.getVariableName(), plain(o.getValue())));
            decisions.add(entry(
                    "decision",
                    d.getDecisionDefinitionKey(),
                    "at",
                    d.getEvaluationTime(),
                    "inputs",
                    inputs,
                    "outputs",
                    outputs));
        }
        return decisions;
    }

    private List<Map<String, Object>> comments(String caseId) {
        return tasks.getProcessInstanceComments(caseId).stream()
                .map(c -> entry("by", c.getUserId(), "at", c.getTime(), "text", c.getFullMessage()))
                .toList();
    }

    private static Object plain(Object value) {
        return value == null || value instanceof Number || value instanceof Boolean || value instanceof String
                ? value
                : String.valueOf(value);
    }

    private static Map<String, Object> entry(Object... pairs) {
        Map<String, Object> entry = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            entry.put((String) pairs[i], pairs[i + 1] instanceof java.util.Date date ? date.toInstant() : pairs[i + 1]);
        }
        return entry;
    }
}
