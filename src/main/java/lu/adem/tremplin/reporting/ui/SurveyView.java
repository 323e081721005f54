package lu.adem.tremplin.reporting.ui;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import lu.adem.tremplin.reporting.SatisfactionSurvey;
import lu.adem.tremplin.reporting.SatisfactionSurvey.LinkState;
import lu.adem.tremplin.reporting.SurveyAnswers;
import lu.adem.tremplin.reporting.SurveyAnswers.Helped;
import lu.adem.tremplin.reporting.SurveyAnswers.Missing;
import lu.adem.tremplin.shared.ui.JobseekerPage;

/**
 * The satisfaction survey, opened from the personal link in the jobseeker's message: no account, no app shell,
 * one column that works on a 360 px phone with large touch targets, in the jobseeker's language (or the one they
 * pick); each question a fieldset with its legend. An unknown or expired link gets one page ("invalid or
 * expired"), so the page never tells whether a token exists; a used one says the answers were already sent.
 */
@Route(value = SatisfactionSurvey.PATH, autoLayout = false)
@AnonymousAllowed
public class SurveyView extends JobseekerPage implements HasUrlParameter<String>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(SurveyView.class);
    static final String STYLE = """
            .survey fieldset { border: 1px solid var(--lumo-contrast-20pct); border-radius: var(--lumo-border-radius-l);
              margin: 0 0 1.25rem; padding: 0.5rem 1rem 0.75rem; min-width: 0; }
            .survey legend { font-weight: 600; font-size: var(--lumo-font-size-l); padding: 0 0.25rem; }
            .survey vaadin-radio-button, .survey vaadin-checkbox { min-height: 48px; display: flex; align-items: center;
              font-size: var(--lumo-font-size-l); }
            .survey vaadin-text-area { width: 100%; }
            .survey vaadin-button { min-height: 48px; width: 100%; }
            .survey nav a { display: inline-block; min-height: 44px; line-height: 44px; padding: 0 0.5rem; }
            """;

    private final SatisfactionSurvey survey;
    private String token;

    final RadioButtonGroup<Integer> satisfaction = new RadioButtonGroup<>();
    final RadioButtonGroup<Boolean> recommend = new RadioButtonGroup<>();
    final CheckboxGroup<Helped> helped = new CheckboxGroup<>();
    final CheckboxGroup<Missing> missing = new CheckboxGroup<>();
    final TextArea comment = new TextArea();
    final Div summary = new Div();
    final Button send = new Button();

    SurveyView(SatisfactionSurvey survey) {
        super("survey", SatisfactionSurvey.PATH);
        this.survey = survey;
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        SatisfactionSurvey.LinkView link = survey.open(token);
        useLanguage(event, link.language());
        getElement()
                .executeJs(
                        "if (!document.getElementById('survey-style')) { const s = document.createElement('style');"
                                + " s.id = 'survey-style'; s.textContent = $0; document.head.appendChild(s); }",
                        STYLE);
        removeAll();
        if (link.state() == LinkState.OPEN) {
            showQuestions();
        } else {
            showOutcome(link.state());
        }
    }

    private void showQuestions() {
        H1 title = new H1(getTranslation("survey.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("line-height", "1.2");
        summary.setId("survey-summary");
        summary.getElement().setAttribute("role", "alert");
        summary.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        add(languageLinks("survey.language", token), title, new Paragraph(getTranslation("survey.intro")), summary);

        satisfaction.setId("survey-satisfaction");
        satisfaction.setItems(5, 4, 3, 2, 1);
        satisfaction.setItemLabelGenerator(value -> getTranslation("survey.satisfaction." + value));
        recommend.setId("survey-recommend");
        recommend.setItems(true, false);
        recommend.setItemLabelGenerator(yes -> getTranslation(yes ? "survey.yes" : "survey.no"));
        for (RadioButtonGroup<?> group : List.of(satisfaction, recommend)) {
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setRequired(true);
            group.setErrorMessage(getTranslation("survey.required"));
            group.addValueChangeListener(change -> group.setInvalid(false));
        }
        helped.setId("survey-helped");
        helped.setItems(Helped.values());
        helped.setItemLabelGenerator(
                h -> getTranslation("survey.helped." + h.name().toLowerCase(Locale.ROOT)));
        missing.setId("survey-missing");
        missing.setItems(Missing.values());
        missing.setItemLabelGenerator(
                m -> getTranslation("survey.missing." + m.name().toLowerCase(Locale.ROOT)));
        helped.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        missing.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        comment.setId("survey-comment");
        comment.setLabel(getTranslation("survey.comment"));
        comment.setHelperText(getTranslation("survey.comment.hint", SurveyAnswers.COMMENT_MAX));
        comment.setMaxLength(SurveyAnswers.COMMENT_MAX);
        add(
                question("survey.q.satisfaction", satisfaction),
                question("survey.q.recommend", recommend),
                question("survey.q.helped", helped),
                question("survey.q.missing", missing),
                comment);
        send.setId("survey-send");
        send.setText(getTranslation("survey.submit"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.setDisableOnClick(true);
        send.addClickListener(click -> submit());
        add(send);
    }

    /** A question as a fieldset whose legend is the question; the group inside is labelled by it. */
    private FieldSet question(String key, Component group) {
        FieldSet fieldSet = new FieldSet(getTranslation(key), group);
        String legendId = group.getId().orElseThrow() + "-legend";
        fieldSet.getLegend().setId(legendId);
        group.getElement().setAttribute("aria-labelledby", legendId);
        return fieldSet;
    }

    void submit() {
        satisfaction.setInvalid(satisfaction.getValue() == null);
        recommend.setInvalid(recommend.getValue() == null);
        int unanswered = (satisfaction.isInvalid() ? 1 : 0) + (recommend.isInvalid() ? 1 : 0);
        if (unanswered > 0) {
            // nothing on the page is cleared: the jobseeker only adds what is missing
            summary.setText(getTranslation("survey.missing-answers", unanswered));
            (satisfaction.isInvalid() ? satisfaction : recommend).getElement().callJsFunction("focus");
            send.setEnabled(true);
            return;
        }
        SurveyAnswers answers = new SurveyAnswers(
                satisfaction.getValue(),
                recommend.getValue(),
                helped.getValue(),
                missing.getValue(),
                comment.getValue());
        try {
            LinkState state = survey.submit(token, answers);
            removeAll();
            showOutcome(state == LinkState.OPEN ? null : state);
        } catch (SurveyAnswers.Incomplete incomplete) {
            summary.setText(getTranslation(
                    "survey.missing-answers", incomplete.problems().size()));
            send.setEnabled(true);
        } catch (RuntimeException failure) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Survey answers not saved, reference {}", reference, failure);
            summary.setText(getTranslation("survey.error", reference));
            send.setEnabled(true);
        }
    }

    /** The page for a link that cannot be answered (or, for {@code null}, the thanks after sending). */
    private void showOutcome(LinkState state) {
        String key = state == null ? "survey.done" : state == LinkState.USED ? "survey.used" : "survey.invalid";
        H1 title = new H1(getTranslation(key + ".title"));
        title.setId("outcome");
        title.getElement().setAttribute("tabindex", "-1");
        add(title, new Paragraph(getTranslation(key + ".text")));
        title.getElement().callJsFunction("focus");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.page-title");
    }
}
