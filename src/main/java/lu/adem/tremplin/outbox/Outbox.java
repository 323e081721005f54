package lu.adem.tremplin.outbox;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.jobseeker.Jobseekers;

/** Writes messages to jobseekers into the outbox ({@link MessageTexts}); {@link OutboxDelivery} sends them. */
@Service
public class Outbox {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Outbox.class);

    private final JdbcClient jdbc;
    private final Jobseekers jobseekers;
    private final Optional<MessageSender> sender;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Jobseekers jobseekers, Optional<MessageSender> sender, Clock clock) {
        this.jdbc = jdbc;
        this.jobseekers = jobseekers;
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * Queues a message for a jobseeker, in their language, within the caller's transaction (a process
     * step that rolls back writes nothing). The text's {0} is the jobseeker's name, {1}… the given
     * details (a link, a date).
     */
    public void enqueue(String jobseekerId, MessageKind kind, Object... details) {
        insert(null, jobseekerId, kind, details);
    }

    /**
     * Queues a message that must go once (docs/adr/0022): if a message with this idempotency key was
     * already queued, does nothing and answers false ("already done"). The unique index on the key is
     * the guarantee: of two steps queuing it at once, one transaction fails, and its retry finds it done.
     *
     * @param dedupKey the message's idempotency key, e.g. {@code invitation:} and the registration number
     * @return whether it queued the message now
     */
    public boolean enqueueOnce(String dedupKey, String jobseekerId, MessageKind kind, Object... details) {
        boolean queued = jdbc.sql("select count(*) from outbox_message where dedup_key = :key")
                        .param("key", dedupKey)
                        .query(Long.class)
                        .single()
                > 0;
        if (queued) {
            log.info("Already done: message {} was queued before", dedupKey);
            return false;
        }
        insert(dedupKey, jobseekerId, kind, details);
        return true;
    }

    private void insert(String dedupKey, String jobseekerId, MessageKind kind, Object... details) {
        var contact = jobseekers
                .messageContactOf(jobseekerId)
                .orElseThrow(() -> new IllegalStateException("Jobseeker " + jobseekerId + " is not registered"));
        MessageTexts.Text text = MessageTexts.render(kind, contact.language(), contact.name(), details);
        OutboxMessage.Status status = contact.email() == null
                ? OutboxMessage.Status.NO_ADDRESS
                : sender.isPresent() ? OutboxMessage.Status.PENDING : OutboxMessage.Status.KEPT;
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql(
                        "insert into outbox_message (dedup_key, jobseeker_id, kind, language, recipient, subject, body, status, attempts, "
                                + "created_at, next_attempt_at) values (:dedupKey, :jobseeker, :kind, :language, :recipient, :subject, :body, "
                                + ":status, 0, :now, :now)")
                .param("dedupKey", dedupKey)
                .param("jobseeker", jobseekerId)
                .param("kind", kind.name())
                .param("language", contact.language())
                .param("recipient", contact.email())
                .param("subject", text.subject())
                .param("body", text.body())
                .param("status", status.name())
                .param("now", now)
                .update();
    }

    /** A jobseeker's messages, newest first (for their file). */
    public List<OutboxMessage> messagesFor(String jobseekerId) {
        return jdbc.sql(
                        "select * from outbox_message where jobseeker_id = :jobseeker order by created_at desc, id desc")
                .param("jobseeker", jobseekerId)
                .query((rs, row) -> new OutboxMessage(
                        rs.getLong("id"),
                        rs.getString("jobseeker_id"),
                        MessageKind.valueOf(rs.getString("kind")),
                        rs.getString("language"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        OutboxMessage.Status.valueOf(rs.getString("status")),
                        rs.getInt("attempts"),
                        rs.getString("last_error"),
                        rs.getTimestamp("created_at").toLocalDateTime(),
                        rs.getTimestamp("sent_at") == null
                                ? null
                                : rs.getTimestamp("sent_at").toLocalDateTime()))
                .list();
    }

    /**
     * Retention: empties the subject, text and address of the messages created before {@code before} that no
     * longer wait for delivery; who, kind, status and dates stay. Returns how many were emptied.
     */
    public int forgetTextsBefore(java.time.LocalDateTime before) {
        return jdbc.sql("update outbox_message set subject = '', body = '', recipient = null"
                        + " where created_at < :before and status not in ('PENDING', 'SENDING')"
                        + " and (body <> '' or subject <> '' or recipient is not null)")
                .param("before", before)
                .update();
    }
}
