package lu.adem.tremplin.shared.logging;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Names the fields the engine puts into the logging context while it runs a case (in a request, a job
 * or a delegate): the case, its registration number, its process and step. The engine's other fields
 * (definition id, tenant, application, engine name, activity name) are left out: noise in every line.
 */
@Component
class EngineLoggingContext extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setLoggingContextProcessInstanceId(LogFields.CASE_ID);
        configuration.setLoggingContextBusinessKey(LogFields.REGISTRATION_NUMBER);
        configuration.setLoggingContextProcessDefinitionKey(LogFields.PROCESS);
        configuration.setLoggingContextActivityId(LogFields.STEP);
        configuration.setLoggingContextProcessDefinitionId(null);
        configuration.setLoggingContextActivityName(null);
        configuration.setLoggingContextApplicationName(null);
        configuration.setLoggingContextTenantId(null);
        configuration.setLoggingContextEngineName(null);
    }
}
