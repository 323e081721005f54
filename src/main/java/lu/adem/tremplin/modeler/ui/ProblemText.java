package lu.adem.tremplin.modeler.ui;

import com.vaadin.flow.component.Component;

import lu.adem.tremplin.modeler.Problem;

/** A problem in the user's language: Tremplin's rules are translated, bpmnlint's and the engine's texts quoted. */
class ProblemText {

    private final Component speaker;

    /** Translates in the language of {@code speaker}'s UI. */
    ProblemText(Component speaker) {
        this.speaker = speaker;
    }

    String describe(Problem problem) {
        if (problem.rule().startsWith("bpmnlint/")) {
            return translation(
                    "editor.rule.bpmnlint", problem.rule().substring("bpmnlint/".length()), problem.detail());
        }
        return translation("editor.rule." + problem.rule(), problem.detail() == null ? "" : problem.detail());
    }

    /** The problem, with the element it concerns if any. */
    String describeWithElement(Problem problem) {
        return describe(problem) + (problem.elementId() == null ? "" : " (" + problem.elementId() + ")");
    }

    String translation(String key, Object... parameters) {
        return speaker.getTranslation(key, parameters);
    }
}
