package lu.adem.tremplin.inbox.ui;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** Asks for one value (a colleague, a day, a name) and goes on only once it is given. */
class ConfirmDialog extends Dialog {

    ConfirmDialog(String titleKey, Component field, BooleanSupplier ready, Runnable then) {
        setHeaderTitle(getTranslation(titleKey));
        add(field);
        Button ok = new Button(getTranslation("inbox.bulk.apply"), click -> {
            if (ready.getAsBoolean()) {
                close();
                then.run();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("jobseeker.dialog.cancel"), click -> close()), ok);
    }
}
