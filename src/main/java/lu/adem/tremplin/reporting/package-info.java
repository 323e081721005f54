/**
 * The pilot's review for supervisors: invited → activated, first course within 30 days, median
 * progress, completion and certificates per starter, and the course types jobseekers prefer, by
 * agency and route over a chosen period; charts, CSV exports and a printable summary. Figures come
 * from two fact tables that {@code PilotFacts} keeps from the engine's history events (ADR 0011). Exit to
 * employment at 6 months reads them beside Adem's employment-outcome export, which administrators import here.
 * The satisfaction survey goes to jobseekers through the outbox on its occasions ({@code SurveyOccasions}), is
 * answered from a personal link ({@code SatisfactionSurvey}) and counted here as aggregates ({@code Satisfaction}).
 * Public API: {@link lu.adem.tremplin.reporting.PilotReview}, {@link lu.adem.tremplin.reporting.EmploymentAtSixMonths},
 * {@link lu.adem.tremplin.reporting.EmploymentOutcomes}, {@link lu.adem.tremplin.reporting.Satisfaction},
 * {@link lu.adem.tremplin.reporting.SatisfactionSurvey}, {@link lu.adem.tremplin.reporting.SurveyOccasions}.
 *
 * <p>Uses the BPMN ids of {@code onboarding} and {@code followup}, {@code pilot} (the default period),
 * {@code jobseeker} and {@code outbox} (the survey's message)
 * and the shared kernel, with its UI components ({@code shared :: ui-components}: charts, CSV download,
 * period picker).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Pilot review",
        allowedDependencies = {
            "followup",
            "jobseeker",
            "onboarding",
            "outbox",
            "pilot",
            "shared",
            "shared :: ui-components"
        })
package lu.adem.tremplin.reporting;
