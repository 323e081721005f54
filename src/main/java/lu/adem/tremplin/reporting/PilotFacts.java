package lu.adem.tremplin.reporting;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.followup.FollowUpProcess;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.shared.CaseVariables;

/**
 * Keeps {@code pilot_journey} and {@code pilot_course} up to date from the engine's history events, in the
 * transaction of the step that caused them: an onboarding case's agency, route, invitation, activation
 * and end; a follow-up case's course, progress, completion, certificate, abandonment at the review and a job found. The pilot review then groups
 * two narrow tables instead of pivoting Camunda's variable history (ADR 0011). The engine still writes its
 * own history as before; this handler only listens.
 *
 * <p>Events of one case may come in any order (a start variable before the case's own start event), so
 * every write is “update, else insert” by case id.
 */
@Component
@Order(20)
class PilotFacts extends AbstractProcessEnginePlugin implements HistoryEventHandler {

    /** The ends of follow-up that abandon the course (not found a job, not the pilot's end). */
    static final java.util.Set<String> ABANDONED = java.util.Set.of(
            FollowUpProcess.END_SWITCH, FollowUpProcess.END_GUIDED_START, FollowUpProcess.END_WITHDRAWN);

    private final JdbcClient jdbc;

    PilotFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(this);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        String key = event.getProcessDefinitionKey();
        boolean onboarding = OnboardingProcess.KEY.equals(key);
        if (!onboarding && !FollowUpProcess.KEY.equals(key) || event.getProcessInstanceId() == null) {
            return;
        }
        String table = onboarding ? "pilot_journey" : "pilot_course";
        if (event instanceof HistoricProcessInstanceEventEntity process) {
            if (event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_START)) {
                set(
                        table,
                        event.getProcessInstanceId(),
                        values(
                                "registration_number",
                                text(process.getBusinessKey()),
                                onboarding ? "proposed_at" : "started_at",
                                time(process.getStartTime())));
            } else if (event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
                set(table, event.getProcessInstanceId(), values("ended_at", time(process.getEndTime())));
            }
        } else if (event instanceof HistoricActivityInstanceEventEntity activity
                && onboarding
                && event.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_END)) {
            if (OnboardingProcess.TASK_INVITE.equals(activity.getActivityId())) {
                first(event.getProcessInstanceId(), "invited_at", activity.getEndTime());
            } else if (OnboardingProcess.END_ENROLLED.equals(activity.getActivityId())) {
                first(event.getProcessInstanceId(), "activated_at", activity.getEndTime());
            }
        } else if (event instanceof HistoricActivityInstanceEventEntity activity
                && event.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_END)
                && FollowUpProcess.END_JOB.equals(activity.getActivityId())) {
            // "found a job", recorded by a counsellor during follow-up: the exit to employment figure reads it
            first("pilot_course", event.getProcessInstanceId(), "job_found_at", time(activity.getEndTime()));
        } else if (event instanceof HistoricActivityInstanceEventEntity activity
                && event.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_END)
                && ABANDONED.contains(activity.getActivityId())) {
            // the course stopped without completion at the 60-day review: an occasion of the satisfaction survey
            first("pilot_course", event.getProcessInstanceId(), "abandoned_at", time(activity.getEndTime()));
        } else if (event instanceof HistoricVariableUpdateEventEntity variable
                && !event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE)) {
            variable(table, onboarding, variable);
        }
    }

    private void variable(String table, boolean onboarding, HistoricVariableUpdateEventEntity variable) {
        String id = variable.getProcessInstanceId();
        Timestamp at = time(variable.getTimestamp());
        switch (variable.getVariableName()) {
            case CaseVariables.AGENCY -> set(table, id, values("agency", text(variable.getTextValue())));
            case CaseVariables.ROUTE -> set(table, id, values("route", text(variable.getTextValue())));
            case CaseVariables.ENROLLED_COURSE -> {
                if (!onboarding) {
                    set(table, id, values("course_id", text(variable.getTextValue())));
                }
            }
            case FollowUpProcess.VAR_PROGRESS -> {
                if (!onboarding && variable.getLongValue() != null) {
                    set(table, id, values("progress", (int) Math.max(0, Math.min(100, variable.getLongValue()))));
                }
            }
            case FollowUpProcess.VAR_COMPLETED -> {
                if (!onboarding && isTrue(variable)) {
                    first(table, id, "completed_at", at);
                }
            }
            case FollowUpProcess.VAR_CERTIFICATE -> {
                if (!onboarding && isTrue(variable)) {
                    first(table, id, "certificate_at", at);
                }
            }
            default -> {
                // not a pilot figure
            }
        }
    }

    private static boolean isTrue(HistoricVariableUpdateEventEntity variable) {
        return variable.getLongValue() != null && variable.getLongValue() == 1L;
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    private void first(String caseId, String column, Date at) {
        first("pilot_journey", caseId, column, time(at));
    }

    /** Sets a moment once: the first invitation or certificate counts, a repeat does not move it. */
    private void first(String table, String caseId, String column, Timestamp at) {
        int updated = jdbc.sql(
                        "update " + table + " set " + column + " = :at where case_id = :id and " + column + " is null")
                .param("at", at)
                .param("id", caseId)
                .update();
        if (updated == 0 && !exists(table, caseId)) {
            insert(table, caseId, values(column, at));
        }
    }

    private void set(String table, String caseId, Map<String, Object> values) {
        StringBuilder sql = new StringBuilder("update ").append(table).append(" set ");
        values.keySet()
                .forEach(column ->
                        sql.append(column).append(" = :").append(column).append(", "));
        sql.setLength(sql.length() - 2);
        int updated = jdbc.sql(sql.append(" where case_id = :case_id").toString())
                .params(values)
                .param("case_id", caseId)
                .update();
        if (updated == 0) {
            insert(table, caseId, values);
        }
    }

    private boolean exists(String table, String caseId) {
        return jdbc.sql("select count(*) from " + table + " where case_id = :id")
                        .param("id", caseId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private void insert(String table, String caseId, Map<String, Object> values) {
        StringBuilder columns = new StringBuilder("case_id");
        StringBuilder names = new StringBuilder(":case_id");
        values.keySet().forEach(column -> {
            columns.append(", ").append(column);
            names.append(", :").append(column);
        });
        jdbc.sql("insert into " + table + " (" + columns + ") values (" + names + ")")
                .params(values)
                .param("case_id", caseId)
                .update();
    }

    private static Map<String, Object> values(Object... columnsAndValues) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            values.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return values;
    }

    private static String text(String value) {
        return value == null ? null : value.length() > 32 ? value.substring(0, 32) : value;
    }

    private static Timestamp time(Date at) {
        return at == null ? null : new Timestamp(at.getTime());
    }
}
