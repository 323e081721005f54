package lu.adem.tremplin.modeler.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import lu.adem.tremplin.modeler.DecisionReplay;

/**
 * "Test the table": one field per input column of the draft; Evaluate shows the output the draft gives
 * and the rule that matched (or why it could not decide). Nothing is recorded.
 */
class DecisionTestDialog extends Dialog {

    private final DecisionReplay replay;
    private final String draft;
    final Map<String, TextField> fields = new LinkedHashMap<>();
    final Button evaluate = new Button();
    final Paragraph outcome = new Paragraph();

    DecisionTestDialog(DecisionReplay replay, String resourceName, String draft) {
        this.replay = replay;
        this.draft = draft;
        setHeaderTitle(getTranslation("decision-test.title", resourceName));
        setWidth("min(40rem, 96vw)");
        FormLayout form = new FormLayout();
        for (DecisionReplay.Input input : replay.inputs(draft)) {
            TextField field = new TextField(input.label());
            field.setId("decision-test-" + input.expression());
            field.setHelperText(input.expression() + (input.typeRef() == null ? "" : " · " + input.typeRef()));
            fields.put(input.expression(), field);
            form.add(field);
        }
        evaluate.setText(getTranslation("decision-test.evaluate"));
        evaluate.setId("decision-test-evaluate");
        evaluate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        evaluate.addClickListener(click -> evaluate());
        evaluate.addClickShortcut(Key.ENTER);
        outcome.setId("decision-test-outcome");
        outcome.getElement().setAttribute("role", "status");
        add(new Paragraph(getTranslation("decision-test.help")), form, outcome);
        Button close = new Button(getTranslation("replay.close"), click -> close());
        getFooter().add(close, evaluate);
    }

    void evaluate() {
        Map<String, String> typed = new LinkedHashMap<>();
        fields.forEach((variable, field) -> typed.put(variable, field.getValue()));
        DecisionReplay.Tried tried = replay.test(draft, typed);
        if (tried.error() != null) {
            outcome.setText(getTranslation("decision-test.error", tried.error()));
        } else if (tried.rules().isEmpty()) {
            outcome.setText(getTranslation("decision-test.no-rule"));
        } else {
            outcome.setText(getTranslation(
                    "decision-test.outcome",
                    tried.value(),
                    tried.rules().stream()
                            .map(rule -> getTranslation(
                                    "replay.rule",
                                    rule.number(),
                                    rule.description() == null ? rule.id() : rule.description()))
                            .collect(Collectors.joining("; "))));
        }
    }
}
