/**
 * Personal data duties (issue 17): the access log (who opened, exported, imported or changed which
 * jobseeker's data), the data protection officer's screens, the subject access file, retention and
 * anonymisation. Modules report accesses by publishing {@link lu.adem.tremplin.shared.PersonalDataAccessed}
 * and declare what they hold as {@link lu.adem.tremplin.shared.PersonalData} beans, so no module depends
 * on this one. Public API: {@link lu.adem.tremplin.privacy.AccessLog}, {@link lu.adem.tremplin.privacy.SubjectAccess}
 * (the subject access file, JSON and printable HTML, for the data protection officer only),
 * {@link lu.adem.tremplin.privacy.Anonymisation} and {@link lu.adem.tremplin.privacy.RetentionSweep}.
 *
 * <p>Uses {@code jobseeker} (finding a jobseeker, and checking a counsellor may see one before showing who
 * else opened their file), {@code outbox} (message texts past their period), {@code pilot} (the pilot's
 * last day starts the evaluation window), the shared kernel with its screen components ({@code PeriodPicker})
 * and its engine-table seam (when each jobseeker's last case ended).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Personal data",
        allowedDependencies = {
            "jobseeker",
            "outbox",
            "pilot",
            "shared",
            "shared :: engine-tables",
            "shared :: ui-components"
        })
package lu.adem.tremplin.privacy;
