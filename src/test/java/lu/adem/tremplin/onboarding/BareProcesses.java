package lu.adem.tremplin.onboarding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.core.io.ClassPathResource;

/**
 * The bare engine's copy of Tremplin's processes, for the throughput benchmarks' reference: the same
 * diagrams ({@code bpmn/onboarding.bpmn}, {@code digital-readiness.bpmn}, {@code course-recommendation.bpmn},
 * {@code follow-up.bpmn}), deployed a second time under keys ending in {@value #SUFFIX}, with every
 * delegate and listener replaced by a Java class that does nothing ({@link NoOp}); the two message end events
 * that hand a case on correlate the next process's start message themselves ({@link Handover}), as the engine
 * alone would. Message names get the suffix too, so that the copies never start Tremplin's processes.
 */
final class BareProcesses {

    static final String SUFFIX = "-bare";
    static final List<String> KEYS = List.of("onboarding", "digital-readiness", "course-recommendation", "follow-up");
    static final List<String> MESSAGES =
            List.of("jobseeker-enrolled", "course-enrolled", "self-assessment-answered", "job-found");

    private BareProcesses() {}

    /**
     * Deploys the copies (once per database), past Tremplin's deployment checks (which refuse Java classes in a
     * diagram): the checks are taken out of the engine's deployers for this one deployment.
     */
    static void deploy(ProcessEngine engine) throws IOException {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        var cache = configuration.getDeploymentCache();
        List<Deployer> all = configuration.getDeployers();
        List<Deployer> engineOnly = new ArrayList<>(all);
        engineOnly.removeAll(configuration.getCustomPreDeployers());
        cache.setDeployers(engineOnly);
        try {
            var deployment = engine.getRepositoryService()
                    .createDeployment()
                    .name("throughput-bare")
                    .enableDuplicateFiltering(false);
            for (String key : KEYS) {
                deployment.addString(key + SUFFIX + ".bpmn", bare(read("bpmn/" + key + ".bpmn")));
            }
            deployment.deploy();
        } finally {
            cache.setDeployers(all);
        }
    }

    static String bare(String xml) {
        for (String key : KEYS) {
            xml = xml.replace("\"" + key + "\"", "\"" + key + SUFFIX + "\"");
        }
        for (String message : MESSAGES) {
            xml = xml.replace("name=\"" + message + "\"", "name=\"" + message + SUFFIX + "\"");
        }
        xml = xml.replaceAll(
                "(<bpmn:messageEventDefinition[^>]*?)camunda:delegateExpression=\"\\$\\{[A-Za-z]+\\}\"",
                "$1camunda:class=\"" + java.util.regex.Matcher.quoteReplacement(Handover.class.getName()) + "\"");
        xml = xml.replaceAll(
                "(<camunda:(task|execution)Listener[^>]*?)delegateExpression=\"\\$\\{[A-Za-z]+\\}\"",
                "$1class=\"" + java.util.regex.Matcher.quoteReplacement(NoOp.class.getName()) + "\"");
        return xml.replaceAll(
                "camunda:delegateExpression=\"\\$\\{[A-Za-z]+\\}\"",
                "camunda:class=\"" + java.util.regex.Matcher.quoteReplacement(NoOp.class.getName()) + "\"");
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Any delegate or listener of the copies: does nothing. */
    public static class NoOp implements JavaDelegate, TaskListener {
        @Override
        public void execute(DelegateExecution execution) {}

        @Override
        public void notify(DelegateTask task) {}
    }

    /**
     * The message end events "Enrolled" and "Enrolled in the course": start the next copy by its start
     * message, with what Tremplin's hand-over carries and what the no-op delegates did not set.
     */
    public static class Handover implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            boolean onboarding = execution.getProcessDefinitionId().startsWith("onboarding" + SUFFIX);
            Map<String, Object> variables = new HashMap<>();
            for (String name : new String[] {"jobseekerId", "agency", "route", "weeklyHoursAnswer"}) {
                variables.put(name, execution.getVariable(name));
            }
            if (!onboarding) {
                variables.put("enrolledCourseId", execution.getVariable("chosenCourseId"));
                // what PrepareFollowUp sets, the pilot-end timer reads it
                variables.put("pilotEndsAt", new Date(System.currentTimeMillis() + 365L * 24 * 3600 * 1000));
                variables.put("progress", 0);
                variables.put("completed", false);
                variables.put("certificate", false);
            }
            execution
                    .getProcessEngineServices()
                    .getRuntimeService()
                    .createMessageCorrelation((onboarding ? "jobseeker-enrolled" : "course-enrolled") + SUFFIX)
                    .processInstanceBusinessKey(execution.getBusinessKey())
                    .setVariables(variables)
                    .correlateStartMessage();
        }
    }
}
