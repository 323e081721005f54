package lu.adem.tremplin.shared.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Engine settings that security depends on, set in code so that no configuration file can switch
 * them off: Camunda 7.24 is the last community release, so Tremplin guards the engine itself
 * (docs/adr/0003).
 */
@Component
class EngineHardening extends AbstractProcessEnginePlugin {

    static final String GROUP_ID_PATTERN = "[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*";

    private final Settings settings;

    EngineHardening(Settings settings) {
        this.settings = settings;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setAuthorizationEnabled(true);
        configuration.setEnableExpressionsInAdhocQueries(false);
        configuration.setEnableExpressionsInStoredQueries(false);
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setQueryMaxResultsLimit(settings.queryMaxResults());
        configuration.setEnforceHistoryTimeToLive(true);
        // Role and agency groups are named like "process-owner" and "agency-esch-sur-alzette".
        configuration.setGroupResourceWhitelistPattern(GROUP_ID_PATTERN);
        // Camunda's login throttling locks an account for good after loginMaxAttempts failures (ENGINE-27002),
        // so anyone could lock anyone out. Tremplin's SignInThrottle delays instead; Camunda's lock is out of
        // reach and its delays are off (accounts it locked before are free again, or lifted at /sign-in-locks).
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayBase(0);
        configuration.setLoginDelayFactor(0);
        configuration.setLoginDelayMaxTime(0);
    }

    /** {@code tremplin.engine.*}: the largest page any engine query may return. */
    @ConfigurationProperties("tremplin.engine")
    record Settings(Integer queryMaxResults) {
        Settings {
            queryMaxResults = queryMaxResults == null ? 2000 : queryMaxResults;
        }
    }
}
