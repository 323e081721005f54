/**
 * Jobseekers: the people the programme serves (registration number, name, agency, referent
 * counsellor, languages, contact, target occupation). Counsellors search and edit those of their
 * agency; administrators import Adem's CSV export. Public API:
 * {@link lu.adem.tremplin.jobseeker.Jobseekers} and {@link lu.adem.tremplin.jobseeker.Jobseeker}.
 *
 * <p>Personal data stays in this module's table; processes carry only the registration number.
 * Uses the shared kernel only.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Jobseekers",
        allowedDependencies = {"shared", "shared :: ui-components"})
package lu.adem.tremplin.jobseeker;
