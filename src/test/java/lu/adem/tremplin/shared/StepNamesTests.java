package lu.adem.tremplin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

class StepNamesTests {

    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                              xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
              <bpmn:process id="p" name="A process" isExecutable="true">
                <bpmn:extensionElements>
                  <camunda:properties><camunda:property name="name:fr" value="Un processus"/></camunda:properties>
                </bpmn:extensionElements>
                <bpmn:userTask id="Both" name="Call the jobseeker">
                  <bpmn:extensionElements>
                    <camunda:properties>
                      <camunda:property name="name:fr" value="Appeler le demandeur d'emploi"/>
                      <camunda:property name="name:de" value="Arbeitsuchende Person anrufen"/>
                      <camunda:property name="owner" value="not a name"/>
                    </camunda:properties>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:userTask id="FrenchOnly" name="Validate the route">
                  <bpmn:extensionElements>
                    <camunda:properties>
                      <camunda:property name="name:fr" value="Valider le parcours"/>
                      <camunda:property name="name:de" value="  "/>
                    </camunda:properties>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:serviceTask id="Unnamed" camunda:expression="${true}"/>
              </bpmn:process>
            </bpmn:definitions>
            """;

    private final AtomicInteger reads = new AtomicInteger();
    private final StepNames names = new StepNames(id -> {
        if (!id.equals("p:1:x")) {
            throw new NullValueException("no deployed process definition found with id '" + id + "'");
        }
        reads.incrementAndGet();
        return model();
    });

    private static BpmnModelInstance model() {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldGiveTheStepsNameInTheUsersLanguage() {
        assertThat(names.name("p:1:x", "Both", Locale.FRENCH)).isEqualTo("Appeler le demandeur d'emploi");
        assertThat(names.name("p:1:x", "Both", Locale.GERMANY)).isEqualTo("Arbeitsuchende Person anrufen");
        assertThat(names.name("p:1:x", "p", Locale.FRENCH)).isEqualTo("Un processus");
    }

    @Test
    void shouldFallBackToTheBpmnNameWhenTheLanguageHasNone() {
        assertThat(names.name("p:1:x", "Both", Locale.ENGLISH)).isEqualTo("Call the jobseeker");
        assertThat(names.name("p:1:x", "FrenchOnly", Locale.GERMAN)).isEqualTo("Validate the route");
        assertThat(names.name("p:1:x", "Both", Locale.ITALIAN)).isEqualTo("Call the jobseeker");
        assertThat(names.name("p:1:x", "Both", null)).isEqualTo("Call the jobseeker");
        assertThat(names.name("p:1:x", "p", Locale.GERMAN)).isEqualTo("A process");
    }

    @Test
    void shouldFallBackToTheIdWhenTheStepHasNoNameOrIsUnknown() {
        assertThat(names.name("p:1:x", "Unnamed", Locale.FRENCH)).isEqualTo("Unnamed");
        assertThat(names.name("p:1:x", "NotInThisVersion", Locale.FRENCH)).isEqualTo("NotInThisVersion");
        assertThat(names.name("deleted:1:y", "Both", Locale.FRENCH)).isEqualTo("Both");
        assertThat(names.name(null, "Both", Locale.FRENCH)).isEqualTo("Both");
    }

    @Test
    void shouldPreferTheTranslationThenTheNameTheEngineRecorded() {
        assertThat(names.name("p:1:x", "Both", Locale.FRENCH, "Call Ana")).isEqualTo("Appeler le demandeur d'emploi");
        assertThat(names.name("p:1:x", "Both", Locale.ENGLISH, "Call Ana")).isEqualTo("Call Ana");
        assertThat(names.name("deleted:1:y", "Both", Locale.FRENCH, "Call Ana")).isEqualTo("Call Ana");
        assertThat(names.name("p:1:x", "Unnamed", Locale.FRENCH, null)).isEqualTo("Unnamed");
    }

    @Test
    void shouldReadEachDefinitionOnce() {
        for (int i = 0; i < 50; i++) {
            names.name("p:1:x", "Both", Locale.FRENCH);
            names.name("p:1:x", "FrenchOnly", Locale.GERMAN);
        }
        assertThat(reads).hasValue(1);
    }
}
