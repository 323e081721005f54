package lu.adem.tremplin.recommendation.ui;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import lu.adem.tremplin.catalogue.Catalogue;
import lu.adem.tremplin.catalogue.Course;
import lu.adem.tremplin.catalogue.CourseQuery;
import lu.adem.tremplin.recommendation.CourseRecommendationProcess;
import lu.adem.tremplin.recommendation.JobseekerCourseChoice;
import lu.adem.tremplin.recommendation.JobseekerCourseChoice.LinkState;
import lu.adem.tremplin.recommendation.JobseekerCourseChoice.Outcome;
import lu.adem.tremplin.recommendation.Recommendation;
import lu.adem.tremplin.shared.ui.JobseekerPage;

/**
 * The jobseeker's own course choice, opened from the personal link in their message: no account, no app
 * shell, one column that works on a phone, in the jobseeker's language (or the one they pick). The
 * shortlist with the reasons, a search of the whole catalogue, then a confirmation step. An unknown or
 * expired link gets "invalid or expired", a used one "already chosen".
 */
@Route(value = CourseRecommendationProcess.CHOICE_PATH, autoLayout = false)
@AnonymousAllowed
public class CourseChoiceView extends JobseekerPage implements HasUrlParameter<String>, HasDynamicTitle {

    /** Search results shown at once: a phone screen's worth, the jobseeker narrows with more words. */
    static final int RESULTS = 20;

    private static final Logger log = LoggerFactory.getLogger(CourseChoiceView.class);

    private final transient JobseekerCourseChoice choice;
    private final transient Recommendation recommendation;
    private final transient Catalogue catalogue;
    private String token;
    private JobseekerCourseChoice.Page page;
    private Course pending;

    final UnorderedList shortlist = new UnorderedList();
    final TextField words = new TextField();
    final Button search = new Button();
    final Paragraph found = new Paragraph();
    final UnorderedList results = new UnorderedList();
    final Paragraph problem = new Paragraph();
    final Button confirm = new Button();
    final Button back = new Button();

    CourseChoiceView(JobseekerCourseChoice choice, Recommendation recommendation, Catalogue catalogue) {
        super("course-choice", CourseRecommendationProcess.CHOICE_PATH);
        this.choice = choice;
        this.recommendation = recommendation;
        this.catalogue = catalogue;
        shortlist.setId("course-shortlist");
        words.setId("course-words");
        search.setId("course-search");
        found.setId("course-found");
        results.setId("course-results");
        problem.setId("course-problem");
        confirm.setId("course-confirm");
        back.setId("course-back");
        confirm.addClickListener(click -> chosen(pending));
        back.addClickListener(click -> showChoices());
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        page = choice.open(token);
        useLanguage(event, page.language());
        if (page.state() == LinkState.OPEN) {
            showChoices();
        } else {
            showOutcome(page.state() == LinkState.USED ? "coursechoice.used" : "coursechoice.invalid", null);
        }
    }

    void showChoices() {
        removeAll();
        H1 title = new H1(getTranslation("coursechoice.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("line-height", "1.2");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        add(
                languageLinks("coursechoice.language", token),
                title,
                new Paragraph(getTranslation("coursechoice.intro")),
                problem);
        Section suggested = new Section(new H2(getTranslation("coursechoice.shortlist")));
        shortlist.removeAll();
        shortlist.getStyle().set("padding", "0").set("margin", "0");
        page.shortlist()
                .forEach(suggestion -> shortlist.add(new CourseCard(
                        suggestion.course(), recommendation.describe(suggestion, getLocale()), this::askToConfirm)));
        suggested.add(
                page.shortlist().isEmpty() ? new Paragraph(getTranslation("coursechoice.shortlist.empty")) : shortlist);
        add(suggested, searchSection());
    }

    private Section searchSection() {
        Section section = new Section(new H2(getTranslation("coursechoice.search")));
        words.setLabel(getTranslation("coursechoice.words"));
        words.setPlaceholder(getTranslation("coursechoice.words.placeholder"));
        words.setWidthFull();
        words.setClearButtonVisible(true);
        words.addKeyPressListener(Key.ENTER, enter -> search());
        search.setText(getTranslation("coursechoice.search.button"));
        search.addThemeVariants(ButtonVariant.LUMO_LARGE);
        search.setWidthFull();
        search.getStyle().set("min-height", "48px");
        search.addClickListener(click -> search());
        found.getElement().setAttribute("role", "status");
        found.setText("");
        results.removeAll();
        results.getStyle().set("padding", "0").set("margin", "0");
        section.add(words, search, found, results);
        return section;
    }

    void search() {
        CourseQuery query =
                new CourseQuery(words.getValue().isBlank() ? null : words.getValue(), null, null, null, null);
        int count = catalogue.count(query);
        found.setText(
                count > RESULTS
                        ? getTranslation("coursechoice.found.more", count, RESULTS)
                        : getTranslation("coursechoice.found", count));
        results.removeAll();
        catalogue
                .search(query, 0, RESULTS)
                .forEach(course -> results.add(new CourseCard(course, null, this::askToConfirm)));
    }

    /** The confirmation step, on a page of its own: large buttons, nothing else to tap by mistake. */
    void askToConfirm(Course course) {
        removeAll();
        H1 title = new H1(getTranslation("coursechoice.confirm.title", course.title()));
        title.setId("confirm-title");
        title.getElement().setAttribute("tabindex", "-1");
        confirm.setText(getTranslation("coursechoice.confirm.ok"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        confirm.setDisableOnClick(true);
        confirm.setEnabled(true);
        back.setText(getTranslation("coursechoice.confirm.back"));
        back.addThemeVariants(ButtonVariant.LUMO_LARGE);
        for (Button button : new Button[] {confirm, back}) {
            button.setWidthFull();
            button.getStyle().set("min-height", "48px").set("margin-top", "0.75rem");
        }
        pending = course;
        add(title, new Paragraph(getTranslation("coursechoice.confirm.text")), problem, confirm, back);
        problem.setText("");
        title.getElement().callJsFunction("focus");
    }

    void chosen(Course course) {
        try {
            Outcome outcome = choice.choose(token, course.platformId());
            switch (outcome) {
                case CHOSEN -> showOutcome("coursechoice.done", course.title());
                case ALREADY_CHOSEN -> showOutcome("coursechoice.used", null);
                case NOT_AVAILABLE -> {
                    showChoices();
                    problem.setText(getTranslation("coursechoice.unavailable"));
                }
                default -> showOutcome("coursechoice.invalid", null);
            }
        } catch (JobseekerCourseChoice.LinkNoLongerValid stoppedWaiting) {
            showOutcome("coursechoice.invalid", null);
        } catch (RuntimeException failure) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Course choice not recorded, reference {}", reference, failure);
            problem.setText(getTranslation("coursechoice.error", reference));
            confirm.setEnabled(true);
        }
    }

    /** The page after the choice, or for a link that cannot be used ({@code key}.title and {@code key}.text). */
    private void showOutcome(String key, String course) {
        removeAll();
        H1 title = new H1(getTranslation(key + ".title"));
        title.setId("outcome");
        title.getElement().setAttribute("tabindex", "-1");
        add(
                title,
                new Paragraph(course == null ? getTranslation(key + ".text") : getTranslation(key + ".text", course)));
        title.getElement().callJsFunction("focus");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coursechoice.page-title");
    }
}
