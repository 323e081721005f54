package lu.adem.tremplin.inbox.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/** The inbox's keyboard shortcuts (Alt+K). */
class KeysDialog extends Dialog {

    KeysDialog() {
        setId("inbox-keys-dialog");
        setHeaderTitle(getTranslation("inbox.keys"));
        UnorderedList keys = new UnorderedList();
        for (String key : List.of("move", "open", "select", "lists", "search", "claim", "complete", "help")) {
            keys.add(new ListItem(getTranslation("inbox.keys." + key)));
        }
        add(keys);
        getFooter().add(new Button(getTranslation("inbox.keys.close"), click -> close()));
    }
}
