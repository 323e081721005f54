package lu.adem.tremplin.onboarding.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.shared.EngineAsSystem;

/**
 * End event "Enrolled": sends {@code jobseeker-enrolled} so that the process starting on it (course
 * recommendation) takes the jobseeker over, with the business key, the jobseeker's id, agency and
 * route. Until such a process is deployed the case ends enrolled and the log says so. Starting the
 * next process is Tremplin's decision, not the counsellor's: it runs without the user's grants.
 */
@Component("announceEnrolment")
public class AnnounceEnrolment implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(AnnounceEnrolment.class);

    private final EngineAsSystem asSystem;

    public AnnounceEnrolment(EngineAsSystem asSystem) {
        this.asSystem = asSystem;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RepositoryService repository = execution.getProcessEngineServices().getRepositoryService();
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        Map<String, Object> variables = new HashMap<>();
        for (String name : new String[] { OnboardingProcess.VAR_JOBSEEKER_ID, OnboardingProcess.VAR_AGENCY,
                OnboardingProcess.VAR_ROUTE }) {
            variables.put(name, execution.getVariable(name));
        }
        asSystem.run(() -> {
            boolean listened = repository.createProcessDefinitionQuery()
                    .messageEventSubscriptionName(OnboardingProcess.MESSAGE_ENROLLED).active().count() > 0;
            if (!listened) {
                log.info("Case {} enrolled; no deployed process starts on '{}' yet", execution.getBusinessKey(),
                        OnboardingProcess.MESSAGE_ENROLLED);
                return;
            }
            runtime.createMessageCorrelation(OnboardingProcess.MESSAGE_ENROLLED)
                    .processInstanceBusinessKey(execution.getBusinessKey())
                    .setVariables(variables)
                    .correlateStartMessage();
        });
    }
}
