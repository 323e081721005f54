package lu.adem.tremplin.inbox.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import lu.adem.tremplin.inbox.list.Inbox;
import lu.adem.tremplin.inbox.list.SavedFilters.SavedFilter;

/** Above the inbox's grid: search by jobseeker, sort, the user's saved views, and the keyboard help. */
class InboxToolbar extends HorizontalLayout {

    final TextField search = new TextField();
    final Select<Inbox.Sort> sort = new Select<>();
    final Select<SavedFilter> saved = new Select<>();
    final Button saveView = new Button();
    final Button help = new Button();

    /**
     * {@code changed} runs when the search or the sort changes, {@code chosen} with a saved view the user
     * picks, {@code saveAsked} and {@code helpAsked} on their buttons.
     */
    InboxToolbar(Runnable changed, Consumer<SavedFilter> chosen, Runnable saveAsked, Runnable helpAsked) {
        search.setLabel(getTranslation("inbox.search"));
        search.setPlaceholder(getTranslation("inbox.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("18rem");
        search.addValueChangeListener(change -> changed.run());
        sort.setLabel(getTranslation("inbox.sort"));
        sort.setItems(Inbox.Sort.values());
        sort.setItemLabelGenerator(value -> getTranslation("inbox.sort." + value.name()));
        sort.setValue(Inbox.Sort.DUE);
        sort.addValueChangeListener(change -> changed.run());
        saved.setLabel(getTranslation("inbox.saved"));
        saved.setId("inbox-saved");
        saved.setItemLabelGenerator(filter -> filter == null ? "" : filter.name());
        saved.setEmptySelectionAllowed(true);
        saved.setEmptySelectionCaption(getTranslation("inbox.saved.none"));
        saved.addValueChangeListener(change -> {
            if (change.isFromClient() || change.getValue() != null) {
                chosen.accept(change.getValue());
            }
        });
        saveView.setText(getTranslation("inbox.saved.save"));
        saveView.setId("inbox-save-view");
        saveView.addClickListener(click -> saveAsked.run());
        help.setText(getTranslation("inbox.keys"));
        help.setId("inbox-keys");
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        help.addClickListener(click -> helpAsked.run());
        add(search, sort, saved, saveView, help);
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    }

    /** The jobseeker searched for, or null. */
    String searched() {
        return search.getValue().isBlank() ? null : search.getValue();
    }
}
