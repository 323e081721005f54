package lu.adem.tremplin.outbox;

import java.time.LocalDateTime;

/** One message as the jobseeker's file shows it. */
public record OutboxMessage(
        long id,
        String jobseekerId,
        MessageKind kind,
        String language,
        String recipient,
        String subject,
        String body,
        Status status,
        int attempts,
        String lastError,
        LocalDateTime createdAt,
        LocalDateTime sentAt) {

    public enum Status {
        /** Waiting for (another) delivery attempt. */
        PENDING,
        /** Being delivered by one node right now. */
        SENDING,
        SENT,
        /** No SMTP server configured (embedded default): kept in the outbox, readable in the file. */
        KEPT,
        /** No email address: the counsellor passes it on another way. */
        NO_ADDRESS,
        /** Every attempt failed. */
        FAILED
    }
}
