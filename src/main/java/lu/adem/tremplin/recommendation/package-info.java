/**
 * Course recommendation for one jobseeker: ranks the catalogue from the target occupation's skills,
 * the languages the jobseeker can follow, the readiness route (beginner courses for guided start,
 * basic training and language support) and the hours a week available, and says why in plain words.
 * Deterministic. Public API: {@link lu.adem.tremplin.recommendation.Recommendation},
 * {@link lu.adem.tremplin.recommendation.Profile}, {@link lu.adem.tremplin.recommendation.Suggestion}.
 *
 * <p>Uses {@code catalogue} (courses, occupations, names of skills) and the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recommendation")
package lu.adem.tremplin.recommendation;
