/**
 * Supervisors' cockpit: the running cases of each programme process and the team workload (open and
 * overdue tasks per counsellor, unassigned per agency); heatmap, overdue lists and incidents follow.
 * Public API: {@link lu.adem.tremplin.cockpit.ProcessOverview}, {@link lu.adem.tremplin.cockpit.TeamWorkload}.
 *
 * <p>Uses the shared kernel only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cockpit")
package lu.adem.tremplin.cockpit;
