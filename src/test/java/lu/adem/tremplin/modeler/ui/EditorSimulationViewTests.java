package lu.adem.tremplin.modeler.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;

import elemental.json.Json;
import elemental.json.JsonObject;

import lu.adem.tremplin.support.KaribuViewTest;

/**
 * The editor's Simulate button around bpmn.io's token simulation (which itself runs in the browser tests):
 * there for BPMN only, in the user's language, and showing whether the simulation is on, however it was
 * switched (the button, the diagram's own switch or its T key all send "simulation-toggled").
 */
class EditorSimulationViewTests extends KaribuViewTest {

    private static final String ONBOARDING = "bpmn/onboarding.bpmn";

    private void open(String resource) {
        UI.getCurrent().navigate(EditorView.class, EditorView.parameters(resource));
    }

    private static Button simulate() {
        return _get(Button.class, spec -> spec.withId("editor-simulate"));
    }

    private static void simulationToggled(boolean active) {
        Element host = _get(ModelEditor.class).getElement().getChild(0);
        JsonObject data = Json.createObject();
        data.put("event.detail.active", active);
        ElementUtilsKt._fireDomEvent(host, new DomEvent(host, "simulation-toggled", data));
    }

    @Test
    void shouldOfferToSimulateABpmnDiagramInTheUsersLanguage() {
        signIn(data.processOwner());
        UI.getCurrent().setLocale(Locale.FRENCH);

        open(ONBOARDING);

        assertThat(simulate().getText()).isEqualTo("Simuler");
        assertThat(simulate().getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(_find(Span.class, spec -> spec.withId("editor-simulating"))).isEmpty();
    }

    @Test
    void shouldShowWhileTheSimulationIsOnThatNothingCanBeEdited() {
        signIn(data.processOwner());
        open(ONBOARDING);

        simulationToggled(true);

        assertThat(simulate().getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(_get(Span.class, spec -> spec.withId("editor-simulating")).getText())
                .startsWith("Simulation on: nothing can be edited and no draft is saved.");

        simulationToggled(false);

        assertThat(simulate().getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(_find(Span.class, spec -> spec.withId("editor-simulating"))).isEmpty();
    }

    @Test
    void shouldNotOfferToSimulateADecisionOrAForm() {
        signIn(data.processOwner());

        open("bpmn/digital-readiness.dmn");
        assertThat(_get(ModelEditor.class)).as("the decision table is open").isNotNull();
        assertThat(_find(Button.class, spec -> spec.withId("editor-simulate"))).isEmpty();

        open("forms/privacy-notice.form");
        assertThat(_get(ModelEditor.class)).as("the form is open").isNotNull();
        assertThat(_find(Button.class, spec -> spec.withId("editor-simulate"))).isEmpty();
    }
}
