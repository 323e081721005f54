/**
 * Course recommendation for one jobseeker: ranks the catalogue from the target occupation's skills,
 * the languages the jobseeker can follow, the readiness route (beginner courses for guided start,
 * basic training and language support) and the hours a week available, and says why in plain words.
 * Deterministic. Also the course-recommendation process ({@code bpmn/course-recommendation.bpmn}:
 * shortlist, the counsellor's choice with the jobseeker or the jobseeker's own choice online, enrolment;
 * delegates in {@code process/}), its choice screen ({@code ui/ChooseCourseView}) and the jobseeker's public
 * choice page ({@code ui/CourseChoiceView}, opened from a single-use, expiring personal link whose token is
 * stored hashed in {@code course_choice_link}), which it registers for the inbox as the
 * {@link lu.adem.tremplin.shared.TaskScreen} of the {@code ChooseCourse} task.
 *
 * <p>Public API: {@link lu.adem.tremplin.recommendation.Recommendation},
 * {@link lu.adem.tremplin.recommendation.Profile}, {@link lu.adem.tremplin.recommendation.Suggestion},
 * {@link lu.adem.tremplin.recommendation.CourseRecommendationProcess} (BPMN ids and variables) and
 * {@link lu.adem.tremplin.recommendation.CourseChoice} (the choice screen's service) and
 * {@link lu.adem.tremplin.recommendation.JobseekerCourseChoice} (the personal link and the jobseeker's choice).
 *
 * <p>Uses {@code catalogue} (courses, occupations, names of skills), {@code jobseeker} (languages,
 * target occupation), {@code pilot} (course languages offered), {@code learningplatform} (enrolment),
 * {@code outbox} (reminders, the personal link) and the shared kernel (task completion, case hand-over).
 *
 * <p>{@code CourseRecommendationProcess#CONTRACT} lists what the code relies on in the
 * diagram; the workbench refuses a version that breaks it (ADR 0016). Variables carried between
 * processes are named in
 * {@link lu.adem.tremplin.shared.CaseVariables}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Recommendation",
        allowedDependencies = {
            "catalogue",
            "jobseeker",
            "learningplatform",
            "outbox",
            "pilot",
            "shared",
            "shared :: ui-components"
        })
package lu.adem.tremplin.recommendation;
