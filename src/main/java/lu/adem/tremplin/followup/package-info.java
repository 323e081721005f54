/**
 * Follow-up of a jobseeker's course ({@code bpmn/follow-up.bpmn}, key {@code follow-up}): weekly
 * progress from the learning platform, reminders and counsellor tasks when progress stops, the
 * certificate recorded, a next course offered; the jobseeker finding a job or the pilot's end closes
 * it. Public API: {@link lu.adem.tremplin.followup.FollowUp}, {@link lu.adem.tremplin.followup.FollowUpProcess}.
 *
 * <p>Uses {@code learningplatform} (progress), {@code outbox} (reminders), {@code jobseeker},
 * {@code pilot} (the pilot's last day ends it) and the shared kernel.
 *
 * <p>{@code FollowUpProcess#CONTRACT} lists what the code relies on in the
 * diagram; the workbench refuses a version that breaks it (ADR 0016). Variables carried between
 * processes are named in
 * {@link lu.adem.tremplin.shared.CaseVariables}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Follow-up",
        allowedDependencies = {"jobseeker", "learningplatform", "outbox", "pilot", "shared"})
package lu.adem.tremplin.followup;
