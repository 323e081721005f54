/**
 * The learning platform (OpenClassrooms) as Tremplin needs it: invite a jobseeker into their
 * agency's team and read whether the account was activated (enrolment, progress and certificates
 * follow). Public API: {@link lu.adem.tremplin.learningplatform.LearningPlatform} with its records and
 * {@link lu.adem.tremplin.learningplatform.PlatformUnavailable}.
 *
 * <p>Two adapters, chosen by {@code tremplin.learning-platform.mode}: {@code http} talks to the
 * partner API ({@code http/}); {@code simulator} is a local stand-in for the embedded default and the
 * tests ({@code simulator/}), named so in logs and screens. Only what the platform needs leaves
 * Tremplin: an external id (the registration number), the email, the language and the agency's team.
 * Uses the shared kernel only.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Learning platform",
        allowedDependencies = {"shared", "shared :: ui-components"})
package lu.adem.tremplin.learningplatform;
