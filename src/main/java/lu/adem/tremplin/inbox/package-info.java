/**
 * Counsellors' inbox: the open tasks of the signed-in counsellor and of their agency. Public API:
 * {@link lu.adem.tremplin.inbox.Inbox}.
 *
 * <p>Uses the shared kernel and the jobseeker module (names, in bulk); reads process variables by
 * the names the processes document.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inbox")
package lu.adem.tremplin.inbox;
