package lu.adem.tremplin.modeler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.ProcessBeans;
import lu.adem.tremplin.shared.ProcessContract;

/**
 * Puts the {@link DeploymentChecks} in front of the engine's own deployers, so that every new
 * deployment passes them whatever its path: the workbench, Camunda Modeler through the engine REST
 * API, the start-up deployment, the webapps' API, the Java API. A deployment with an error is refused
 * whole ({@link DeploymentRefused}) and nothing of it is stored. Deployments the engine only reads
 * back into its cache are not new and are not checked again.
 */
@Component
class DeploymentChecksPlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(DeploymentChecksPlugin.class);

    // Lazily: the engine configuration is built before most beans exist, and must not wait for them.
    private final ObjectProvider<ProcessBeans> processBeans;
    private final ListableBeanFactory beans;

    DeploymentChecksPlugin(ObjectProvider<ProcessBeans> processBeans, ListableBeanFactory beans) {
        this.processBeans = processBeans;
        this.beans = beans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getCustomPreDeployers() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        deployers.add(this::check);
        configuration.setCustomPreDeployers(deployers);
    }

    void check(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        CommandContext command = Context.getCommandContext();
        ProcessBeans allowed = processBeans.getObject();
        var checks = new DeploymentChecks(
                key -> deployedForm(command, key),
                allowed::allows,
                beans::containsBean,
                () -> List.copyOf(beans.getBeansOfType(ProcessContract.class, false, false)
                        .values()));
        Map<String, byte[]> resources = new LinkedHashMap<>();
        deployment.getResources().forEach((name, resource) -> resources.put(name, resource.getBytes()));
        Map<String, List<Problem>> errors = new LinkedHashMap<>();
        checks.check(resources).forEach((name, problems) -> {
            List<Problem> found = problems.stream().filter(Problem::isError).toList();
            if (!found.isEmpty()) {
                errors.put(name, found);
            }
        });
        if (!errors.isEmpty()) {
            DeploymentRefused refused = new DeploymentRefused(errors);
            log.warn(
                    "Refused deployment '{}' (source '{}') by {}: {}",
                    oneLine(deployment.getName()),
                    oneLine(deployment.getSource()),
                    command.getAuthenticatedUserId(),
                    oneLine(refused.getMessage()));
            throw refused;
        }
    }

    private static String oneLine(String text) {
        return text == null ? null : text.replaceAll("[\\r\\n]", " ");
    }

    /** The latest version of a form, read in the deployment's own transaction. */
    private static Optional<byte[]> deployedForm(CommandContext command, String key) {
        CamundaFormDefinitionEntity latest;
        try {
            latest = command.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key);
        } catch (RuntimeException oneForEachTenant) {
            return Optional.of(new byte[0]);
        }
        if (latest == null) {
            return Optional.empty();
        }
        ResourceEntity resource = command.getResourceManager()
                .findResourceByDeploymentIdAndResourceName(latest.getDeploymentId(), latest.getResourceName());
        return Optional.of(resource == null ? new byte[0] : resource.getBytes());
    }
}
