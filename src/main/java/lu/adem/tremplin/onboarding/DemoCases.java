package lu.adem.tremplin.onboarding;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.Agency;

/**
 * Embedded default only: a few onboarding cases so that the demo counsellors' inboxes are not
 * empty on first start. Runs once per database (never when any onboarding case exists or existed).
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "tremplin.demo.enabled", havingValue = "true")
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    static final List<DemoCase> CASES = List.of(
            new DemoCase("DE-2026-004211", Agency.LUXEMBOURG),
            new DemoCase("DE-2026-004387", Agency.LUXEMBOURG),
            new DemoCase("DE-2026-005102", Agency.LUXEMBOURG),
            new DemoCase("DE-2026-003876", Agency.ESCH_SUR_ALZETTE),
            new DemoCase("DE-2026-004950", Agency.ESCH_SUR_ALZETTE),
            new DemoCase("DE-2026-005233", Agency.DIEKIRCH));

    private final Onboarding onboarding;
    private final HistoryService historyService;

    DemoCases(Onboarding onboarding, HistoryService historyService) {
        this.onboarding = onboarding;
        this.historyService = historyService;
    }

    @Override
    public void run(ApplicationArguments args) {
        long everStarted = historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(OnboardingProcess.KEY)
                .count();
        if (everStarted > 0) {
            return;
        }
        CASES.forEach(demo -> {
            try {
                onboarding.proposeProgramme(demo.jobseekerId(), demo.agency());
            } catch (Onboarding.OnboardingAlreadyRunning startedByAnotherNode) {
                // another node starting at the same moment proposed it first: already done
            }
        });
        log.info("Started {} demo onboarding cases", CASES.size());
    }

    record DemoCase(String jobseekerId, Agency agency) {}
}
