/**
 * Digital-readiness assessment ({@code bpmn/digital-readiness.bpmn}, key {@code digital-readiness},
 * decision {@code digital-readiness-route} in {@code bpmn/digital-readiness.dmn}): the questionnaire's
 * answers become scores, the decision table proposes a route, and a counsellor validates it or
 * overrides it with a reason. Public API: {@link lu.adem.tremplin.assessment.ReadinessAnswers},
 * {@link lu.adem.tremplin.assessment.ReadinessScores}, {@link lu.adem.tremplin.assessment.ReadinessRoute},
 * {@link lu.adem.tremplin.assessment.DigitalReadinessProcess}.
 *
 * <p>Uses the shared kernel only. Thresholds live in the DMN table, not in code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package lu.adem.tremplin.assessment;
