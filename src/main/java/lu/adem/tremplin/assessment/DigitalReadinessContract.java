package lu.adem.tremplin.assessment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import lu.adem.tremplin.shared.ProcessContract;

/** Publishes {@link DigitalReadinessProcess#CONTRACT}, which the workbench's deployment checks hold every new version to. */
@Configuration(proxyBeanMethods = false)
class DigitalReadinessContract {

    @Bean
    static ProcessContract digitalReadinessProcessContract() {
        return DigitalReadinessProcess.CONTRACT;
    }
}
