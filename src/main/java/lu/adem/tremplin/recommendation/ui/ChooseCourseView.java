package lu.adem.tremplin.recommendation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.catalogue.Catalogue;
import lu.adem.tremplin.catalogue.Course;
import lu.adem.tremplin.catalogue.CourseQuery;
import lu.adem.tremplin.recommendation.CourseChoice;
import lu.adem.tremplin.recommendation.Recommendation;
import lu.adem.tremplin.recommendation.Suggestion;
import lu.adem.tremplin.shared.Roles;

/**
 * The task "Choose a course with the jobseeker": the shortlist with the reasons for each course, and
 * a search of the whole catalogue, since the jobseeker may choose any course.
 */
@Route(ChooseCourseView.PATH)
@RolesAllowed(Roles.COUNSELLOR)
public class ChooseCourseView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /** Where the inbox opens this task: {@code tasks/choose-course/<task id>}. */
    public static final String PATH = "tasks/choose-course";

    private final transient CourseChoice choice;
    private final transient Recommendation recommendation;
    private final transient Catalogue catalogue;
    private String taskId;
    private String title = "";

    final Grid<Suggestion> shortlist = new Grid<>();
    final TextField words = new TextField();
    final Select<Course.CourseLanguage> language = new Select<>();
    final Select<Course.Difficulty> level = new Select<>();
    final Grid<Course> search = new Grid<>();
    final Button newShortlist = new Button();
    final Button chooseOnline = new Button();

    ChooseCourseView(CourseChoice choice, Recommendation recommendation, Catalogue catalogue) {
        this.choice = choice;
        this.recommendation = recommendation;
        this.catalogue = catalogue;
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        this.taskId = taskId;
        removeAll();
        var context = choice.open(taskId);
        if (context.isEmpty()) {
            title = getTranslation("choose.gone.title");
            add(new H2(title), new Paragraph(getTranslation("choose.gone.text")));
            return;
        }
        var jobseeker = context.get().jobseeker();
        title = getTranslation("choose.title", jobseeker.fullName());
        add(new H2(title));
        if (context.get().linkExpired()) {
            Paragraph expired = new Paragraph(getTranslation("choose.online.expired"));
            expired.setId("choose-link-expired");
            expired.getElement().getThemeList().add("badge warning");
            expired.getStyle().set("padding", "0.5rem 0.75rem").set("font-size", "var(--lumo-font-size-m)");
            add(expired);
        }
        add(new Paragraph(getTranslation("choose.intro")));
        add(shortlistSection(context.get()), searchSection());
        newShortlist.setText(getTranslation("choose.new-shortlist"));
        newShortlist.setId("choose-new-shortlist");
        newShortlist.setDisableOnClick(true);
        newShortlist.addClickListener(click -> {
            choice.newShortlist(taskId);
            done(getTranslation("choose.new-shortlist.done"));
        });
        add(new HorizontalLayout(newShortlist, onlineChoice(context.get())));
    }

    /** "Let the jobseeker choose online": the case sends a personal link (by email, so only with an address). */
    private Component onlineChoice(CourseChoice.Context context) {
        chooseOnline.setText(getTranslation("choose.online"));
        chooseOnline.setId("choose-online");
        chooseOnline.setDisableOnClick(true);
        chooseOnline.setTooltipText(getTranslation("choose.online.help"));
        Span why =
                new Span(getTranslation(context.canChooseOnline() ? "choose.online.help" : "choose.online.no-email"));
        why.setId("choose-online-help");
        why.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        chooseOnline.getElement().setAttribute("aria-describedby", "choose-online-help");
        chooseOnline.setEnabled(context.canChooseOnline());
        chooseOnline.addClickListener(click -> {
            choice.letJobseekerChoose(taskId);
            done(getTranslation("choose.online.done"));
        });
        VerticalLayout online = new VerticalLayout(chooseOnline, why);
        online.setPadding(false);
        online.setSpacing(false);
        return online;
    }

    private Section shortlistSection(CourseChoice.Context context) {
        Section section = new Section(new H3(getTranslation("choose.shortlist")));
        section.setWidthFull();
        if (context.shortlist().isEmpty()) {
            section.add(new Paragraph(getTranslation("choose.shortlist.empty")));
            return section;
        }
        shortlist.setId("choose-shortlist");
        shortlist.setAriaLabel(getTranslation("choose.shortlist"));
        shortlist.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        shortlist
                .addComponentColumn(
                        suggestion -> courseCell(suggestion.course(), recommendation.describe(suggestion, getLocale())))
                .setHeader(getTranslation("catalogue.column.title"))
                .setFlexGrow(4);
        shortlist
                .addComponentColumn(suggestion -> chooseButton(suggestion.course()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        shortlist.setItems(context.shortlist());
        shortlist.setAllRowsVisible(true);
        shortlist.setWidthFull();
        section.add(shortlist);
        return section;
    }

    private Section searchSection() {
        Section section = new Section(new H3(getTranslation("choose.search")));
        words.setLabel(getTranslation("catalogue.words"));
        words.setPlaceholder(getTranslation("catalogue.words.placeholder"));
        words.setPrefixComponent(VaadinIcon.SEARCH.create());
        words.setValueChangeMode(ValueChangeMode.LAZY);
        words.setClearButtonVisible(true);
        language.setLabel(getTranslation("catalogue.language"));
        language.setItems(Course.CourseLanguage.values());
        language.setEmptySelectionAllowed(true);
        language.setItemLabelGenerator(value ->
                value == null ? getTranslation("catalogue.any") : getTranslation("catalogue.language." + value.name()));
        level.setLabel(getTranslation("catalogue.level"));
        level.setItems(Course.Difficulty.values());
        level.setEmptySelectionAllowed(true);
        level.setItemLabelGenerator(value ->
                value == null ? getTranslation("catalogue.any") : getTranslation("catalogue.level." + value.name()));
        search.setId("choose-search");
        search.setAriaLabel(getTranslation("choose.search"));
        search.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        search.addComponentColumn(course -> courseCell(course, null))
                .setHeader(getTranslation("catalogue.column.title"))
                .setFlexGrow(4);
        search.addComponentColumn(this::chooseButton).setAutoWidth(true).setFlexGrow(0);
        search.setHeight("24rem");
        search.setWidthFull();
        search.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        search.setItems(
                query -> catalogue.search(query(), query.getOffset(), query.getLimit()).stream(),
                query -> catalogue.count(query()));
        words.addValueChangeListener(change -> search.getDataProvider().refreshAll());
        language.addValueChangeListener(change -> search.getDataProvider().refreshAll());
        level.addValueChangeListener(change -> search.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(words, language, level);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        section.add(filters, search);
        section.setWidthFull();
        return section;
    }

    CourseQuery query() {
        return new CourseQuery(
                words.getValue().isBlank() ? null : words.getValue(),
                language.getValue(),
                level.getValue(),
                null,
                null);
    }

    private Component courseCell(Course course, String reasons) {
        Anchor link = new Anchor(course.url(), course.title());
        link.getStyle().set("text-decoration", "underline");
        link.setTarget("_blank");
        link.getElement().setAttribute("rel", "noopener");
        Span facts = new Span(getTranslation(
                        "catalogue.language." + course.language().name()) + " · "
                + getTranslation("catalogue.level." + course.difficulty().name()) + " · "
                + getTranslation("catalogue.hours", course.durationHours()));
        facts.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-left", "0.5rem");
        Div cell = new Div(link, facts);
        if (reasons != null) {
            Div why = new Div(getTranslation("choose.why", reasons));
            why.getStyle().set("font-size", "var(--lumo-font-size-s)");
            cell.add(why);
        }
        return cell;
    }

    private Button chooseButton(Course course) {
        Button choose = new Button(getTranslation("choose.choose"), click -> confirm(course));
        choose.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        choose.getElement().setAttribute("aria-label", getTranslation("choose.choose.aria", course.title()));
        return choose;
    }

    void confirm(Course course) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("choose.confirm.title"),
                getTranslation("choose.confirm.text", course.title()),
                getTranslation("choose.confirm.ok"),
                confirmed -> chosen(course));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("jobseeker.dialog.cancel"));
        dialog.open();
    }

    void chosen(Course course) {
        choice.choose(taskId, course.platformId());
        done(getTranslation("choose.done", course.title()));
    }

    private void done(String message) {
        Notification.show(message, 6000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate("inbox");
    }

    @Override
    public String getPageTitle() {
        return title + " · Tremplin";
    }
}
