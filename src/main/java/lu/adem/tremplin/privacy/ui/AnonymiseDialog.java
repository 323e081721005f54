package lu.adem.tremplin.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;

import lu.adem.tremplin.privacy.Anonymisation;

/**
 * Asks the data protection officer to confirm an anonymisation: says what will happen (running cases ended,
 * personal data replaced by a pseudonym, the pilot's figures kept), requires the request's reason, then shows
 * the pseudonym or why it failed. {@code onDone} runs after a successful anonymisation.
 */
class AnonymiseDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();
    final Paragraph outcome = new Paragraph();

    AnonymiseDialog(Anonymisation anonymisation, String registrationNumber, Runnable onDone) {
        setHeaderTitle(getTranslation("privacy.anonymise.title", registrationNumber));
        UnorderedList effects = new UnorderedList(
                new ListItem(getTranslation("privacy.anonymise.effect.cases")),
                new ListItem(getTranslation("privacy.anonymise.effect.data")),
                new ListItem(getTranslation("privacy.anonymise.effect.figures")));
        reason.setId("privacy-anonymise-reason");
        reason.setLabel(getTranslation("privacy.anonymise.reason"));
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        outcome.setId("privacy-anonymise-outcome");
        outcome.setVisible(false);
        confirm.setText(getTranslation("privacy.anonymise.confirm"));
        confirm.setId("privacy-anonymise-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("privacy.anonymise.reason.required"));
                return;
            }
            try {
                Anonymisation.Result result = anonymisation.anonymise(registrationNumber, reason.getValue());
                show(getTranslation(
                        result.alreadyAnonymised() ? "privacy.anonymise.already" : "privacy.anonymise.done",
                        result.pseudonym(),
                        result.casesEnded()));
                confirm.setEnabled(false);
                reason.setReadOnly(true);
                onDone.run();
            } catch (RuntimeException e) {
                show(getTranslation("privacy.anonymise.failed"));
            }
        });
        Button close = new Button(getTranslation("privacy.anonymise.close"), click -> close());
        close.setId("privacy-anonymise-close");
        add(new Paragraph(getTranslation("privacy.anonymise.intro")), effects, reason, outcome);
        getFooter().add(close, confirm);
        setWidth("36rem");
    }

    private void show(String text) {
        outcome.setText(text);
        outcome.setVisible(true);
    }
}
