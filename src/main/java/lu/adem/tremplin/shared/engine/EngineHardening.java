package lu.adem.tremplin.shared.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.ProcessBeans;

/**
 * Engine settings that security depends on, set in code so that no configuration file can switch
 * them off: Camunda 7.24 is the last community release, so Tremplin guards the engine itself
 * (docs/adr/0003, docs/adr/0012, docs/security.md). Besides the settings: expressions resolve only
 * Tremplin's delegates and never reach reflection ({@link RestrictedExpressionManager}); no query runs
 * with an expression in any branch ({@link QueryExpressionRefusal}); users' commands follow
 * {@link UserCommandRules}; a task's candidate group may work it ({@code TASK_WORK}) but not change it.
 */
@Component
class EngineHardening extends AbstractProcessEnginePlugin {

    static final String GROUP_ID_PATTERN = "[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*";

    private final Settings settings;
    private final ProcessBeans processBeans;

    EngineHardening(Settings settings, ProcessBeans processBeans) {
        this.settings = settings;
        this.processBeans = processBeans;
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
        // a task's candidate group and assignee may claim and complete it; dates, hand-over and variables
        // go through Tremplin's services, which check first (docs/adr/0012)
        configuration.setDefaultUserPermissionForTask(Permissions.TASK_WORK);
        // Variables (the digital-readiness answers among them) need their own READ_*_VARIABLE permission:
        // reading a case or its history no longer reads its variables. Only a task's candidate group gets
        // one (READ_VARIABLE on that task); supervisors and process owners get none (issue 17, RoleGrants).
        configuration.setEnforceSpecificVariablePermission(true);
        configuration.setExpressionManager(new RestrictedExpressionManager(processBeans));
        Supplier<Authentication> user = () -> configuration.getIdentityService().getCurrentAuthentication();
        // one instance per chain: an interceptor holds the next link of its own chain
        configuration.setCustomPreCommandInterceptorsTxRequired(
                guardsBefore(configuration.getCustomPreCommandInterceptorsTxRequired(), user));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
                guardsBefore(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), user));
    }

    /** Tremplin's guards first, then any interceptor configured before. */
    private static List<CommandInterceptor> guardsBefore(
            List<CommandInterceptor> others, Supplier<Authentication> user) {
        List<CommandInterceptor> chain =
                new ArrayList<>(List.of(new QueryExpressionRefusal(user), new UserCommandRules(user)));
        if (others != null) {
            chain.addAll(others);
        }
        return chain;
    }

    /** {@code tremplin.engine.*}: the largest page any engine query may return. */
    @ConfigurationProperties("tremplin.engine")
    record Settings(Integer queryMaxResults) {
        Settings {
            queryMaxResults = queryMaxResults == null ? 2000 : queryMaxResults;
        }
    }
}
