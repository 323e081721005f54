package lu.adem.tremplin.catalogue.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.catalogue.Catalogue;
import lu.adem.tremplin.catalogue.Course;
import lu.adem.tremplin.catalogue.CourseQuery;
import lu.adem.tremplin.catalogue.Vocabulary;
import lu.adem.tremplin.shared.Roles;

/** Counsellors search the course catalogue: words, language, level, topic, hours; paged from the database. */
@Route("catalogue")
@Menu(order = 2.7, title = "nav.catalogue", icon = "vaadin:academy-cap")
@RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR, Roles.ADMIN})
public class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    final TextField words = new TextField();
    final Select<Course.CourseLanguage> language = new Select<>();
    final Select<Course.Difficulty> level = new Select<>();
    final Select<String> topic = new Select<>();
    final IntegerField maxHours = new IntegerField();
    final Grid<Course> courses = new Grid<>();
    final Span count = new Span();
    final Div sampleNotice = new Div();

    private final transient Catalogue catalogue;

    CatalogueView(Catalogue catalogue, Vocabulary vocabulary) {
        this.catalogue = catalogue;
        setSizeFull();

        sampleNotice.setId("catalogue-sample");
        sampleNotice.setText(getTranslation("catalogue.sample"));
        sampleNotice.getElement().setAttribute("role", "note");
        sampleNotice
                .getStyle()
                .set("background", "var(--lumo-warning-color-10pct, #fff4d6)")
                .set("padding", "0.5rem 1rem")
                .set("border-radius", "var(--lumo-border-radius-m)");
        sampleNotice.setVisible(
                catalogue.latestImport().map(Catalogue.ImportRecord::sample).orElse(false));

        words.setLabel(getTranslation("catalogue.words"));
        words.setPlaceholder(getTranslation("catalogue.words.placeholder"));
        words.setPrefixComponent(VaadinIcon.SEARCH.create());
        words.setClearButtonVisible(true);
        words.setValueChangeMode(ValueChangeMode.LAZY);
        words.setWidth("20rem");
        language.setLabel(getTranslation("catalogue.language"));
        language.setItems(Course.CourseLanguage.values());
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("catalogue.any"));
        language.setItemLabelGenerator(value ->
                value == null ? getTranslation("catalogue.any") : getTranslation("catalogue.language." + value.name()));
        level.setLabel(getTranslation("catalogue.level"));
        level.setItems(Course.Difficulty.values());
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("catalogue.any"));
        level.setItemLabelGenerator(value ->
                value == null ? getTranslation("catalogue.any") : getTranslation("catalogue.level." + value.name()));
        topic.setLabel(getTranslation("catalogue.topic"));
        topic.setItems(vocabulary.topics());
        topic.setEmptySelectionAllowed(true);
        topic.setEmptySelectionCaption(getTranslation("catalogue.any"));
        topic.setItemLabelGenerator(
                value -> value == null ? getTranslation("catalogue.any") : vocabulary.topic(value, getLocale()));
        maxHours.setLabel(getTranslation("catalogue.max-hours"));
        maxHours.setMin(1);
        maxHours.setMax(500);
        maxHours.setStepButtonsVisible(true);
        maxHours.setWidth("9rem");

        courses.setId("catalogue-courses");
        courses.setAriaLabel(getTranslation("catalogue.title"));
        courses.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        courses.addComponentColumn(course -> {
                    Anchor link = new Anchor(course.url(), course.title());
                    link.setTarget("_blank");
                    link.getElement().setAttribute("rel", "noopener");
                    return link;
                })
                .setHeader(getTranslation("catalogue.column.title"))
                .setFlexGrow(3);
        courses.addColumn(course -> course.language().name())
                .setHeader(getTranslation("catalogue.language"))
                .setAutoWidth(true);
        courses.addColumn(course ->
                        getTranslation("catalogue.level." + course.difficulty().name()))
                .setHeader(getTranslation("catalogue.level"))
                .setAutoWidth(true);
        courses.addColumn(course -> getTranslation("catalogue.hours", course.durationHours()))
                .setHeader(getTranslation("catalogue.column.hours"))
                .setAutoWidth(true);
        courses.addColumn(course -> vocabulary.topic(course.topic(), getLocale()))
                .setHeader(getTranslation("catalogue.topic"))
                .setAutoWidth(true);
        courses.addColumn(course -> course.skills().stream()
                        .map(tag -> vocabulary.skill(tag, getLocale()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("catalogue.column.skills"))
                .setFlexGrow(2);
        courses.setItems(
                query -> catalogue.search(query(), query.getOffset(), query.getLimit()).stream(),
                query -> catalogue.count(query()));

        words.addValueChangeListener(change -> refresh());
        language.addValueChangeListener(change -> refresh());
        level.addValueChangeListener(change -> refresh());
        topic.addValueChangeListener(change -> refresh());
        maxHours.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(words, language, level, topic, maxHours);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        count.setId("catalogue-count");
        add(new H2(getTranslation("catalogue.title")), sampleNotice, filters, count, courses);
        refresh();
    }

    CourseQuery query() {
        return new CourseQuery(
                words.getValue().isBlank() ? null : words.getValue(),
                language.getValue(),
                level.getValue(),
                topic.getValue(),
                maxHours.getValue());
    }

    void refresh() {
        courses.getDataProvider().refreshAll();
        int found = catalogue.count(query());
        count.setText(found == 0 ? getTranslation("catalogue.none") : getTranslation("catalogue.count", found));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.title") + " · Tremplin";
    }
}
