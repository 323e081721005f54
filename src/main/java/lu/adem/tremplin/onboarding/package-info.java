/**
 * Onboarding: a jobseeker is offered the OpenClassrooms pilot ({@code bpmn/onboarding.bpmn}, key
 * {@code onboarding}). Public API: {@link lu.adem.tremplin.onboarding.Onboarding} starts a case,
 * {@link lu.adem.tremplin.onboarding.OnboardingProcess} names its BPMN ids and variables.
 *
 * <p>Uses the shared kernel, the jobseeker module (registrations, contacts), {@code pilot} (dates and
 * teams for eligibility and the invitation), the learning-platform port, the clubs emploi and the
 * outbox. Calls the {@code digital-readiness} process as a call activity.
 *
 * <p>{@code OnboardingProcess#CONTRACT} lists what the code relies on in the
 * diagram; the workbench refuses a version that breaks it (ADR 0016). Variables carried between
 * processes are named in
 * {@link lu.adem.tremplin.shared.CaseVariables}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Onboarding",
        allowedDependencies = {"clubemploi", "jobseeker", "learningplatform", "outbox", "pilot", "shared"})
package lu.adem.tremplin.onboarding;
