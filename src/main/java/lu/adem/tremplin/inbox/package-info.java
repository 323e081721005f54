/**
 * Counsellors' inbox: the lists of open tasks of the signed-in counsellor and of their agency, read a
 * page at a time through the engine-table seam and checked by the engine ({@code list/}, ADR 0009),
 * refreshed when tasks change; the task screen with the task's Camunda Form rendered natively ({@code form/},
 * {@code ui/TaskView}); the jobseeker's file ({@code file/}, {@code ui/JobseekerFileView}); the counsellor's
 * caseload, read only ({@code caseload/}, {@code ui/CaseloadView}: their jobseekers with steps, dates and flags,
 * from {@code assessment}'s expired links and {@code reporting}'s course completions). A task whose
 * module registered a {@link lu.adem.tremplin.shared.TaskScreen} opens on that module's screen instead.
 *
 * <p>Public API: {@link lu.adem.tremplin.inbox.TaskActions} (claim, give back, hand over, dates and
 * comments, with the inbox's checks), which the cockpit uses to hand overdue tasks over. The
 * sub-packages are internal: public only for the module's own screens.
 *
 * <p>Uses {@code jobseeker} (names, in bulk), and for the jobseeker's file {@code onboarding} (start a
 * case), {@code followup} (end one), {@code clubemploi} (sessions), {@code catalogue} (course titles)
 * {@code outbox} (messages) and {@code privacy} (who else opened the file recently); the shared kernel (task completion, the engine as the system) with its
 * engine-table seam ({@code shared :: engine-tables}: the lists' ids and read grants, ADR 0009). Reads
 * process variables by the processes' own constants ({@code XxxProcess}, {@code assessment}'s and {@code recommendation}'s among them;
 * {@link lu.adem.tremplin.shared.CaseVariables}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Inbox",
        allowedDependencies = {
            "assessment",
            "catalogue",
            "clubemploi",
            "followup",
            "jobseeker",
            "onboarding",
            "outbox",
            "ownership",
            "privacy",
            "recommendation",
            "reporting",
            "shared",
            "shared :: engine-tables"
        })
package lu.adem.tremplin.inbox;
