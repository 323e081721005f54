package lu.adem.tremplin.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ProcessResourceDeploymentTests {

    @Test
    void shouldNameResourcesTheSameInAJarAndOnTheFileSystem() {
        assertThat(ProcessResourceDeployment.stableName(
                        "jar:nested:/opt/tremplin.jar/!BOOT-INF/classes/!/bpmn/onboarding.bpmn"))
                .isEqualTo("bpmn/onboarding.bpmn");
        assertThat(ProcessResourceDeployment.stableName("file:/work/main/target/classes/bpmn/onboarding.bpmn"))
                .isEqualTo("bpmn/onboarding.bpmn");
        assertThat(ProcessResourceDeployment.stableName("file:/C:/dev/tremplin/target/classes/forms/a/b.form"))
                .isEqualTo("forms/a/b.form");
    }

    @Test
    void shouldRefuseAResourceOutsideBpmnAndForms() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProcessResourceDeployment.stableName("file:/tmp/other/x.bpmn"));
    }

    @Test
    void shouldFindTheProcessesAndFormsOfTheRepository() throws Exception {
        assertThat(ProcessResourceDeployment.resources())
                .extracting(ProcessResourceDeployment.StableResource::name)
                .contains("bpmn/onboarding.bpmn", "forms/propose-the-programme.form")
                .doesNotHaveDuplicates();
    }
}
