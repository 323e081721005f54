package lu.adem.tremplin.recommendation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import lu.adem.tremplin.shared.OneCasePerKey;
import lu.adem.tremplin.shared.ProcessContract;

/** Publishes {@link CourseRecommendationProcess#CONTRACT}, which the workbench's deployment checks hold every new version to. */
@Configuration(proxyBeanMethods = false)
class CourseRecommendationContract {

    @Bean
    static ProcessContract courseRecommendationProcessContract() {
        return CourseRecommendationProcess.CONTRACT;
    }

    /** One running case per key, held by the engine (docs/adr/0022). */
    @Bean
    static OneCasePerKey oneCourseChoicePerJobseeker() {
        return OneCasePerKey.byBusinessKey(CourseRecommendationProcess.KEY);
    }
}
