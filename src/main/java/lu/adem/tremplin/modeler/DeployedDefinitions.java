package lu.adem.tremplin.modeler;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.stereotype.Service;

/**
 * Every deployed process definition version with its deployment and its running cases, in two
 * queries whatever the number of versions (statistics, then the latest deployments).
 */
@Service
public class DeployedDefinitions {

    /** Most versions listed at once; the engine refuses pages above its queryMaxResultsLimit. */
    static final int MAX_VERSIONS = 1000;

    private final ManagementService managementService;
    private final RepositoryService repositoryService;

    DeployedDefinitions(ManagementService managementService, RepositoryService repositoryService) {
        this.managementService = managementService;
        this.repositoryService = repositoryService;
    }

    /** One deployed version of a process. */
    public record Version(String id, String key, String name, int version, String deploymentName,
            Instant deployedAt, int runningCases, int failedJobs) {
    }

    /** All versions the current user may read, by key then newest version first. */
    public List<Version> processVersions() {
        List<ProcessDefinitionStatistics> statistics = managementService.createProcessDefinitionStatisticsQuery()
                .includeFailedJobs()
                .unlimitedList();
        if (statistics.isEmpty()) {
            return List.of();
        }
        Map<String, Deployment> deployments = repositoryService.createDeploymentQuery()
                .orderByDeploymentTime().desc()
                .listPage(0, MAX_VERSIONS)
                .stream()
                .collect(Collectors.toMap(Deployment::getId, Function.identity()));
        return statistics.stream()
                .map(s -> {
                    Deployment deployment = deployments.get(s.getDeploymentId());
                    return new Version(s.getId(), s.getKey(), s.getName(), s.getVersion(),
                            deployment == null ? null : deployment.getName(),
                            deployment == null ? null : deployment.getDeploymentTime().toInstant(),
                            s.getInstances(), s.getFailedJobs());
                })
                .sorted(Comparator.comparing(Version::key).thenComparing(Version::version, Comparator.reverseOrder()))
                .limit(MAX_VERSIONS)
                .toList();
    }
}
