package lu.adem.tremplin.modeler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.modeler.Workbench.Definition;
import lu.adem.tremplin.modeler.Workbench.Kind;
import lu.adem.tremplin.modeler.Workbench.Version;
import lu.adem.tremplin.shared.engine.tables.FormDefinitions;

/**
 * What the engine has deployed of the workbench's resources: every process, decision and form
 * definition grouped by the repository file it stands for, one version per deployment, with the
 * change note the workbench kept for it.
 */
@Component
class DeployedVersions {

    private static final int MAX_VERSIONS = 1000;

    /** Who deployed a version from the workbench, and why. */
    record ChangeNote(String deploymentId, String author, String note) {}

    /** A definition as the engine lists it, before it is grouped by resource. */
    private record Found(
            String id, String key, String name, int version, String deploymentId, long running, String resourceName) {}

    private final RepositoryService repositoryService;
    private final ManagementService managementService;
    private final JdbcClient jdbc;
    private final FormDefinitions formDefinitions;

    DeployedVersions(
            RepositoryService repositoryService,
            ManagementService managementService,
            JdbcClient jdbc,
            FormDefinitions formDefinitions) {
        this.repositoryService = repositoryService;
        this.managementService = managementService;
        this.jdbc = jdbc;
        this.formDefinitions = formDefinitions;
    }

    /** Every BPMN, DMN and form resource with its versions (newest first), by resource name. */
    List<Definition> all() {
        Map<String, Deployment> deployments =
                repositoryService
                        .createDeploymentQuery()
                        .orderByDeploymentTime()
                        .desc()
                        .listPage(0, MAX_VERSIONS)
                        .stream()
                        .collect(Collectors.toMap(Deployment::getId, Function.identity()));
        Map<String, ChangeNote> notes = jdbc
                .sql("select deployment_id, author, note from workbench_deployment")
                .query((rs, row) -> new ChangeNote(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list()
                .stream()
                .collect(Collectors.toMap(ChangeNote::deploymentId, Function.identity()));
        Map<String, Long> running = managementService.createProcessDefinitionStatisticsQuery().unlimitedList().stream()
                .collect(Collectors.toMap(ProcessDefinitionStatistics::getId, s -> (long) s.getInstances()));
        List<Found> found = new ArrayList<>();
        for (ProcessDefinition definition :
                repositoryService.createProcessDefinitionQuery().listPage(0, MAX_VERSIONS)) {
            found.add(new Found(
                    definition.getId(),
                    definition.getKey(),
                    definition.getName(),
                    definition.getVersion(),
                    definition.getDeploymentId(),
                    running.getOrDefault(definition.getId(), 0L),
                    definition.getResourceName()));
        }
        for (DecisionDefinition definition :
                repositoryService.createDecisionDefinitionQuery().listPage(0, MAX_VERSIONS)) {
            found.add(new Found(
                    definition.getId(),
                    definition.getKey(),
                    definition.getName(),
                    definition.getVersion(),
                    definition.getDeploymentId(),
                    0,
                    definition.getResourceName()));
        }
        for (FormDefinitions.FormDefinition form : formDefinitions.all()) {
            found.add(new Found(
                    form.id(), form.key(), form.key(), form.version(), form.deploymentId(), 0, form.resourceName()));
        }
        return byResource(found, deployments, notes);
    }

    private static List<Definition> byResource(
            List<Found> found, Map<String, Deployment> deployments, Map<String, ChangeNote> notes) {
        Map<String, List<Version>> byResource = new TreeMap<>();
        Map<String, Found> first = new LinkedHashMap<>();
        for (Found definition : found) {
            String resourceName = Workbench.repositoryName(definition.resourceName());
            if (resourceName == null) {
                continue; // a resource of another kind or name (listed in Camunda Cockpit)
            }
            byResource
                    .computeIfAbsent(resourceName, r -> new ArrayList<>())
                    .add(version(definition, deployments, notes));
            first.putIfAbsent(resourceName, definition);
        }
        List<Definition> definitions = new ArrayList<>();
        byResource.forEach((name, versions) -> {
            // one resource, one version per deployment (a DMN file holds several decisions)
            Map<String, Version> byDeployment = new LinkedHashMap<>();
            versions.stream()
                    .sorted(Comparator.comparing(Version::deployedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                    .forEach(v -> byDeployment.putIfAbsent(v.deploymentId(), v));
            Found named = first.get(name);
            definitions.add(new Definition(
                    name,
                    Kind.of(name),
                    named.key(),
                    named.name() == null ? named.key() : named.name(),
                    List.copyOf(byDeployment.values())));
        });
        return definitions;
    }

    private static Version version(Found found, Map<String, Deployment> deployments, Map<String, ChangeNote> notes) {
        Deployment deployment = deployments.get(found.deploymentId());
        ChangeNote note = notes.get(found.deploymentId());
        return new Version(
                found.id(),
                found.key(),
                found.version(),
                found.deploymentId(),
                deployment == null ? null : deployment.getName(),
                deployment == null || deployment.getDeploymentTime() == null
                        ? null
                        : deployment.getDeploymentTime().toInstant(),
                note == null ? null : note.author(),
                note == null ? null : note.note(),
                found.running(),
                found.resourceName());
    }

    /** The version a deployment of one resource gave it, 1 if the engine kept no definition of it. */
    int versionIn(DeploymentWithDefinitions deployment) {
        if (deployment.getDeployedProcessDefinitions() != null
                && !deployment.getDeployedProcessDefinitions().isEmpty()) {
            return deployment.getDeployedProcessDefinitions().get(0).getVersion();
        }
        if (deployment.getDeployedDecisionDefinitions() != null
                && !deployment.getDeployedDecisionDefinitions().isEmpty()) {
            return deployment.getDeployedDecisionDefinitions().get(0).getVersion();
        }
        return formDefinitions.all().stream()
                .filter(form -> form.deploymentId().equals(deployment.getId()))
                .mapToInt(FormDefinitions.FormDefinition::version)
                .findFirst()
                .orElse(1);
    }
}
