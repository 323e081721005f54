/**
 * Supervisors' cockpit: the running cases of each programme process and the team workload (open and
 * overdue tasks per counsellor, unassigned per agency); heatmap, overdue lists and incidents follow.
 * Public API: {@link lu.adem.tremplin.cockpit.ProcessOverview}, {@link lu.adem.tremplin.cockpit.TeamWorkload}.
 *
 * <p>Uses the shared kernel (its engine-table seam {@code engine-tables} for live counts, overdue work,
 * workload and the history's day sums; agencies' members through Camunda's identity service), the
 * inbox (hand-over), jobseekers (names) and the follow-up process (its ids).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cockpit",
        allowedDependencies = { "followup", "inbox", "jobseeker", "shared", "shared :: ui-components" })
package lu.adem.tremplin.cockpit;
