package lu.adem.tremplin.inbox.ui;

import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.inbox.TaskActions;
import lu.adem.tremplin.inbox.list.Inbox;
import lu.adem.tremplin.inbox.list.InboxTask;
import lu.adem.tremplin.inbox.list.SavedFilters;
import lu.adem.tremplin.inbox.list.SavedFilters.SavedFilter;
import lu.adem.tremplin.shared.Roles;

/**
 * The counsellor's inbox: lists with counts (mine, my agency's, overdue, due today, later;
 * {@link TaskListTabs}), search by jobseeker, sort and saved views ({@link InboxToolbar}), actions on
 * several tasks ({@link BulkActions}), and a grid read from the engine a page at a time with the business
 * data of each task ({@link InboxGrid}).
 */
@Route("inbox")
@Menu(order = 1, title = "nav.inbox", icon = "vaadin:inbox")
@RolesAllowed(Roles.COUNSELLOR)
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final transient Inbox inbox;
    private final transient SavedFilters filters;
    private final transient TaskScreens screens;
    private Registration watching;

    final TaskListTabs lists = new TaskListTabs();
    final Map<Inbox.TaskList, Tab> tabs = lists.tabs;
    final InboxToolbar toolbar = new InboxToolbar(this::refresh, this::apply, this::askName, this::showKeys);
    final TextField search = toolbar.search;
    final Select<Inbox.Sort> sort = toolbar.sort;
    final Select<SavedFilter> saved = toolbar.saved;
    final Button saveView = toolbar.saveView;
    final Button help = toolbar.help;
    final BulkActions bulk;
    final Button claimSelected;
    final Button handOverSelected;
    final Button dueSelected;
    final Button followUpSelected;
    final Paragraph bulkResult;
    final InboxGrid grid;
    final Span count = new Span();
    final Paragraph empty = new Paragraph();

    InboxView(Inbox inbox, TaskActions actions, InboxRefresh refreshes, SavedFilters filters, TaskScreens screens) {
        this.screens = screens;
        this.inbox = inbox;
        this.filters = filters;
        bulk = new BulkActions(actions, inbox::today, this::refresh);
        claimSelected = bulk.claimSelected;
        handOverSelected = bulk.handOverSelected;
        dueSelected = bulk.dueSelected;
        followUpSelected = bulk.followUpSelected;
        bulkResult = bulk.result;
        grid = new InboxGrid(this::taskPath, bulk);
        grid.setItems(
                query -> inbox.page(query(), query.getOffset(), query.getLimit(), getLocale()).stream(),
                query -> inbox.count(query()));
        addAttachListener(attach -> watching = refreshes.watch(attach.getUI(), this::refresh));
        addDetachListener(detach -> watching.remove());
        setSizeFull();
        lists.addSelectedChangeListener(change -> refresh());
        empty.setId("inbox-empty");
        count.setId("inbox-count");
        saved.setItems(filters.mine());
        shortcuts();
        add(new H2(getTranslation("inbox.title")), lists, toolbar, bulk, bulkResult, count, empty, grid);
        lists.select(
                inbox.count(new Inbox.Query(Inbox.TaskList.MINE, null, Inbox.Sort.DUE)) > 0
                        ? Inbox.TaskList.MINE
                        : Inbox.TaskList.AGENCY);
        refresh();
    }

    Inbox.TaskList selectedList() {
        return lists.selected();
    }

    Inbox.Query query() {
        return new Inbox.Query(selectedList(), toolbar.searched(), sort.getValue());
    }

    void refresh() {
        String searched = toolbar.searched();
        lists.showCounts(list -> inbox.count(new Inbox.Query(list, searched, Inbox.Sort.DUE)));
        grid.getDataProvider().refreshAll();
        int shown = inbox.count(query());
        count.setText(getTranslation("inbox.count", shown));
        boolean none = shown == 0;
        empty.setText(getTranslation(
                search.isEmpty() ? "inbox.empty." + selectedList().name() : "inbox.no-match"));
        empty.setVisible(none);
        grid.setVisible(!none);
    }

    /**
     * Keyboard use: arrows move in the list (the grid's own), Enter opens the focused task, Space selects it,
     * Alt+1…5 switch lists, Alt+F searches, Alt+C claims the selected tasks, Alt+K lists these keys.
     */
    private void shortcuts() {
        Inbox.TaskList[] all = Inbox.TaskList.values();
        Key[] digits = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5};
        for (int i = 0; i < all.length; i++) {
            Inbox.TaskList list = all[i];
            Shortcuts.addShortcutListener(this, () -> lists.select(list), digits[i], KeyModifier.ALT);
        }
        Shortcuts.addShortcutListener(this, search::focus, Key.KEY_F, KeyModifier.ALT);
        Shortcuts.addShortcutListener(
                this,
                () -> {
                    if (bulk.anySelected()) {
                        bulk.claim();
                    }
                },
                Key.KEY_C,
                KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, this::showKeys, Key.KEY_K, KeyModifier.ALT);
    }

    String taskPath(InboxTask task) {
        return screens.path(task.taskKey(), task.taskId());
    }

    /** The keyboard shortcuts, in a dialog (Alt+K). */
    void showKeys() {
        new KeysDialog().open();
    }

    /** Shows a saved view: its list, search and sort. */
    void apply(SavedFilter filter) {
        if (filter == null) {
            return;
        }
        lists.select(filter.query().list());
        search.setValue(filter.query().search() == null ? "" : filter.query().search());
        sort.setValue(filter.query().sort());
    }

    private void askName() {
        var name = new TextField(getTranslation("inbox.saved.name"));
        name.setMaxLength(80);
        new ConfirmDialog("inbox.saved.save", name, () -> !name.getValue().isBlank(), () -> saveAs(name.getValue()))
                .open();
    }

    /** Saves the current list, search and sort under a name. */
    void saveAs(String name) {
        filters.save(name, query());
        saved.setItems(filters.mine());
        bulkResult.setText(getTranslation("inbox.saved.done", name.trim()));
    }

    /** Chooses a task for (or takes it out of) the next bulk action. */
    void select(InboxTask task, boolean chosen) {
        bulk.select(task, chosen);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " · Tremplin";
    }
}
