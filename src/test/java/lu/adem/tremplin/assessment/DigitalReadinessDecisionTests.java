package lu.adem.tremplin.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code bpmn/digital-readiness.dmn}, rule by rule and at every boundary the programme names
 * (S = 5/6 and 10/11, A = 3/4, C = 2/3, L1 = 0/1, M1 = 2/3). First match wins.
 */
class DigitalReadinessDecisionTests {

    static DmnDecision decision;
    static DmnEngine engine;

    @BeforeAll
    static void parse() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = DigitalReadinessDecisionTests.class.getResourceAsStream(
                "/" + DigitalReadinessProcess.DECISION_RESOURCE)) {
            decision = engine.parseDecision(DigitalReadinessProcess.DECISION_KEY, dmn);
        }
    }

    static String route(int language, int access, int skills, int conditions, int confidence) {
        var result = engine.evaluateDecisionTable(
                decision,
                Map.of(
                        "languageScore",
                        language,
                        "accessScore",
                        access,
                        "skillsScore",
                        skills,
                        "conditionsScore",
                        conditions,
                        "confidence",
                        confidence));
        assertThat(result.size()).as("first match: exactly one route").isEqualTo(1);
        return result.getSingleEntry();
    }

    @ParameterizedTest(name = "L1={0} A={1} S={2} C={3} M1={4} → {5} ({6})")
    @CsvSource({
        // rule 1: no course language at all, whatever else
        "0, 7, 15, 4, 4, LANGUAGE_SUPPORT, L1 = 0",
        "1, 7, 15, 4, 4, AUTONOMOUS,       L1 = 1 passes on",
        "0, 0, 0,  0, 1, LANGUAGE_SUPPORT, language first even with no skills",
        // rule 2: skills at most 5
        "2, 7, 5,  6, 4, BASIC_TRAINING,   S = 5",
        "2, 7, 6,  6, 4, GUIDED_START,     S = 6",
        "2, 0, 0,  6, 4, BASIC_TRAINING,   basic training before access",
        // rule 3: access at most 3
        "2, 3, 15, 6, 4, GUIDED_START,     A = 3",
        "2, 4, 15, 6, 4, AUTONOMOUS,       A = 4",
        // rule 4: skills 6 to 10
        "2, 7, 10, 6, 4, GUIDED_START,     S = 10",
        "2, 7, 11, 6, 4, AUTONOMOUS,       S = 11",
        // rule 5: confidence at most 2
        "2, 7, 15, 6, 2, GUIDED_START,     M1 = 2",
        "2, 7, 15, 6, 3, AUTONOMOUS,       M1 = 3",
        // rule 6: autonomous needs S >= 11, A >= 4, C >= 3
        "2, 4, 11, 3, 3, AUTONOMOUS,       every threshold met exactly",
        // rule 7: anything else, e.g. strong skills but little time
        "1, 7, 15, 2, 4, GUIDED_START,     C = 2",
        "1, 7, 15, 3, 4, AUTONOMOUS,       C = 3",
    })
    void shouldRouteAsTheProgrammeSays(
            int language, int access, int skills, int conditions, int confidence, String expected, String why) {
        assertThat(route(language, access, skills, conditions, confidence))
                .as(why)
                .isEqualTo(expected);
    }
}
