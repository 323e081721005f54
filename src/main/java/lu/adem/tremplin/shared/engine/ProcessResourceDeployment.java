package lu.adem.tremplin.shared.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every {@code *.bpmn}, {@code *.dmn} and {@code *.form} under {@code bpmn/} and
 * {@code forms/} at start-up, under stable resource names ({@code bpmn/onboarding.bpmn}) whatever
 * the run mode (Maven, jar, IDE), with duplicate filtering: an unchanged file deploys no new
 * version, and a changed one deploys only itself, so a version deployed later from the process
 * owners' workbench is never shadowed by a restart. Camunda's deployment lock serialises nodes that
 * start together on one database.
 */
@Component
@Order(0)
class ProcessResourceDeployment implements ApplicationRunner {

    static final String DEPLOYMENT_NAME = "tremplin";
    static final List<String> PATTERNS =
            List.of("classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn", "classpath*:forms/**/*.form");

    private static final Logger log = LoggerFactory.getLogger(ProcessResourceDeployment.class);

    private final RepositoryService repositoryService;

    ProcessResourceDeployment(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        DeploymentBuilder deployment = repositoryService
                .createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("tremplin start-up")
                .enableDuplicateFiltering(true);
        List<InputStream> streams = new ArrayList<>();
        try {
            for (StableResource resource : resources()) {
                InputStream in = resource.resource().getInputStream();
                streams.add(in);
                deployment.addInputStream(resource.name(), in);
            }
            if (streams.isEmpty()) {
                log.warn("No process resources found under bpmn/ or forms/");
                return;
            }
            DeploymentWithDefinitions result = deployment.deployWithResult();
            var definitions = result.getDeployedProcessDefinitions();
            log.info(
                    "Start-up deployment {}: {} resources checked, {} new process definition versions",
                    result.getId(),
                    streams.size(),
                    definitions == null ? 0 : definitions.size());
        } finally {
            for (InputStream in : streams) {
                in.close();
            }
        }
    }

    static List<StableResource> resources() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        List<StableResource> found = new ArrayList<>();
        for (String pattern : PATTERNS) {
            for (Resource resource : resolver.getResources(pattern)) {
                found.add(new StableResource(stableName(resource.getURL().toString()), resource));
            }
        }
        return found;
    }

    /** {@code jar:file:/app.jar!/BOOT-INF/classes!/bpmn/onboarding.bpmn} → {@code bpmn/onboarding.bpmn}. */
    static String stableName(String url) {
        int bpmn = url.lastIndexOf("/bpmn/");
        int forms = url.lastIndexOf("/forms/");
        int start = Math.max(bpmn, forms);
        if (start < 0) {
            throw new IllegalArgumentException("Not under bpmn/ or forms/: " + url);
        }
        return url.substring(start + 1);
    }

    record StableResource(String name, Resource resource) {}
}
