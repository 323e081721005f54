package lu.adem.tremplin.outbox;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** One outbox message as it goes to the mail server: the row's id and creation time make its Message-ID. */
record OutgoingMail(long id, LocalDateTime createdAt, String recipient, String language, String subject, String body) {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /**
     * The same for every attempt at this message, so that a mail server or client that got it once already
     * (the answer to an earlier attempt was lost) recognises a second copy; the creation time keeps it unique
     * when a database is rebuilt and ids start again (docs/adr/0026).
     */
    String messageId(String domain) {
        return "<tremplin.outbox." + id + "." + SECONDS.format(createdAt) + "@" + domain + ">";
    }
}
