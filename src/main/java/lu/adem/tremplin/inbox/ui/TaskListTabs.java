package lu.adem.tremplin.inbox.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToIntFunction;

import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;

import lu.adem.tremplin.inbox.list.Inbox;

/** The inbox's lists (mine, my agency's, overdue, due today, later), each labelled with its count. */
class TaskListTabs extends Tabs {

    final Map<Inbox.TaskList, Tab> tabs = new EnumMap<>(Inbox.TaskList.class);

    TaskListTabs() {
        for (Inbox.TaskList list : Inbox.TaskList.values()) {
            Tab tab = new Tab();
            tab.setId("inbox-list-" + list.name().toLowerCase().replace('_', '-'));
            tabs.put(list, tab);
            add(tab);
        }
        getElement().setAttribute("aria-label", getTranslation("inbox.lists"));
    }

    Inbox.TaskList selected() {
        return tabs.entrySet().stream()
                .filter(entry -> entry.getValue() == getSelectedTab())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(Inbox.TaskList.AGENCY);
    }

    void select(Inbox.TaskList list) {
        setSelectedTab(tabs.get(list));
    }

    void showCounts(ToIntFunction<Inbox.TaskList> count) {
        tabs.forEach((list, tab) -> tab.setLabel(getTranslation("inbox.list." + list.name(), count.applyAsInt(list))));
    }
}
