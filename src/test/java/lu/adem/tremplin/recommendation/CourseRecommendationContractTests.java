package lu.adem.tremplin.recommendation;

import org.junit.jupiter.api.Test;

import lu.adem.tremplin.support.ContractAssert;

/** {@code bpmn/course-recommendation.bpmn} keeps what the code relies on ({@link CourseRecommendationProcess#CONTRACT}): neither drifts from the other. */
class CourseRecommendationContractTests {

    @Test
    void shouldKeepInTheDiagramWhatTheCodeReliesOn() {
        ContractAssert.assertKept(CourseRecommendationProcess.CONTRACT);
    }
}
