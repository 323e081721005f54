package lu.adem.tremplin.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import lu.adem.tremplin.assessment.DigitalReadinessProcess;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.KaribuViewTest;

/**
 * Decision replay on a generated set of past decisions with known answers, taken on days of 2031 that
 * no other test uses (the engine's clock is moved there): the threshold of "very low digital skills"
 * raised from 5 to 6 moves exactly the cases scoring 6 in skills from guided start to basic training,
 * per agency; counsellors' overrides are counted and compared with the draft; the test panel names the
 * rule that matched.
 */
class DecisionReplayTests extends KaribuViewTest {

    private static final LocalDate DAY = LocalDate.of(2031, 3, 10);

    /** Skills scores of the generated decisions, and how many of each, per agency. */
    private static final int SKILLS_SIX_LUXEMBOURG = 7;

    private static final int SKILLS_SIX_ESCH = 3;
    private static final int AUTONOMOUS_LUXEMBOURG = 5;
    private static final int BASIC_ESCH = 4;

    /** The decisions are generated once for the class (the context, and so the engine, is shared). */
    private static boolean generated;

    private String owner;

    @BeforeEach
    void pastDecisions() {
        owner = data.processOwner();
        if (generated) {
            return;
        }
        generated = true;
        ClockUtil.setCurrentTime(java.util.Date.from(DAY.atTime(10, 0)
                .atZone(java.time.ZoneId.of("Europe/Luxembourg"))
                .toInstant()));
        try {
            List<String> luxembourgSix = decide(Agency.LUXEMBOURG, SKILLS_SIX_LUXEMBOURG, 2, 6, 3, 3);
            decide(Agency.ESCH_SUR_ALZETTE, SKILLS_SIX_ESCH, 2, 6, 3, 3);
            decide(Agency.LUXEMBOURG, AUTONOMOUS_LUXEMBOURG, 6, 13, 5, 4);
            decide(Agency.ESCH_SUR_ALZETTE, BASIC_ESCH, 2, 3, 3, 3);
            // counsellors: two of Luxembourg's "skills 6" cases to basic training, one autonomous case confirmed
            validate(luxembourgSix.get(0), "BASIC_TRAINING");
            validate(luxembourgSix.get(1), "BASIC_TRAINING");
            validate(luxembourgSix.get(2), "AUTONOMOUS");
            validate(luxembourgSix.get(3), null);
        } finally {
            ClockUtil.reset();
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private List<String> decide(Agency agency, int cases, int access, int skills, int conditions, int confidence) {
        return RouteDecisions.decide(context, agency, cases, access, skills, conditions, confidence);
    }

    private void validate(String caseId, String route) {
        RouteDecisions.validate(context, caseId, route);
    }

    static String basicUpToSix() {
        return RouteDecisions.basicUpToSix();
    }

    private DecisionReplay replay() {
        return context.getBean(DecisionReplay.class);
    }

    @Test
    void shouldMoveExactlyTheCasesAtTheChangedThresholdPerAgency() {
        signIn(owner);

        DecisionReplay.Replay replay = replay().replay(basicUpToSix(), DAY, DAY);

        int all = SKILLS_SIX_LUXEMBOURG + SKILLS_SIX_ESCH + AUTONOMOUS_LUXEMBOURG + BASIC_ESCH;
        assertThat(replay.decisionKey()).isEqualTo(DigitalReadinessProcess.DECISION_KEY);
        assertThat(replay.decisions()).isEqualTo(all);
        assertThat(replay.notReplayable()).isZero();
        assertThat(replay.failed()).isZero();
        assertThat(replay.changed()).isEqualTo(SKILLS_SIX_LUXEMBOURG + SKILLS_SIX_ESCH);
        assertThat(replay.moves())
                .containsExactly(
                        new Routes.Move("GUIDED_START", "BASIC_TRAINING", SKILLS_SIX_LUXEMBOURG + SKILLS_SIX_ESCH));
        assertThat(replay.counts())
                .containsExactly(
                        new Routes.Count("AUTONOMOUS", AUTONOMOUS_LUXEMBOURG, AUTONOMOUS_LUXEMBOURG),
                        new Routes.Count(
                                "BASIC_TRAINING", BASIC_ESCH, BASIC_ESCH + SKILLS_SIX_LUXEMBOURG + SKILLS_SIX_ESCH),
                        new Routes.Count("GUIDED_START", SKILLS_SIX_LUXEMBOURG + SKILLS_SIX_ESCH, 0));
        assertThat(replay.byAgency())
                .containsExactly(
                        new Routes.AgencyCounts(
                                "esch-sur-alzette",
                                List.of(
                                        new Routes.Count("BASIC_TRAINING", BASIC_ESCH, BASIC_ESCH + SKILLS_SIX_ESCH),
                                        new Routes.Count("GUIDED_START", SKILLS_SIX_ESCH, 0))),
                        new Routes.AgencyCounts(
                                "luxembourg",
                                List.of(
                                        new Routes.Count("AUTONOMOUS", AUTONOMOUS_LUXEMBOURG, AUTONOMOUS_LUXEMBOURG),
                                        new Routes.Count("BASIC_TRAINING", 0, SKILLS_SIX_LUXEMBOURG),
                                        new Routes.Count("GUIDED_START", SKILLS_SIX_LUXEMBOURG, 0))));
    }

    @Test
    void shouldCountOverridesAndWhetherTheDraftAgreesWithThem() {
        signIn(owner);

        DecisionReplay.Replay replay = replay().replay(basicUpToSix(), DAY, DAY);

        // four decided: two overridden to basic training (the draft agrees), one to autonomous (it does not), one
        // confirmed
        assertThat(replay.overrides()).isEqualTo(new DecisionReplay.Overrides(4, 3, 2));
    }

    @Test
    void shouldNameTheRuleThatDecidedAChangedCaseButNoRegistrationNumberToAProcessOwner() {
        signIn(owner);

        DecisionReplay.Replay replay = replay().replay(basicUpToSix(), DAY, DAY);

        assertThat(replay.sample()).hasSize(SKILLS_SIX_LUXEMBOURG + SKILLS_SIX_ESCH);
        assertThat(replay.sample()).allSatisfy(changed -> {
            assertThat(changed.before()).isEqualTo("GUIDED_START");
            assertThat(changed.after()).isEqualTo("BASIC_TRAINING");
            assertThat(changed.rule().id()).isEqualTo("rule-basic");
            assertThat(changed.rule().number()).isEqualTo(2);
            assertThat(changed.rule().description()).startsWith("Very low digital skills");
            assertThat(changed.registrationNumber()).isFalse();
            assertThat(changed.reference()).hasSize(8).doesNotStartWith("DE-");
        });
    }

    @Test
    void shouldShowRegistrationNumbersToAnAdministratorWhoMayOpenTheFiles() {
        signIn(data.administrator());

        DecisionReplay.Replay replay = replay().replay(basicUpToSix(), DAY, DAY);

        assertThat(replay.sample())
                .isNotEmpty()
                .allSatisfy(changed -> assertThat(changed.registrationNumber()).isTrue());
    }

    @Test
    void shouldSayThereIsNoHistoryForAPeriodWithoutDecisions() {
        signIn(owner);

        DecisionReplay.Replay replay = replay().replay(basicUpToSix(), DAY.plusDays(1), DAY.plusDays(30));

        assertThat(replay.isEmpty()).isTrue();
        assertThat(replay.counts()).isEmpty();
        assertThat(replay.overrides()).isEqualTo(new DecisionReplay.Overrides(0, 0, 0));
    }

    @Test
    void shouldShowTheOutputAndTheRuleThatMatchedForTypedInputs() {
        signIn(owner);

        DecisionReplay.Tried tried = replay().test(
                        basicUpToSix(),
                        Map.of(
                                "languageScore", "2",
                                "accessScore", "5",
                                "skillsScore", "6",
                                "conditionsScore", "3",
                                "confidence", "3"));

        assertThat(tried.error()).isNull();
        assertThat(tried.value()).isEqualTo("BASIC_TRAINING");
        assertThat(tried.rules()).extracting(DecisionReplay.Rule::id).containsExactly("rule-basic");
        assertThat(replay().inputs(basicUpToSix()))
                .extracting(DecisionReplay.Input::expression)
                .containsExactly("languageScore", "accessScore", "skillsScore", "conditionsScore", "confidence");
    }

    @Test
    void shouldSayWhichInputDoesNotFitItsType() {
        signIn(owner);

        DecisionReplay.Tried tried = replay().test(basicUpToSix(), Map.of("skillsScore", "six"));

        assertThat(tried.value()).isNull();
        assertThat(tried.error()).contains("Skills S (0–15)").contains("six");
    }

    @Test
    void shouldRefuseAnUnreadableDraftAndATooLongPeriod() {
        signIn(owner);

        assertThatThrownBy(() -> replay().replay("<definitions", DAY, DAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> replay().replay(basicUpToSix(), DAY, DAY.plusDays(800)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseACounsellor() {
        signIn(data.counsellor(Agency.LUXEMBOURG));

        assertThatThrownBy(() -> replay().replay(basicUpToSix(), DAY, DAY)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> replay().test(basicUpToSix(), Map.of())).isInstanceOf(AccessDeniedException.class);
    }
}
