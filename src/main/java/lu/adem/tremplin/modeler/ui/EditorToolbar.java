package lu.adem.tremplin.modeler.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The editor's buttons: back to the list, check, review and deploy (Alt+D), discard the draft, replace with a file. */
class EditorToolbar extends HorizontalLayout {

    final Button deploy = new Button();
    final Button discard = new Button();
    final ModelFileUpload upload;

    EditorToolbar(Runnable check, Runnable review, Runnable discardDraft, ModelFileUpload upload) {
        this.upload = upload;
        Button back = new Button(
                getTranslation("editor.back"), click -> getUI().ifPresent(ui -> ui.navigate(ProcessesView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button checkNow = new Button(getTranslation("editor.check"), click -> check.run());
        checkNow.setId("editor-check");
        deploy.setText(getTranslation("editor.deploy"));
        deploy.setId("editor-deploy");
        deploy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deploy.addClickListener(click -> review.run());
        deploy.addClickShortcut(Key.KEY_D, KeyModifier.ALT);
        discard.setText(getTranslation("editor.discard"));
        discard.setId("editor-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        discard.addClickListener(click -> discardDraft.run());
        add(back, checkNow, deploy, discard, upload);
        setAlignItems(Alignment.CENTER);
        setWrap(true);
    }
}
