package lu.adem.tremplin.inbox.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import lu.adem.tremplin.support.TestData;

/** A parsed form is kept per deployed version: a new version of the form is what the next opening shows. */
@SpringBootTest
@ActiveProfiles("test")
class DeployedFormsTests {

    @Autowired
    DeployedForms forms;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ApplicationContext context;

    private static String form(String key, String... fields) {
        StringBuilder components = new StringBuilder();
        for (String field : fields) {
            components
                    .append(components.length() == 0 ? "" : ",")
                    .append("{\"type\":\"textfield\",\"key\":\"")
                    .append(field)
                    .append("\",\"label\":\"")
                    .append(field)
                    .append("\"}");
        }
        return "{\"id\":\"" + key + "\",\"type\":\"default\",\"components\":[" + components + "]}";
    }

    private void deployForm(String key, String... fields) {
        new TestData(context)
                .asTremplin(() -> repositoryService
                        .createDeployment()
                        .name(key)
                        .addString(key + ".form", form(key, fields))
                        .deploy());
    }

    private Task taskOf(String process) {
        return new TestData(context)
                .asTremplin(() -> taskService
                        .createTaskQuery()
                        .processInstanceId(runtimeService
                                .startProcessInstanceByKey(process)
                                .getId())
                        .initializeFormKeys()
                        .singleResult());
    }

    @Test
    void shouldShowTheLatestDeployedVersionOfAFormAndParseEachVersionOnce() {
        String key = "bench-form-" + TestData.uniqueId().toLowerCase();
        String process = "FormsProcess" + TestData.uniqueId();
        BpmnModelInstance model = Bpmn.createExecutableProcess(process)
                .camundaHistoryTimeToLive(30)
                .startEvent()
                .userTask("Fill")
                .name("Fill in the form")
                .camundaCandidateGroups(lu.adem.tremplin.shared.Agency.WILTZ.groupId())
                .camundaFormRef(key)
                .camundaFormRefBinding("latest")
                .endEvent()
                .done();
        deployForm(key, "first");
        new TestData(context)
                .asTremplin(() -> repositoryService
                        .createDeployment()
                        .addModelInstance(process + ".bpmn", model)
                        .deploy());

        Task task = taskOf(process);
        TaskForm first = forms.of(task);
        assertThat(first.keys()).containsExactly("first");
        assertThat(forms.of(task)).as("kept, not parsed again").isSameAs(first);

        deployForm(key, "first", "second");
        assertThat(forms.of(task).keys()).containsExactlyInAnyOrder("first", "second");
    }
}
