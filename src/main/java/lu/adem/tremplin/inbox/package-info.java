/**
 * Counsellors' inbox: the open tasks of the signed-in counsellor and of their agency. Public API:
 * {@link lu.adem.tremplin.inbox.Inbox}.
 *
 * <p>Uses the shared kernel (its engine-table seam {@code engine-tables} for the lists' ids and read
 * grants, ADR 0009) and the jobseeker module (names, in bulk); reads process variables by the
 * processes' own constants ({@code XxxProcess}, {@link lu.adem.tremplin.shared.CaseVariables}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inbox",
        allowedDependencies = {
        "catalogue",
        "clubemploi",
        "followup",
        "jobseeker",
        "onboarding",
        "outbox",
        "shared" })
package lu.adem.tremplin.inbox;
