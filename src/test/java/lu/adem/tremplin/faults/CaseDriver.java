package lu.adem.tremplin.faults;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import lu.adem.tremplin.support.Questionnaire;

/**
 * Drives one jobseeker's case end to end through the engine REST API, as the counsellors' and the jobseeker's
 * stand-in: starts the onboarding, completes each open task with its form's values, activates the account on the
 * simulated platform once the invitation was sent, chooses the first course of the shortlist, and lets the
 * follow-up read progress twice. Every step looks at the case first and acts on what it finds, so a driver that
 * gave up (or a second one) resumes where the case is. Time is the only thing it fakes: the timers "check again
 * tomorrow" and "wait a week" are brought forward through the job API, as an impatient operator would.
 *
 * <p>The case is finished when the follow-up has read the second progress value ({@link #SECOND_READING} %).
 */
final class CaseDriver {

    static final int SECOND_READING = 40;
    static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final EngineClient engine;
    private final Database database;
    private final String agency;

    CaseDriver(EngineClient engine, Database database, String agency) {
        this.engine = engine;
        this.database = database;
        this.agency = agency;
    }

    /** Drives the case until it is finished or {@code deadline} (System.nanoTime) passes. */
    boolean drive(String jobseekerId, long deadline) {
        if (!started(jobseekerId)) {
            Map<String, Object> start = new LinkedHashMap<>();
            start.put("businessKey", jobseekerId);
            start.put("variables", variables(Map.of("jobseekerId", jobseekerId, "agency", agency)));
            EngineClient.Answer answer = engine.post("/process-definition/key/onboarding/start", start, true);
            if (!answer.ok()) {
                throw new IllegalStateException(
                        "start of " + jobseekerId + ": HTTP " + answer.status() + " " + answer.body());
            }
        }
        while (System.nanoTime() < deadline) {
            if (step(jobseekerId)) {
                return true;
            }
            EngineClient.sleep(500);
        }
        return false;
    }

    private boolean started(String jobseekerId) {
        JsonNode count = engine.get("/history/process-instance/count?processDefinitionKey=onboarding"
                        + "&processInstanceBusinessKey=" + jobseekerId)
                .body();
        return count != null && count.path("count").asLong() > 0;
    }

    /** One look at the case and what follows from it; true when the case is finished. */
    private boolean step(String jobseekerId) {
        JsonNode tasks = engine.get("/task?maxResults=50&processInstanceBusinessKey=" + jobseekerId)
                .body();
        if (tasks != null && tasks.size() > 0) {
            for (JsonNode task : tasks) {
                complete(jobseekerId, task);
            }
            return false;
        }
        String account = database.accountStatus(jobseekerId);
        if ("INVITED".equals(account)) {
            database.activate(jobseekerId); // the jobseeker activates the account on the platform
        }
        if ("ACTIVE".equals(account) || "INVITED".equals(account)) {
            bringForward(jobseekerId, "onboarding", "CheckAgainTomorrow");
        }
        Integer progress = progressRead(jobseekerId);
        if (progress == null) {
            return false;
        }
        if (progress >= SECOND_READING) {
            return true;
        }
        database.learn(jobseekerId, SECOND_READING); // the jobseeker learns during the week
        bringForward(jobseekerId, "follow-up", "WaitAWeek");
        return false;
    }

    /** The progress the case's follow-up last read from the platform, or null before its first reading. */
    private Integer progressRead(String jobseekerId) {
        JsonNode instances = engine.get(
                        "/process-instance?maxResults=50&processDefinitionKey=follow-up&businessKey=" + jobseekerId)
                .body();
        if (instances == null || instances.isEmpty()) {
            return null;
        }
        EngineClient.Answer progress =
                engine.get("/process-instance/" + instances.get(0).path("id").asText() + "/variables/progressPercent");
        return progress.ok() ? progress.body().path("value").asInt() : null;
    }

    private void complete(String jobseekerId, JsonNode task) {
        String id = task.path("id").asText();
        String key = task.path("taskDefinitionKey").asText();
        Map<String, Object> values = switch (key) {
            case "ProposeProgramme" -> Map.of("proposalChannel", "PHONE", "proposalOutcome", "ACCEPTED");
            case "GivePrivacyNotice" ->
                Map.of("privacyNoticeGiven", true, "privacyNoticeChannel", "IN_PERSON", "assessmentMode", "INTERVIEW");
            case "RunInterview" -> interview();
            case "ValidateRoute" -> Map.of("routeDecision", "CONFIRM");
            case "ChooseCourse" -> Map.of("courseChoice", "CHOSEN", "chosenCourseId", firstOfShortlist(id));
            default -> throw new IllegalStateException("Unexpected task " + task + " in the case of " + jobseekerId);
        };
        EngineClient.Answer answer =
                engine.post("/task/" + id + "/submit-form", Map.of("variables", variables(values)), true);
        if (!answer.ok() && engine.get("/task/" + id).status() != 404) {
            throw new IllegalStateException(
                    "Task " + key + " of " + jobseekerId + " refused: HTTP " + answer.status() + " " + answer.body());
        }
    }

    private String firstOfShortlist(String taskId) {
        JsonNode shortlist =
                engine.get("/task/" + taskId + "/variables/shortlist").body();
        return shortlist.path("value").asText().split(",")[0];
    }

    /** Brings the case's due timer of this activity forward to now, if it waits. */
    private void bringForward(String jobseekerId, String processKey, String activityId) {
        JsonNode instances = engine.get("/process-instance?maxResults=50&processDefinitionKey=" + processKey
                        + "&businessKey=" + jobseekerId)
                .body();
        if (instances == null || instances.isEmpty()) {
            return;
        }
        for (JsonNode instance : instances) {
            JsonNode jobs = engine.get("/job?maxResults=50&timers=true&activityId=" + activityId + "&processInstanceId="
                            + instance.path("id").asText())
                    .body();
            for (JsonNode job : jobs) {
                String now = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).format(ENGINE_DATE);
                engine.put("/job/" + job.path("id").asText() + "/duedate", Map.of("duedate", now));
            }
        }
    }

    private static Map<String, Object> interview() {
        Map<String, Object> values = new HashMap<>();
        Questionnaire.autonomous().forEach((question, answer) -> values.put(question, ((Integer) answer).longValue()));
        values.put("x1", false);
        values.put("x2", false);
        return values;
    }

    /** Engine REST's typed variables. */
    static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> typed = new LinkedHashMap<>();
        values.forEach((name, value) -> typed.put(
                name,
                Map.of(
                        "value",
                        value,
                        "type",
                        value instanceof Boolean ? "Boolean" : value instanceof Long ? "Long" : "String")));
        return typed;
    }
}
