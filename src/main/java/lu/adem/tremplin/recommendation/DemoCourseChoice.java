package lu.adem.tremplin.recommendation;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.learningplatform.LearningPlatform;
import lu.adem.tremplin.pilot.Pilot;
import lu.adem.tremplin.shared.CaseAlreadyRunning;
import lu.adem.tremplin.shared.CaseVariables;

/**
 * Embedded default only: one demo jobseeker of Luxembourg already enrolled (invited on the simulated
 * platform), whose course choice waits in the Luxembourg counsellors' inbox. Runs once per database,
 * after the sample catalogue is loaded.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "tremplin.demo.enabled", havingValue = "true")
class DemoCourseChoice implements ApplicationRunner {

    static final String JOBSEEKER = "DE-2026-003039";
    private static final Logger log = LoggerFactory.getLogger(DemoCourseChoice.class);

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final LearningPlatform platform;
    private final Pilot pilot;

    DemoCourseChoice(
            RuntimeService runtimeService, HistoryService historyService, LearningPlatform platform, Pilot pilot) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.platform = platform;
        this.pilot = pilot;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (historyService
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey(CourseRecommendationProcess.KEY)
                        .count()
                > 0) {
            return;
        }
        platform.invite(
                new LearningPlatform.Member(JOBSEEKER, "leila.majerus@example.lu", "fr", pilot.teamOf("luxembourg")));
        try {
            runtimeService
                    .createMessageCorrelation(CourseRecommendationProcess.MESSAGE_JOBSEEKER_ENROLLED)
                    .processInstanceBusinessKey(JOBSEEKER)
                    .setVariables(Map.of(
                            CaseVariables.JOBSEEKER_ID,
                            JOBSEEKER,
                            CaseVariables.AGENCY,
                            "luxembourg",
                            CaseVariables.ROUTE,
                            "GUIDED_START",
                            CaseVariables.WEEKLY_HOURS_ANSWER,
                            1))
                    .correlateStartMessage();
        } catch (CaseAlreadyRunning alreadyRunning) {
            // another node started it at the same moment (docs/adr/0022)
            log.info("The demo course choice of {} already runs", JOBSEEKER);
            return;
        }
        log.info("Started the demo course choice of {}", JOBSEEKER);
    }
}
