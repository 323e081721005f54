package lu.adem.tremplin.assessment.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import lu.adem.tremplin.assessment.DigitalReadinessProcess;
import lu.adem.tremplin.assessment.ReadinessAnswers;
import lu.adem.tremplin.assessment.SelfAssessment;
import lu.adem.tremplin.assessment.SelfAssessment.LinkState;
import lu.adem.tremplin.shared.ui.JobseekerPage;

/**
 * The jobseeker's self-assessment, opened from the personal link in their message: no account, no
 * app shell, one plain column that works on a phone, in the jobseeker's language (or the one they
 * pick). An expired, used or unknown link gets a page that says so and what to do.
 */
@Route(value = DigitalReadinessProcess.SELF_ASSESSMENT_PATH, autoLayout = false)
@AnonymousAllowed
public class SelfAssessmentView extends JobseekerPage implements HasUrlParameter<String>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(SelfAssessmentView.class);

    private final SelfAssessment selfAssessment;
    private String token;

    final Map<String, RadioButtonGroup<Integer>> questions = new LinkedHashMap<>();
    final Checkbox adjustments = new Checkbox();
    final Checkbox canTravel = new Checkbox();
    final Div summary = new Div();
    final Button send = new Button();

    SelfAssessmentView(SelfAssessment selfAssessment) {
        super("self-assessment", DigitalReadinessProcess.SELF_ASSESSMENT_PATH);
        this.selfAssessment = selfAssessment;
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        SelfAssessment.LinkView link = selfAssessment.open(token);
        useLanguage(event, link.language());
        removeAll();
        if (link.state() == LinkState.OPEN) {
            showQuestionnaire();
        } else {
            showOutcome(link.state());
        }
    }

    private void showQuestionnaire() {
        H1 title = new H1(getTranslation("self.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("line-height", "1.2");
        add(languageLinks("self.language", token), title, new Paragraph(getTranslation("self.intro")));
        summary.getElement().setAttribute("role", "alert");
        summary.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        add(summary);
        add(section("self.group.access", null, question("a1", 0, 3), question("a2", 0, 2), question("a3", 0, 2)));
        add(section(
                "self.group.skills",
                "self.skills.hint",
                skill("s1"),
                skill("s2"),
                skill("s3"),
                skill("s4"),
                skill("s5")));
        add(section(
                "self.group.conditions",
                null,
                question("l1", 0, 2),
                question("l2", 0, 2),
                question("l3", 0, 2),
                question("m1", 1, 4)));
        adjustments.setLabel(getTranslation("self.x1"));
        canTravel.setLabel(getTranslation("self.x2"));
        add(section("self.group.flags", null, adjustments, canTravel));
        send.setText(getTranslation("self.submit"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.setDisableOnClick(true);
        send.addClickListener(click -> submit());
        add(send);
    }

    private Section section(String titleKey, String hintKey, com.vaadin.flow.component.Component... fields) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        if (hintKey != null) {
            section.add(new Paragraph(getTranslation(hintKey)));
        }
        for (var field : fields) {
            if (field instanceof RadioButtonGroup<?> group) {
                // A paragraph names the question: Vaadin's field label would cut a long question short on a phone.
                Paragraph question = new Paragraph(group.getLabel());
                question.setId(group.getId().orElseThrow() + "-label");
                question.getStyle().set("font-weight", "600").set("margin", "1rem 0 0.25rem");
                group.setLabel(null);
                group.setAriaLabelledBy(question.getId().orElseThrow());
                section.add(question);
            }
            ((com.vaadin.flow.component.HasStyle) field)
                    .getStyle()
                    .set("display", "flex")
                    .set("margin-bottom", "0.5rem");
            section.add(field);
        }
        return section;
    }

    private RadioButtonGroup<Integer> question(String id, int from, int to) {
        return radio(
                id,
                getTranslation("self." + id),
                IntStream.rangeClosed(from, to).boxed().toList(),
                value -> getTranslation("self." + id + "." + value));
    }

    private RadioButtonGroup<Integer> skill(String id) {
        return radio(
                id, getTranslation("self." + id), List.of(0, 1, 2, 3), value -> getTranslation("self.skill." + value));
    }

    private RadioButtonGroup<Integer> radio(
            String id,
            String label,
            List<Integer> values,
            com.vaadin.flow.component.ItemLabelGenerator<Integer> labels) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(label, values);
        group.setId("question-" + id);
        group.setItemLabelGenerator(labels);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setErrorMessage(getTranslation("self.required"));
        group.addValueChangeListener(change -> group.setInvalid(false));
        questions.put(id, group);
        return group;
    }

    void submit() {
        List<RadioButtonGroup<Integer>> missing =
                questions.values().stream().filter(q -> q.getValue() == null).toList();
        missing.forEach(q -> q.setInvalid(true));
        if (!missing.isEmpty()) {
            summary.setText(getTranslation("self.missing", missing.size()));
            missing.get(0).getElement().callJsFunction("focus");
            send.setEnabled(true);
            return;
        }
        Map<String, Object> answers = new HashMap<>();
        questions.forEach((id, group) -> answers.put(id, group.getValue()));
        answers.put("x1", adjustments.getValue());
        answers.put("x2", canTravel.getValue());
        try {
            var submission = selfAssessment.submit(token, answers);
            removeAll();
            showOutcome(
                    switch (submission) {
                        case ACCEPTED -> null;
                        case ALREADY_SENT -> LinkState.USED;
                        case EXPIRED -> LinkState.EXPIRED;
                        case UNKNOWN -> LinkState.UNKNOWN;
                    });
        } catch (SelfAssessment.LinkNoLongerValid stoppedWaiting) {
            removeAll();
            showOutcome(LinkState.EXPIRED);
        } catch (ReadinessAnswers.IncompleteAnswers incomplete) {
            summary.setText(getTranslation("self.missing", incomplete.problems().size()));
            send.setEnabled(true);
        } catch (RuntimeException failure) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Self-assessment answers not saved, reference {}", reference, failure);
            summary.setText(getTranslation("self.error", reference));
            send.setEnabled(true);
        }
    }

    /** A question's text as the jobseeker reads it (tests). */
    String questionText(String id) {
        return getChildren()
                .flatMap(c -> c.getChildren())
                .filter(c -> c.getId().equals(java.util.Optional.of("question-" + id + "-label")))
                .map(c -> ((Paragraph) c).getText())
                .findFirst()
                .orElseThrow();
    }

    /** The page for a link that cannot be answered (or, for {@code null}, the thanks after sending). */
    private void showOutcome(LinkState state) {
        String key = state == null
                ? "self.done"
                : switch (state) {
                    case USED -> "self.used";
                    case EXPIRED -> "self.expired";
                    default -> "self.unknown";
                };
        H1 title = new H1(getTranslation(key + ".title"));
        title.setId("outcome");
        title.getElement().setAttribute("tabindex", "-1");
        add(title, new Paragraph(getTranslation(key + ".text")));
        title.getElement().callJsFunction("focus");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("self.page-title");
    }
}
