/**
 * Messages to jobseekers (invitation, reminders): persisted in {@code outbox_message} in the same
 * transaction as the process step that decides them, written in the jobseeker's language, delivered
 * by SMTP when {@code spring.mail.host} is set and retried with growing delays, else kept in the
 * outbox. Public API: {@link lu.adem.tremplin.outbox.Outbox}, {@link lu.adem.tremplin.outbox.MessageKind},
 * {@link lu.adem.tremplin.outbox.OutboxMessage}.
 *
 * <p>Uses the jobseeker module (address and language), and the shared kernel to declare the messages as
 * personal data of the jobseeker (subject access, anonymisation).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Outbox",
        allowedDependencies = {"jobseeker", "shared"})
package lu.adem.tremplin.outbox;
