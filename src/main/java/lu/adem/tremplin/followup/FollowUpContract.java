package lu.adem.tremplin.followup;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import lu.adem.tremplin.shared.ProcessContract;

/** Publishes {@link FollowUpProcess#CONTRACT}, which the workbench's deployment checks hold every new version to. */
@Configuration(proxyBeanMethods = false)
class FollowUpContract {

    @Bean
    static ProcessContract followUpProcessContract() {
        return FollowUpProcess.CONTRACT;
    }
}
