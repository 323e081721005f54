package lu.adem.tremplin.onboarding;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import lu.adem.tremplin.shared.OneCasePerKey;
import lu.adem.tremplin.shared.ProcessContract;

/** Publishes {@link OnboardingProcess#CONTRACT}, which the workbench's deployment checks hold every new version to. */
@Configuration(proxyBeanMethods = false)
class OnboardingContract {

    @Bean
    static ProcessContract onboardingProcessContract() {
        return OnboardingProcess.CONTRACT;
    }

    /** One running case per key, held by the engine (docs/adr/0022). */
    @Bean
    static OneCasePerKey oneOnboardingPerJobseeker() {
        return OneCasePerKey.byBusinessKey(OnboardingProcess.KEY);
    }
}
