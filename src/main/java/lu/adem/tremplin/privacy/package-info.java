/**
 * Personal data duties (issue 17): the access log (who opened, exported, imported or changed which
 * jobseeker's data), the data protection officer's screens, the subject access file, retention and
 * anonymisation. Modules report accesses by publishing {@link lu.adem.tremplin.shared.PersonalDataAccessed}
 * and declare what they hold as {@link lu.adem.tremplin.shared.PersonalData} beans, so no module depends
 * on this one. Public API: {@link lu.adem.tremplin.privacy.AccessLog}, {@link lu.adem.tremplin.privacy.SubjectAccess}
 * (the subject access file, JSON and printable HTML, for the data protection officer only).
 *
 * <p>Uses {@code jobseeker} (finding a jobseeker) and the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Personal data",
        allowedDependencies = {"jobseeker", "shared"})
package lu.adem.tremplin.privacy;
