package lu.adem.tremplin.modeler.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;

import lu.adem.tremplin.assessment.DigitalReadinessProcess;
import lu.adem.tremplin.modeler.DecisionReplay;
import lu.adem.tremplin.modeler.RouteDecisions;
import lu.adem.tremplin.modeler.Routes;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.i18n.TremplinTranslations;
import lu.adem.tremplin.support.KaribuViewTest;

/**
 * The replay and test panels of the DMN editor: the buttons on a decision table, the figures of a replay
 * in the user's language, the empty period, the typed test. Decisions of its own on a day of 2031 no other
 * test uses.
 */
class ReplayViewTests extends KaribuViewTest {

    private static final LocalDate DAY = LocalDate.of(2031, 4, 10);
    private static boolean generated;

    @BeforeEach
    void decisions() {
        if (generated) {
            return;
        }
        generated = true;
        ClockUtil.setCurrentTime(Date.from(
                DAY.atTime(9, 0).atZone(ZoneId.of("Europe/Luxembourg")).toInstant()));
        try {
            RouteDecisions.decide(context, Agency.DIEKIRCH, 3, 2, 6, 3, 3);
            RouteDecisions.decide(context, Agency.DIEKIRCH, 2, 6, 13, 5, 4);
        } finally {
            ClockUtil.reset();
        }
    }

    private ReplayDialog dialog() {
        var dialog = new ReplayDialog(
                context.getBean(DecisionReplay.class),
                DigitalReadinessProcess.DECISION_RESOURCE,
                RouteDecisions.basicUpToSix());
        dialog.period.from.setValue(DAY);
        dialog.period.to.setValue(DAY);
        return dialog;
    }

    @Test
    void shouldOfferReplayAndTestOnADecisionTableOnly() {
        signIn(data.processOwner());

        UI.getCurrent().navigate(EditorView.class, EditorView.parameters(DigitalReadinessProcess.DECISION_RESOURCE));
        assertThat(_get(Button.class, spec -> spec.withId("editor-replay")).getText())
                .isEqualTo("Replay on past decisions…");
        assertThat(_get(Button.class, spec -> spec.withId("editor-test")).getText())
                .isEqualTo("Test the table…");
    }

    @Test
    void shouldShowTheMovesAndTheCountsOfAReplay() {
        signIn(data.processOwner());
        ReplayDialog dialog = dialog();

        dialog.runReplay();

        ReplayResult result =
                (ReplayResult) dialog.result.getChildren().findFirst().orElseThrow();
        assertThat(_get(result, com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("replay-summary"))
                        .getText())
                .isEqualTo("5 decisions of Digital-readiness route from 10/04/2031 to 10/04/2031."
                        + " The draft decides 3 of them differently.");
        @SuppressWarnings("unchecked")
        Grid<Routes.Move> moves = _get(result, Grid.class, spec -> spec.withId("replay-moves"));
        assertThat(GridKt._size(moves)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(moves, 0))
                .containsExactly("Guided start at a club emploi", "Basic digital training first", "3");
        @SuppressWarnings("unchecked")
        Grid<Object> agencies = _get(result, Grid.class, spec -> spec.withId("replay-agencies"));
        assertThat(GridKt._getFormattedRow(agencies, 0)).containsExactly("Diekirch", "2", "0 → 3", "3 → 0");
    }

    @Test
    void shouldSayInFrenchThatAPeriodHasNoDecision() {
        UI.getCurrent().setLocale(TremplinTranslations.FRENCH);
        signIn(data.processOwner());
        ReplayDialog dialog = dialog();
        dialog.period.from.setValue(DAY.plusDays(1));
        dialog.period.to.setValue(DAY.plusDays(2));

        dialog.runReplay();

        assertThat(dialog.result.getElement().getTextRecursively())
                .startsWith("Aucune décision de Digital-readiness route n’a été prise du 11/04/2031 au 12/04/2031");
    }

    @Test
    void shouldShowTheOutputAndTheRuleForTypedInputs() {
        UI.getCurrent().setLocale(TremplinTranslations.GERMAN);
        signIn(data.processOwner());
        var dialog = new DecisionTestDialog(
                context.getBean(DecisionReplay.class),
                DigitalReadinessProcess.DECISION_RESOURCE,
                RouteDecisions.basicUpToSix());
        dialog.fields.get("languageScore").setValue("2");
        dialog.fields.get("accessScore").setValue("2");
        dialog.fields.get("skillsScore").setValue("12");
        dialog.fields.get("conditionsScore").setValue("4");
        dialog.fields.get("confidence").setValue("4");

        dialog.evaluate();

        assertThat(dialog.outcome.getText())
                .isEqualTo("Ergebnis: GUIDED_START — Regel 3: Little access at home: guided start at a club emploi");
    }
}
