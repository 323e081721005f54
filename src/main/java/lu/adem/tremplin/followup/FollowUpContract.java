package lu.adem.tremplin.followup;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.shared.OneCasePerKey;
import lu.adem.tremplin.shared.ProcessContract;

/** Publishes {@link FollowUpProcess#CONTRACT}, which the workbench's deployment checks hold every new version to. */
@Configuration(proxyBeanMethods = false)
class FollowUpContract {

    @Bean
    static ProcessContract followUpProcessContract() {
        return FollowUpProcess.CONTRACT;
    }

    /** One running case per key, held by the engine (docs/adr/0022). */
    @Bean
    static OneCasePerKey oneFollowUpPerJobseekerAndCourse() {
        return OneCasePerKey.byBusinessKeyAnd(FollowUpProcess.KEY, CaseVariables.ENROLLED_COURSE);
    }
}
