package lu.adem.tremplin.assessment;

import java.util.Map;

/**
 * The scores the routing decision reads: access A = A1+A2+A3 (0–7), skills S = S1+…+S5 (0–15),
 * conditions C = L1+L2+L3 (0–6), language L1 (0–2) and confidence M1 (1–4).
 */
public record ReadinessScores(
        int languageScore, int accessScore, int skillsScore, int conditionsScore, int confidence) {

    public static ReadinessScores of(ReadinessAnswers answers) {
        answers.requireComplete();
        return new ReadinessScores(
                answers.l1(),
                answers.a1() + answers.a2() + answers.a3(),
                answers.s1() + answers.s2() + answers.s3() + answers.s4() + answers.s5(),
                answers.l1() + answers.l2() + answers.l3(),
                answers.m1());
    }

    /** The decision table's inputs, named as in {@code bpmn/digital-readiness.dmn}. */
    public Map<String, Object> asVariables() {
        return Map.of(
                DigitalReadinessProcess.VAR_LANGUAGE_SCORE, languageScore,
                DigitalReadinessProcess.VAR_ACCESS_SCORE, accessScore,
                DigitalReadinessProcess.VAR_SKILLS_SCORE, skillsScore,
                DigitalReadinessProcess.VAR_CONDITIONS_SCORE, conditionsScore,
                DigitalReadinessProcess.VAR_CONFIDENCE, confidence);
    }
}
