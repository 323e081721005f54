package lu.adem.tremplin.inbox.form;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.EngineAsSystem;
import lu.adem.tremplin.shared.engine.tables.FormDefinitions;

/**
 * A task's Camunda Form, parsed once per deployed form version. Tremplin's diagrams name their forms with
 * {@code camunda:formRef} and binding {@code latest}: the form is then the latest deployed version of that
 * key — one indexed lookup — and a deployed version never changes, so its parsed form is kept by its id.
 * Other bindings read the form through the engine each time. Before (issue 15), every opening and every
 * completion read the task, the form definition and the form's bytes from the database and parsed them.
 */
@Component
class DeployedForms {

    static final int KEPT = 500;

    private static final Logger log = LoggerFactory.getLogger(DeployedForms.class);

    private final FormService formService;
    private final RepositoryService repositoryService;
    private final FormDefinitions definitions;
    private final EngineAsSystem asSystem;
    private final Map<String, TaskForm> parsed = new ConcurrentHashMap<>();

    DeployedForms(
            FormService formService,
            RepositoryService repositoryService,
            FormDefinitions definitions,
            EngineAsSystem asSystem) {
        this.formService = formService;
        this.repositoryService = repositoryService;
        this.definitions = definitions;
        this.asSystem = asSystem;
    }

    /** The form of a task the engine already let the user read (queried with {@code initializeFormKeys()}). */
    TaskForm of(Task task) {
        CamundaFormRef ref = task.getCamundaFormRef();
        if (ref != null && "latest".equals(ref.getBinding())) {
            Optional<FormDefinitions.FormDefinition> latest = definitions.latest(ref.getKey());
            if (latest.isPresent()) {
                if (parsed.size() > KEPT) {
                    parsed.clear();
                }
                FormDefinitions.FormDefinition form = latest.get();
                return parsed.computeIfAbsent(
                        form.id(),
                        id -> read(
                                task.getId(),
                                () -> asSystem.call(() -> repositoryService.getResourceAsStream(
                                        form.deploymentId(), form.resourceName()))));
            }
        }
        return read(task.getId(), () -> formService.getDeployedTaskForm(task.getId()));
    }

    private static TaskForm read(String taskId, java.util.function.Supplier<InputStream> resource) {
        try (InputStream json = resource.get()) {
            return TaskForm.parse(new String(json.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException noForm) {
            log.warn("Task {} has no readable Camunda Form: {}", taskId, noForm.toString());
            return new TaskForm(null, List.of());
        }
    }
}
