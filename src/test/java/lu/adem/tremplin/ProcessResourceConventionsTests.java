package lu.adem.tremplin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The repository's conventions for bpmn/ and forms/ (STYLE.md), checked on every file. */
class ProcessResourceConventionsTests {

    private static List<Path> files(String folder, String extension) throws IOException {
        try (Stream<Path> paths = Files.walk(Path.of(folder))) {
            return paths.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static Set<String> formIds() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new java.util.HashSet<>();
        for (Path form : files("forms", ".form")) {
            ids.add(json.readTree(form.toFile()).path("id").asText());
        }
        return ids;
    }

    @Test
    void shouldNameEachFormAfterItsFile() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (Path form : files("forms", ".form")) {
            assertThat(json.readTree(form.toFile()).path("id").asText())
                    .as(form.toString())
                    .isEqualTo(stem(form));
        }
    }

    @Test
    void shouldNameEachProcessAfterItsFileAndSetItsHistoryTimeToLive() throws IOException {
        List<Path> diagrams = files("bpmn", ".bpmn");
        assertThat(diagrams).isNotEmpty();
        for (Path diagram : diagrams) {
            BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
            Process process =
                    model.getModelElementsByType(Process.class).iterator().next();
            assertThat(process.getId()).as(diagram.toString()).isEqualTo(stem(diagram));
            assertThat(process.getCamundaHistoryTimeToLiveString())
                    .as(diagram + " historyTimeToLive")
                    .isNotBlank();
        }
    }

    @Test
    void shouldGiveEveryUserTaskACandidateGroupAndAnExistingForm() throws IOException {
        Set<String> forms = formIds();
        for (Path diagram : files("bpmn", ".bpmn")) {
            for (UserTask task : Bpmn.readModelFromFile(diagram.toFile()).getModelElementsByType(UserTask.class)) {
                String where = diagram + "#" + task.getId();
                assertThat(task.getCamundaCandidateGroups())
                        .as(where + " candidate group")
                        .isNotBlank();
                assertThat(task.getCamundaFormRef()).as(where + " formRef").isIn(forms);
            }
        }
    }

    @Test
    void shouldKeepFormIdsUnique() throws IOException {
        List<Path> forms = files("forms", ".form");
        assertThat(forms.stream().map(ProcessResourceConventionsTests::stem).collect(Collectors.toSet()))
                .hasSize(forms.size());
    }
}
