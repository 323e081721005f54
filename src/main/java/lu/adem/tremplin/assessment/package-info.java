/**
 * Digital-readiness assessment ({@code bpmn/digital-readiness.bpmn}, key {@code digital-readiness},
 * decision {@code digital-readiness-route} in {@code bpmn/digital-readiness.dmn}): the questionnaire's
 * answers become scores, the decision table proposes a route, and a counsellor validates it or
 * overrides it with a reason. The answers come from the counsellor's interview or from the
 * jobseeker's self-assessment through a personal, single-use, expiring link ({@code ui/SelfAssessmentView},
 * public). Public API: {@link lu.adem.tremplin.assessment.SelfAssessment}, {@link lu.adem.tremplin.assessment.ReadinessAnswers},
 * {@link lu.adem.tremplin.assessment.ReadinessScores}, {@link lu.adem.tremplin.assessment.ReadinessRoute},
 * {@link lu.adem.tremplin.assessment.DigitalReadinessProcess}.
 *
 * <p>Uses {@code jobseeker} (contact and language for the link) and {@code outbox} (the message that
 * carries it), and the shared kernel. Thresholds live in the DMN table, not in code.
 *
 * <p>{@code DigitalReadinessProcess#CONTRACT} lists what the code relies on in the
 * diagram; the workbench refuses a version that breaks it (ADR 0016). Variables carried between
 * processes are named in
 * {@link lu.adem.tremplin.shared.CaseVariables}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Assessment",
        allowedDependencies = {"jobseeker", "outbox", "shared", "shared :: ui-components"})
package lu.adem.tremplin.assessment;
