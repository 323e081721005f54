package lu.adem.tremplin.modeler.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The editor's buttons: back to the list, check, simulate (BPMN: bpmn.io's token simulation), review and
 * deploy (Alt+D), discard the draft, replace with a file.
 */
class EditorToolbar extends HorizontalLayout {

    final Button simulate = new Button();
    /** Says that the simulation is on, and what that means. */
    final Span simulating = new Span();

    final Button deploy = new Button();
    final Button discard = new Button();
    final ModelFileUpload upload;

    /** @param toggleSimulation switches the simulation on or off; null where there is none (DMN, forms) */
    EditorToolbar(
            Runnable check, Runnable toggleSimulation, Runnable review, Runnable discardDraft, ModelFileUpload upload) {
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
        simulation(toggleSimulation);
        add(back, checkNow, simulate, deploy, discard, upload, simulating);
        setAlignItems(Alignment.CENTER);
        setWrap(true);
    }

    private void simulation(Runnable toggleSimulation) {
        simulate.setText(getTranslation("editor.simulate.button"));
        simulate.setId("editor-simulate");
        simulate.setTooltipText(getTranslation("editor.simulate.help"));
        simulate.getElement().setAttribute("aria-pressed", "false");
        simulate.setVisible(toggleSimulation != null);
        if (toggleSimulation != null) {
            simulate.addClickListener(click -> toggleSimulation.run());
        }
        simulating.setId("editor-simulating");
        simulating.getElement().setAttribute("role", "status");
        simulating.getElement().getThemeList().add("badge success");
        simulating.setVisible(false);
    }

    /** Shows whether the simulation is on: the button pressed, and a word that nothing can be edited meanwhile. */
    void simulating(boolean on) {
        simulate.getElement().setAttribute("aria-pressed", String.valueOf(on));
        if (on) {
            simulate.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        } else {
            simulate.removeThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        }
        simulating.setText(on ? getTranslation("editor.simulate.on") : "");
        simulating.setVisible(on);
    }
}
