package lu.adem.tremplin.recommendation.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;

import lu.adem.tremplin.catalogue.Course;

/**
 * One course on the jobseeker's choice page, as a list item that reads well on a phone: the title, its
 * facts, why it is suggested (shortlist only), a link to the course on the platform and a full-width
 * "Choose this course" button.
 */
class CourseCard extends ListItem {

    final Button choose = new Button();

    CourseCard(Course course, String reasons, Consumer<Course> onChoose) {
        addClassName("course-card");
        getElement().setAttribute("data-course", course.platformId());
        getStyle()
                .set("list-style", "none")
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "0.75rem 1rem 1rem")
                .set("margin", "0 0 0.75rem");
        H3 title = new H3(course.title());
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 0 0.25rem");
        Paragraph facts = new Paragraph(getTranslation(
                        "catalogue.language." + course.language().name()) + " · "
                + getTranslation("catalogue.level." + course.difficulty().name()) + " · "
                + getTranslation("catalogue.hours", course.durationHours()));
        facts.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        add(title, facts);
        if (reasons != null) {
            Paragraph why = new Paragraph(getTranslation("coursechoice.why", reasons));
            why.getStyle().set("margin", "0.25rem 0 0");
            add(why);
        }
        if (course.url() != null && !course.url().isBlank()) {
            Anchor details = new Anchor(course.url(), getTranslation("coursechoice.details"));
            details.setTarget("_blank");
            details.getElement().setAttribute("rel", "noopener");
            details.getStyle()
                    .set("display", "inline-block")
                    .set("padding", "0.5rem 0")
                    .set("text-decoration", "underline");
            add(new Div(details));
        }
        choose.setText(getTranslation("coursechoice.choose"));
        choose.getElement().setAttribute("aria-label", getTranslation("coursechoice.choose.aria", course.title()));
        choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        choose.setWidthFull();
        choose.getStyle().set("min-height", "48px").set("margin-top", "0.5rem");
        choose.addClickListener(click -> onChoose.accept(course));
        add(choose);
    }
}
