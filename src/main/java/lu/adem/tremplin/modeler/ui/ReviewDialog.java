package lu.adem.tremplin.modeler.ui;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import lu.adem.tremplin.modeler.ModelDiff;
import lu.adem.tremplin.modeler.Problem;
import lu.adem.tremplin.modeler.Workbench;

/**
 * "Review and deploy": the difference with the deployed version, the ids Tremplin's code relies on that
 * it would break ({@link ContractBreakList}), the running cases it concerns (leave
 * them on their version, or do not deploy), the warnings to confirm, and the change note; then deploys.
 * A refusal by the workbench stays in the dialog and goes back to the editor's problem list.
 */
class ReviewDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(ReviewDialog.class);

    /** What the dialog deploys: a file's content, checked with these warnings left. */
    record Draft(String resourceName, Workbench.Kind kind, String content, List<Problem> warnings) {}

    private final Workbench workbench;
    private final Draft draft;
    private final Workbench.Impact impact;
    private final ProblemText text;
    private final Consumer<Workbench.Deployed> deployed;
    private final Consumer<List<Problem>> rejected;

    private final RadioButtonGroup<Boolean> running = new RadioButtonGroup<>();
    private final Checkbox confirm = new Checkbox();
    private final TextArea note = new TextArea();
    private final Paragraph refused = new Paragraph();
    private final Button go = new Button();

    ReviewDialog(
            Workbench workbench,
            Draft draft,
            Workbench.Impact impact,
            ProblemText text,
            Consumer<Workbench.Deployed> deployed,
            Consumer<List<Problem>> rejected) {
        this.workbench = workbench;
        this.draft = draft;
        this.impact = impact;
        this.text = text;
        this.deployed = deployed;
        this.rejected = rejected;
        setHeaderTitle(text.translation("editor.review.title", draft.resourceName()));
        setWidth("min(56rem, 95vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(diff(impact.diff()));
        if (draft.kind() == Workbench.Kind.BPMN) {
            var contract = new ContractBreakList(text, "review-contract");
            contract.show(impact.contractBreaks(), true);
            body.add(contract);
        }
        runningCases(body);
        confirmation();
        changeNote();
        refused.setId("review-refused");
        refused.getElement().setAttribute("role", "alert");
        refused.getStyle().set("color", "var(--lumo-error-text-color)");
        body.add(confirm, note, refused);
        add(body);
        go.setText(text.translation("editor.review.deploy"));
        go.setId("review-deploy");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setDisableOnClick(true);
        go.addClickListener(click -> deployClicked());
        // the deployment checks refuse a version that breaks what the code relies on: do not offer it
        go.setEnabled(impact.contractBreaks().isEmpty());
        Button cancel = new Button(text.translation("editor.review.cancel"), click -> close());
        getFooter().add(cancel, go);
    }

    private Component diff(ModelDiff diff) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("review-diff");
        if (diff.isEmpty()) {
            list.add(new Paragraph(text.translation(
                    draft.kind() == Workbench.Kind.BPMN ? "editor.review.nodiff" : "editor.review.notdiffed")));
            return list;
        }
        UnorderedList items = new UnorderedList();
        diff.added()
                .forEach(e -> items.add(
                        new ListItem(text.translation("editor.review.added", e.type(), label(e.id(), e.name())))));
        diff.removed()
                .forEach(e -> items.add(
                        new ListItem(text.translation("editor.review.removed", e.type(), label(e.id(), e.name())))));
        diff.changed()
                .forEach(c -> items.add(new ListItem(text.translation(
                        "editor.review.changed", c.type(), label(c.id(), c.name()), String.join("; ", c.what())))));
        list.add(new H3(text.translation("editor.review.diff")), items);
        return list;
    }

    private static String label(String id, String name) {
        return name == null || name.isBlank() ? id : name + " (" + id + ")";
    }

    private void runningCases(VerticalLayout body) {
        running.setLabel(text.translation("editor.review.running"));
        if (impact.casesAffected() > 0) {
            body.add(new Paragraph(text.translation(
                    "editor.review.affected",
                    impact.casesAffected(),
                    String.join(", ", impact.casesOnRemoved().keySet()))));
            running.setItems(true, false);
            running.setItemLabelGenerator(
                    leave -> text.translation(leave ? "editor.review.leave" : "editor.review.stop"));
            running.setValue(true);
            running.setId("review-running");
            body.add(running);
        } else if (impact.runningOnLatest() > 0) {
            body.add(new Paragraph(text.translation("editor.review.unaffected", impact.runningOnLatest())));
        }
    }

    private void confirmation() {
        confirm.setLabel(
                text.translation("editor.review.confirm", draft.warnings().size()));
        confirm.setId("review-confirm");
        confirm.setVisible(!draft.warnings().isEmpty());
    }

    private void changeNote() {
        note.setLabel(text.translation("editor.review.note"));
        note.setId("review-note");
        note.setRequired(true);
        // the value reaches the server as it is typed: a shortcut or a click without blur still sends it
        note.setValueChangeMode(ValueChangeMode.EAGER);
        note.setMaxLength(2000);
        note.setWidthFull();
        note.setHelperText(text.translation("editor.review.note.help"));
    }

    private void deployClicked() {
        try {
            if (impact.casesAffected() > 0 && Boolean.FALSE.equals(running.getValue())) {
                close();
                return;
            }
            if (complete()) {
                deploy();
            }
        } finally {
            go.setEnabled(impact.contractBreaks().isEmpty());
        }
    }

    /** Whether the note is written and the warnings confirmed; else says what is missing. */
    private boolean complete() {
        if (note.getValue().isBlank()) {
            note.setInvalid(true);
            note.setErrorMessage(text.translation("editor.rule.note-required"));
            return false;
        }
        if (!draft.warnings().isEmpty() && !confirm.getValue()) {
            confirm.getElement().setAttribute("invalid", true);
            refused.setText(text.translation("editor.review.confirm.needed"));
            return false;
        }
        return true;
    }

    private void deploy() {
        try {
            Workbench.Deployed done =
                    workbench.deploy(draft.resourceName(), draft.content(), note.getValue(), confirm.getValue());
            close();
            deployed.accept(done);
        } catch (Workbench.Rejected refusal) {
            refused.setText(
                    refusal.problems().stream().map(text::describeWithElement).collect(Collectors.joining(" · ")));
            rejected.accept(refusal.problems());
        } catch (RuntimeException failed) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.warn("Deploying {} failed, reference {}", draft.resourceName(), reference, failed);
            refused.setText(text.translation("error.unexpected", reference));
        }
    }
}
