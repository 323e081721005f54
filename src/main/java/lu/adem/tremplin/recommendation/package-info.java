/**
 * Course recommendation for one jobseeker: ranks the catalogue from the target occupation's skills,
 * the languages the jobseeker can follow, the readiness route (beginner courses for guided start,
 * basic training and language support) and the hours a week available, and says why in plain words.
 * Deterministic. Public API: {@link lu.adem.tremplin.recommendation.Recommendation},
 * {@link lu.adem.tremplin.recommendation.Profile}, {@link lu.adem.tremplin.recommendation.Suggestion}.
 *
 * <p>Uses {@code catalogue} (courses, occupations, names of skills) and the shared kernel.
 *
 * <p>{@code CourseRecommendationProcess#CONTRACT} lists what the code relies on in the
 * diagram; the workbench refuses a version that breaks it (ADR 0016). Variables carried between
 * processes are named in
 * {@link lu.adem.tremplin.shared.CaseVariables}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recommendation",
        allowedDependencies = {
        "catalogue",
        "jobseeker",
        "learningplatform",
        "outbox",
        "pilot",
        "shared" })
package lu.adem.tremplin.recommendation;
