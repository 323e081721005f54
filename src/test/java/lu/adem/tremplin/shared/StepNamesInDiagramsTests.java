package lu.adem.tremplin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Every step a user reads has its name in French and German in the diagram itself (ADR 0030): a process
 * owner or developer who adds a step without them fails the build here, the step named.
 */
class StepNamesInDiagramsTests {

    private static final List<String> LANGUAGES = List.of("fr", "de");

    @Test
    void shouldNameEveryUserTaskInFrenchAndGerman() throws IOException {
        assertThat(missing(UserTask.class))
                .as("user tasks without a name:fr / name:de extension property (workbench: Extension properties)")
                .isEmpty();
    }

    @Test
    void shouldNameEveryOtherNamedStepAndEveryProcessInFrenchAndGerman() throws IOException {
        List<String> missing = new ArrayList<>(missing(FlowNode.class));
        missing.addAll(missing(Process.class));
        assertThat(missing)
                .as("steps shown in the file's history and the cockpit without a name:fr / name:de extension property")
                .isEmpty();
    }

    private static List<String> missing(Class<? extends org.camunda.bpm.model.bpmn.instance.BaseElement> type)
            throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> diagrams = Files.list(Path.of("bpmn"))) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".bpmn"))
                    .sorted()
                    .toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
                Map<String, StepNames.Names> names = StepNames.read(model);
                model.getModelElementsByType(type).stream()
                        .filter(element -> type != FlowNode.class
                                || (element.getAttributeValue("name") != null && !(element instanceof Gateway)))
                        .forEach(element -> LANGUAGES.stream()
                                .filter(language ->
                                        !names.get(element.getId()).byLanguage().containsKey(language))
                                .forEach(language -> missing.add(diagram.getFileName() + ": "
                                        + element.getElementType().getTypeName() + " " + element.getId()
                                        + " (\"" + element.getAttributeValue("name") + "\") has no name:"
                                        + language)));
            }
        }
        return missing;
    }
}
