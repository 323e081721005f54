/**
 * The pilot's review for supervisors: invited → activated, first course within 30 days, median
 * progress, completion and certificates per starter, and the course types jobseekers prefer, by
 * agency and route over a chosen period; charts, CSV exports and a printable summary. Figures come
 * from two fact tables that {@code PilotFacts} keeps from the engine's history events (ADR 0011). Exit to
 * employment at 6 months reads them beside Adem's employment-outcome export, which administrators import here.
 * Public API: {@link lu.adem.tremplin.reporting.PilotReview}, {@link lu.adem.tremplin.reporting.EmploymentAtSixMonths},
 * {@link lu.adem.tremplin.reporting.EmploymentOutcomes}.
 *
 * <p>Uses the BPMN ids of {@code onboarding} and {@code followup}, {@code pilot} (the default period)
 * and the shared kernel, with its UI components ({@code shared :: ui-components}: charts, CSV download,
 * period picker).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Pilot review",
        allowedDependencies = {"followup", "onboarding", "pilot", "shared", "shared :: ui-components"})
package lu.adem.tremplin.reporting;
