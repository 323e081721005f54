package lu.adem.tremplin.modeler.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonValue;

import lu.adem.tremplin.modeler.Problem;
import lu.adem.tremplin.modeler.Workbench;

/**
 * The frame around the browser-side editor of one file (bpmn-js, dmn-js or form-js, bundled under
 * {@link EditorView#BUNDLE}): hands it content, asks it for its latest content and to select an element,
 * and reports what it says (an edit, bpmnlint's findings, a file it could not open).
 */
class ModelEditor extends Div {

    private final String tag;
    private final Element host;

    ModelEditor(
            Workbench.Kind kind,
            String resourceName,
            Consumer<String> edited,
            Consumer<List<Problem>> linted,
            Consumer<String> failed) {
        tag = switch (kind) {
            case BPMN -> "tremplin-bpmn-editor";
            case DMN -> "tremplin-dmn-editor";
            case FORM -> "tremplin-form-editor";
        };
        host = new Element(tag);
        host.setAttribute("aria-label", getTranslation("editor.canvas", resourceName));
        host.setAttribute("preview-label", getTranslation("editor.preview"));
        host.setAttribute("id", "workbench-editor");
        host.getStyle().set("height", "100%");
        getElement().appendChild(host);
        setWidthFull();
        getStyle().set("flex", "1 0 auto").set("height", "calc(100vh - 16rem)").set("min-height", "28rem");
        host.addEventListener(
                        "draft-changed",
                        changed -> edited.accept(changed.getEventData().getString("event.detail.content")))
                .addEventData("event.detail.content");
        host.addEventListener(
                        "lint-done",
                        done -> linted.accept(lintProblems(done.getEventData().get("event.detail.issues"))))
                .addEventData("event.detail.issues");
        host.addEventListener(
                        "editor-error",
                        error -> failed.accept(error.getEventData().getString("event.detail.message")))
                .addEventData("event.detail.message");
    }

    /** Hands the content to the editor once its element is defined. */
    void open(String text) {
        getElement().executeJs("""
                const host = this.firstElementChild, text = $0, tag = $1;
                customElements.whenDefined(tag).then(() => host.open(text));
                """, text, tag);
    }

    /** Switches bpmn.io's token simulation of a BPMN diagram on or off. */
    void toggleSimulation() {
        getElement().executeJs("""
                const host = this.firstElementChild;
                customElements.whenDefined($0).then(() => host.toggleSimulation());
                """, tag);
    }

    /** Tells whether the simulation is on each time it is switched: from here, its own toggle or its "t" key. */
    void onSimulationToggled(Consumer<Boolean> then) {
        host.addEventListener(
                        "simulation-toggled",
                        toggled -> then.accept(toggled.getEventData().getBoolean("event.detail.active")))
                .addEventData("event.detail.active");
    }

    void select(String elementId) {
        getElement().executeJs("this.firstElementChild.select($0)", elementId);
    }

    /** The editor's content as it is this moment (the last keystrokes may not have been sent yet), or {@code orElse} if it cannot tell. */
    void latestContent(Consumer<String> then, Runnable orElse) {
        getElement()
                .executeJs("return this.firstElementChild.content()")
                .then(String.class, then::accept, failed -> orElse.run());
    }

    static List<Problem> lintProblems(JsonValue issues) {
        List<Problem> found = new ArrayList<>();
        if (issues instanceof JsonArray array) {
            for (int i = 0; i < array.length(); i++) {
                JsonObject issue = array.getObject(i);
                String rule = "bpmnlint/" + issue.getString("rule");
                String detail = issue.getString("message");
                String id = issue.getString("id");
                found.add(
                        "error".equals(issue.getString("category"))
                                ? Problem.error(rule, id, detail)
                                : Problem.warning(rule, id, detail));
            }
        }
        return found;
    }
}
