/**
 * Supervisors' cockpit: each programme process's diagram with the cases waiting per step and the
 * history heatmap over a chosen period ({@link lu.adem.tremplin.cockpit.ProcessMap},
 * {@link lu.adem.tremplin.cockpit.ActivityDays}, {@link lu.adem.tremplin.cockpit.ProcessOverview}),
 * overdue tasks with hand-over and courses without progress ({@link lu.adem.tremplin.cockpit.OverdueWork}),
 * incidents with retry ({@link lu.adem.tremplin.cockpit.Incidents}) and the team workload
 * ({@link lu.adem.tremplin.cockpit.TeamWorkload}); every table as CSV. No other module uses it: those
 * services are public for its screen ({@code ui/CockpitView}) only.
 *
 * <p>Uses {@code inbox} ({@code TaskActions}: the hand-over of overdue tasks, with the inbox's checks),
 * {@code jobseeker} (names), {@code followup} and {@code onboarding} (their BPMN ids) and the shared
 * kernel: its engine-table
 * seam ({@code shared :: engine-tables}) for live counts, overdue work, workload and the history's day
 * sums (agencies' members through Camunda's identity service), and its UI components
 * ({@code shared :: ui-components}: CSV download, period picker).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Cockpit",
        allowedDependencies = {
            "followup",
            "inbox",
            "jobseeker",
            "onboarding",
            "ownership",
            "shared",
            "shared :: engine-tables",
            "shared :: ui-components"
        })
package lu.adem.tremplin.cockpit;
