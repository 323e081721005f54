package lu.adem.tremplin.inbox.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
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
import lu.adem.tremplin.inbox.Inbox;
import lu.adem.tremplin.inbox.InboxTask;
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
    /** Tasks that Tremplin shows on a screen of its own, by task definition key. */
    static final Map<String, String> TREMPLIN_TASK_SCREENS = Map.of("ChooseCourse", "tasks/choose-course");

    private final transient Inbox inbox;
    final Tabs lists = new Tabs();
    final Map<Inbox.TaskList, Tab> tabs = new EnumMap<>(Inbox.TaskList.class);
    final TextField search = new TextField();
    final Select<Inbox.Sort> sort = new Select<>();
    final Grid<InboxTask> grid = new Grid<>();
    final Span count = new Span();
    final Paragraph empty = new Paragraph();

    InboxView(Inbox inbox) {
        this.inbox = inbox;
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

        empty.setId("inbox-empty");
        count.setId("inbox-count");
        HorizontalLayout tools = new HorizontalLayout(search, sort);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("inbox.title")), lists, tools, count, empty, grid);
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
     * Where a task is worked: a screen of its own when its process's module has one (by path: those
     * screens live in the modules of their processes), else the task screen with its form.
     */
    private Component taskLink(InboxTask task) {
        String screen = TREMPLIN_TASK_SCREENS.get(task.taskKey());
        Anchor link = new Anchor((screen != null ? screen : TaskView.PATH) + "/" + task.taskId(), task.taskName());
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
