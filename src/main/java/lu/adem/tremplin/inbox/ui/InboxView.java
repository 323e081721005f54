package lu.adem.tremplin.inbox.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;
import lu.adem.tremplin.inbox.list.Inbox;
import lu.adem.tremplin.inbox.list.InboxTask;
import lu.adem.tremplin.inbox.TaskActions;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.Roles;

/**
 * The counsellor's inbox: lists with counts (mine, my agency's, overdue, due today, later), search by
 * jobseeker, sort, and a grid read from the engine a page at a time with the business data of each task.
 */
@Route("inbox")
@Menu(order = 1, title = "nav.inbox", icon = "vaadin:inbox")
@RolesAllowed(Roles.COUNSELLOR)
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");

    private final transient Inbox inbox;
    private final transient TaskActions actions;
    private final transient TaskScreens screens;
    final Button claimSelected = new Button();
    final Button handOverSelected = new Button();
    final Button dueSelected = new Button();
    final Button followUpSelected = new Button();
    final Paragraph bulkResult = new Paragraph();
    final Button help = new Button();
    private InboxTask focused;
    private HorizontalLayout bulkBar;
    /** The tasks chosen for a bulk action, by id (kept across pages of the lazy grid). */
    private final Map<String, InboxTask> selected = new java.util.LinkedHashMap<>();
    private com.vaadin.flow.shared.Registration watching;
    final Tabs lists = new Tabs();
    final Map<Inbox.TaskList, Tab> tabs = new EnumMap<>(Inbox.TaskList.class);
    final TextField search = new TextField();
    final Select<Inbox.Sort> sort = new Select<>();
    final Grid<InboxTask> grid = new Grid<>();
    final Span count = new Span();
    final Paragraph empty = new Paragraph();

    final Select<lu.adem.tremplin.inbox.list.SavedFilters.SavedFilter> saved = new Select<>();
    final Button saveView = new Button();
    private final transient lu.adem.tremplin.inbox.list.SavedFilters filters;

    InboxView(Inbox inbox, TaskActions actions, InboxRefresh refreshes, lu.adem.tremplin.inbox.list.SavedFilters filters,
            TaskScreens screens) {
        this.inbox = inbox;
        this.actions = actions;
        this.screens = screens;
        this.filters = filters;
        addAttachListener(attach -> watching = refreshes.watch(attach.getUI(), this::refresh));
        addDetachListener(detach -> watching.remove());
        setSizeFull();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(LUXEMBOURG);

        for (Inbox.TaskList list : Inbox.TaskList.values()) {
            Tab tab = new Tab();
            tab.setId("inbox-list-" + list.name().toLowerCase().replace('_', '-'));
            tabs.put(list, tab);
            lists.add(tab);
        }
        lists.getElement().setAttribute("aria-label", getTranslation("inbox.lists"));
        lists.addSelectedChangeListener(change -> refresh());

        search.setLabel(getTranslation("inbox.search"));
        search.setPlaceholder(getTranslation("inbox.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("18rem");
        search.addValueChangeListener(change -> refresh());
        sort.setLabel(getTranslation("inbox.sort"));
        sort.setItems(Inbox.Sort.values());
        sort.setItemLabelGenerator(value -> getTranslation("inbox.sort." + value.name()));
        sort.setValue(Inbox.Sort.DUE);
        sort.addValueChangeListener(change -> refresh());

        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("inbox.title"));
        grid.addComponentColumn(this::taskLink).setHeader(getTranslation("inbox.column.task")).setAutoWidth(true)
                .setFlexGrow(2);
        grid.addComponentColumn(this::jobseekerLink).setHeader(getTranslation("inbox.column.jobseeker")).setAutoWidth(true);
        grid.addColumn(task -> task.route() == null ? "" : getTranslation("file.value." + task.route()))
                .setHeader(getTranslation("inbox.column.route")).setAutoWidth(true);
        grid.addColumn(task -> task.languages().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("inbox.column.languages")).setAutoWidth(true);
        grid.addColumn(task -> Agency.byCode(task.agency()).map(Agency::displayName).orElse(task.agency()))
                .setHeader(getTranslation("inbox.column.agency")).setAutoWidth(true);
        grid.addColumn(task -> task.assignee() == null ? getTranslation("inbox.unassigned") : task.assignee())
                .setHeader(getTranslation("inbox.column.assignee")).setAutoWidth(true);
        grid.addColumn(task -> format(dates, task.created())).setHeader(getTranslation("inbox.column.created"))
                .setAutoWidth(true);
        grid.addColumn(task -> format(dates, task.due())).setHeader(getTranslation("inbox.column.due")).setAutoWidth(true);
        grid.addColumn(task -> format(dates, task.followUp())).setHeader(getTranslation("inbox.column.follow-up"))
                .setAutoWidth(true);
        grid.setItems(query -> inbox.page(query(), query.getOffset(), query.getLimit()).stream(),
                query -> inbox.count(query()));

        // selection through a labelled checkbox per row (the grid's own multi-select boxes carry no accessible name)
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addComponentColumn(task -> {
            var box = new com.vaadin.flow.component.checkbox.Checkbox(selected.containsKey(task.taskId()));
            box.setAriaLabel(getTranslation("inbox.select", task.taskName(),
                    task.jobseekerName() == null ? task.jobseekerId() : task.jobseekerName()));
            box.addValueChangeListener(change -> select(task, change.getValue()));
            return box;
        }).setHeader(getTranslation("inbox.column.select")).setAutoWidth(true).setFlexGrow(0);
        grid.getColumns().get(grid.getColumns().size() - 1).setFrozen(true);
        grid.setColumnOrder(reorderedSelectionFirst());
        claimSelected.setText(getTranslation("inbox.bulk.claim"));
        claimSelected.addClickListener(click -> bulk(actions::claim));
        handOverSelected.setText(getTranslation("inbox.bulk.hand-over"));
        handOverSelected.addClickListener(click -> askColleague());
        dueSelected.setText(getTranslation("inbox.bulk.due"));
        dueSelected.addClickListener(click -> askDate("inbox.bulk.due", day -> bulk(ids -> actions.setDueDate(ids, day))));
        followUpSelected.setText(getTranslation("inbox.bulk.follow-up"));
        followUpSelected.addClickListener(click -> askDate("inbox.bulk.follow-up",
                day -> bulk(ids -> actions.setFollowUpDate(ids, day))));
        HorizontalLayout bulkBar = new HorizontalLayout(claimSelected, handOverSelected, dueSelected, followUpSelected);
        bulkBar.setId("inbox-bulk");
        this.bulkBar = bulkBar;
        bulkBar.getChildren().forEach(button -> ((Button) button).setEnabled(false));
        bulkResult.setId("inbox-bulk-result");
        bulkResult.getElement().setAttribute("role", "status");

        empty.setId("inbox-empty");
        count.setId("inbox-count");
        help.setText(getTranslation("inbox.keys"));
        help.setId("inbox-keys");
        help.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        help.addClickListener(click -> showKeys());
        shortcuts();
        saved.setLabel(getTranslation("inbox.saved"));
        saved.setId("inbox-saved");
        saved.setItemLabelGenerator(filter -> filter == null ? "" : filter.name());
        saved.setEmptySelectionAllowed(true);
        saved.setEmptySelectionCaption(getTranslation("inbox.saved.none"));
        saved.setItems(filters.mine());
        saved.addValueChangeListener(change -> {
            if (change.isFromClient() || change.getValue() != null) {
                apply(change.getValue());
            }
        });
        saveView.setText(getTranslation("inbox.saved.save"));
        saveView.setId("inbox-save-view");
        saveView.addClickListener(click -> askName());
        HorizontalLayout tools = new HorizontalLayout(search, sort, saved, saveView, help);
        tools.setWrap(true);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("inbox.title")), lists, tools, bulkBar, bulkResult, count, empty, grid);
        lists.setSelectedTab(tabs.get(inbox.count(new Inbox.Query(Inbox.TaskList.MINE, null, Inbox.Sort.DUE)) > 0
                ? Inbox.TaskList.MINE : Inbox.TaskList.AGENCY));
        refresh();
    }

    Inbox.TaskList selectedList() {
        return tabs.entrySet().stream().filter(entry -> entry.getValue() == lists.getSelectedTab()).map(Map.Entry::getKey)
                .findFirst().orElse(Inbox.TaskList.AGENCY);
    }

    Inbox.Query query() {
        return new Inbox.Query(selectedList(), search.getValue().isBlank() ? null : search.getValue(), sort.getValue());
    }

    void refresh() {
        for (var entry : tabs.entrySet()) {
            int tasks = inbox.count(new Inbox.Query(entry.getKey(), query().search(), Inbox.Sort.DUE));
            entry.getValue().setLabel(getTranslation("inbox.list." + entry.getKey().name(), tasks));
        }
        grid.getDataProvider().refreshAll();
        int shown = inbox.count(query());
        count.setText(getTranslation("inbox.count", shown));
        boolean none = shown == 0;
        empty.setText(getTranslation(search.isEmpty() ? "inbox.empty." + selectedList().name() : "inbox.no-match"));
        empty.setVisible(none);
        grid.setVisible(!none);
    }

    /**
     * Keyboard use: arrows move in the list (the grid's own), Enter opens the focused task, Space selects it,
     * Alt+1…5 switch lists, Alt+F searches, Alt+C claims the selected tasks, Alt+K lists these keys.
     */
    private void shortcuts() {
        grid.addCellFocusListener(event -> event.getItem().ifPresent(item -> focused = item));
        com.vaadin.flow.component.Shortcuts.addShortcutListener(grid, () -> {
            if (focused != null) {
                UI().navigate(taskPath(focused));
            }
        }, com.vaadin.flow.component.Key.ENTER).listenOn(grid);
        grid.addItemDoubleClickListener(click -> UI().navigate(taskPath(click.getItem())));
        Inbox.TaskList[] lists = Inbox.TaskList.values();
        com.vaadin.flow.component.Key[] digits = { com.vaadin.flow.component.Key.DIGIT_1, com.vaadin.flow.component.Key.DIGIT_2,
                com.vaadin.flow.component.Key.DIGIT_3, com.vaadin.flow.component.Key.DIGIT_4, com.vaadin.flow.component.Key.DIGIT_5 };
        for (int i = 0; i < lists.length; i++) {
            Inbox.TaskList list = lists[i];
            com.vaadin.flow.component.Shortcuts.addShortcutListener(this, () -> this.lists.setSelectedTab(tabs.get(list)),
                    digits[i], com.vaadin.flow.component.KeyModifier.ALT);
        }
        com.vaadin.flow.component.Shortcuts.addShortcutListener(this, search::focus, com.vaadin.flow.component.Key.KEY_F,
                com.vaadin.flow.component.KeyModifier.ALT);
        com.vaadin.flow.component.Shortcuts.addShortcutListener(this, () -> {
            if (!selected.isEmpty()) {
                bulk(actions::claim);
            }
        }, com.vaadin.flow.component.Key.KEY_C, com.vaadin.flow.component.KeyModifier.ALT);
        com.vaadin.flow.component.Shortcuts.addShortcutListener(this, this::showKeys, com.vaadin.flow.component.Key.KEY_K,
                com.vaadin.flow.component.KeyModifier.ALT);
    }

    private com.vaadin.flow.component.UI UI() {
        return getUI().orElseThrow();
    }

    String taskPath(InboxTask task) {
        return screens.path(task.taskKey(), task.taskId());
    }

    /** The keyboard shortcuts, in a dialog (Alt+K). */
    void showKeys() {
        var dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setId("inbox-keys-dialog");
        dialog.setHeaderTitle(getTranslation("inbox.keys"));
        var keys = new com.vaadin.flow.component.html.UnorderedList();
        for (String key : List.of("move", "open", "select", "lists", "search", "claim", "complete", "help")) {
            keys.add(new com.vaadin.flow.component.html.ListItem(getTranslation("inbox.keys." + key)));
        }
        dialog.add(keys);
        dialog.getFooter().add(new Button(getTranslation("inbox.keys.close"), click -> dialog.close()));
        dialog.open();
    }

    /** Shows a saved view: its list, search and sort. */
    void apply(lu.adem.tremplin.inbox.list.SavedFilters.SavedFilter filter) {
        if (filter == null) {
            return;
        }
        lists.setSelectedTab(tabs.get(filter.query().list()));
        search.setValue(filter.query().search() == null ? "" : filter.query().search());
        sort.setValue(filter.query().sort());
    }

    private void askName() {
        var name = new TextField(getTranslation("inbox.saved.name"));
        name.setMaxLength(80);
        confirm("inbox.saved.save", name, () -> !name.getValue().isBlank(), () -> saveAs(name.getValue()));
    }

    /** Saves the current list, search and sort under a name. */
    void saveAs(String name) {
        filters.save(name, query());
        saved.setItems(filters.mine());
        bulkResult.setText(getTranslation("inbox.saved.done", name.trim()));
    }

    private java.util.List<Grid.Column<InboxTask>> reorderedSelectionFirst() {
        var columns = new java.util.ArrayList<>(grid.getColumns());
        columns.add(0, columns.remove(columns.size() - 1));
        return columns;
    }

    /** Chooses a task for (or takes it out of) the next bulk action. */
    void select(InboxTask task, boolean chosen) {
        if (chosen) {
            selected.put(task.taskId(), task);
        } else {
            selected.remove(task.taskId());
        }
        bulkBar.getChildren().forEach(button -> ((Button) button).setEnabled(!selected.isEmpty()));
    }

    /** Runs an action on every selected task and says what became of each; one refusal stops none of the others. */
    void bulk(java.util.function.Function<List<String>, List<TaskActions.Result>> action) {
        List<InboxTask> selected = List.copyOf(this.selected.values());
        List<TaskActions.Result> results = action.apply(selected.stream().map(InboxTask::taskId).toList());
        long done = results.stream().filter(TaskActions.Result::done).count();
        String refused = results.stream().filter(result -> !result.done()).map(result -> selected.stream()
                .filter(task -> task.taskId().equals(result.taskId())).findFirst()
                .map(task -> task.taskName() + (task.jobseekerName() == null ? "" : " (" + task.jobseekerName() + ")"))
                .orElse(result.taskId()) + ": " + result.problem()).collect(Collectors.joining("; "));
        bulkResult.setText(refused.isEmpty() ? getTranslation("inbox.bulk.done", done)
                : getTranslation("inbox.bulk.partly", done, refused));
        this.selected.clear();
        bulkBar.getChildren().forEach(button -> ((Button) button).setEnabled(false));
        refresh();
    }

    private void askColleague() {
        var colleague = new com.vaadin.flow.component.combobox.ComboBox<String>(getTranslation("inbox.bulk.colleague"));
        colleague.setItems(actions.colleagues(lu.adem.tremplin.shared.CurrentUser.require().groupIds().stream()
                .filter(group -> Agency.byGroupId(group).isPresent()).toList()));
        confirm("inbox.bulk.hand-over", colleague, () -> colleague.getValue() != null,
                () -> bulk(ids -> actions.handOver(ids, colleague.getValue())));
    }

    private void askDate(String titleKey, java.util.function.Consumer<java.time.LocalDate> then) {
        var day = new com.vaadin.flow.component.datepicker.DatePicker(getTranslation(titleKey));
        day.setMin(inbox.today());
        confirm(titleKey, day, () -> day.getValue() != null, () -> then.accept(day.getValue()));
    }

    private void confirm(String titleKey, Component field, java.util.function.BooleanSupplier ready, Runnable then) {
        var dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey));
        dialog.add(field);
        Button ok = new Button(getTranslation("inbox.bulk.apply"), click -> {
            if (ready.getAsBoolean()) {
                dialog.close();
                then.run();
            }
        });
        ok.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("jobseeker.dialog.cancel"), click -> dialog.close()), ok);
        dialog.open();
    }

    /**
     * Where a task is worked: the screen its process's module registered for it, else the task screen
     * with its form.
     */
    private Component taskLink(InboxTask task) {
        Anchor link = new Anchor(taskPath(task), task.taskName());
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private Component jobseekerLink(InboxTask task) {
        if (task.jobseekerId() == null) {
            return new Span("");
        }
        String text = task.jobseekerName() == null ? task.jobseekerId() : task.jobseekerName() + " · " + task.jobseekerId();
        return new RouterLink(text, JobseekerFileView.class, task.jobseekerId());
    }

    private static String format(DateTimeFormatter formatter, TemporalAccessor value) {
        return value == null ? "" : formatter.format(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " · Tremplin";
    }
}
