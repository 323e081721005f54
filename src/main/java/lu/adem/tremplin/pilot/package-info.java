/**
 * The pilot's settings: first and last day, languages of courses offered, and the learning-platform
 * team of each agency. Defaults come from the configuration; an administrator changes them in the app
 * ({@code ui/PilotSettingsView}). Public API: {@link lu.adem.tremplin.pilot.Pilot},
 * {@link lu.adem.tremplin.pilot.PilotSettings}.
 *
 * <p>Uses {@code learningplatform} (its configured teams as defaults) and the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Pilot settings",
        allowedDependencies = {"learningplatform", "shared"})
package lu.adem.tremplin.pilot;
