package lu.adem.tremplin.shared.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.DatabaseOutage;

/**
 * Notices, outside the engine's transaction, a command that failed because the database was out of reach
 * ({@link DatabaseOutage#notice}), so that the HTTP answer can say so (a 503) although the engine REST API
 * turns the failure into a 500 of its own.
 */
@Component
class OutageNoticing extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(
                first(configuration.getCustomPreCommandInterceptorsTxRequired()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
                first(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    }

    private static List<CommandInterceptor> first(List<CommandInterceptor> others) {
        List<CommandInterceptor> chain = others == null ? new ArrayList<>() : new ArrayList<>(others);
        chain.add(0, new Noticing());
        return chain;
    }

    static final class Noticing extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuntimeException | Error failure) {
                DatabaseOutage.notice(failure);
                throw failure;
            }
        }
    }
}
