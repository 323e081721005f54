/**
 * Case ownership: who works a jobseeker's tasks. The {@link lu.adem.tremplin.ownership.AssignmentRule} (referent
 * counsellor → the counsellor who completed the case's previous task → the agency's group, never across
 * agencies) is applied inside the engine to every new user task of every process ({@code TaskOwners}); counsellors'
 * absences with a covering colleague ({@link lu.adem.tremplin.ownership.Absences}) send new tasks to the colleague
 * and hand open ones over and back; a jobseeker's open tasks follow a new referent ({@code ReferentTasks}, the
 * {@code jobseeker} module's {@link lu.adem.tremplin.jobseeker.ReferentWork}). The screen {@code ui/AbsencesView}
 * records absences. Public API: {@link lu.adem.tremplin.ownership.Absences},
 * {@link lu.adem.tremplin.ownership.Absence}, {@link lu.adem.tremplin.ownership.Counsellors} and the rule.
 *
 * <p>Uses {@code jobseeker} (referents) and the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Case ownership",
        allowedDependencies = {"jobseeker", "shared"})
package lu.adem.tremplin.ownership;
