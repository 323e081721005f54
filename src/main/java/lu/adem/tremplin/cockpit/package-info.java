/**
 * Supervisors' cockpit: the live picture of each programme process (heatmap, overdue work,
 * incidents and workload follow). Public API: {@link lu.adem.tremplin.cockpit.ProcessOverview}.
 *
 * <p>Uses the shared kernel only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cockpit")
package lu.adem.tremplin.cockpit;
