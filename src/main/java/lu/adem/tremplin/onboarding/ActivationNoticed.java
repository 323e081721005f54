package lu.adem.tremplin.onboarding;

import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.learningplatform.AccountActivated;
import lu.adem.tremplin.shared.EngineAsSystem;

/**
 * When Tremplin hears at once that an account was activated, the waiting case checks now instead
 * of at its next daily check: the timer "check again tomorrow" is brought forward. The check itself
 * still asks the platform, so nothing is taken on trust.
 */
@Component
class ActivationNoticed {

    private static final Logger log = LoggerFactory.getLogger(ActivationNoticed.class);

    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final EngineAsSystem asSystem;

    ActivationNoticed(RuntimeService runtimeService, ManagementService managementService, EngineAsSystem asSystem) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.asSystem = asSystem;
    }

    @EventListener
    void checkNow(AccountActivated activated) {
        asSystem.run(() -> runtimeService.createProcessInstanceQuery().processDefinitionKey(OnboardingProcess.KEY)
                .processInstanceBusinessKey(activated.externalId()).listPage(0, 10)
                .forEach(instance -> managementService.createJobQuery().processInstanceId(instance.getId())
                        .activityId(OnboardingProcess.TIMER_CHECK_AGAIN).listPage(0, 10)
                        .forEach(timer -> {
                            managementService.setJobDuedate(timer.getId(), new Date(ClockUtil.getCurrentTime().getTime()));
                            log.info("Case {}: account activation reported, checking now", activated.externalId());
                        })));
    }
}
