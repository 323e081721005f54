package lu.adem.tremplin.outbox;

/** What Tremplin writes to jobseekers; texts in {@code messages/outbox*.properties}. */
public enum MessageKind {
    PLATFORM_INVITATION, ACTIVATION_REMINDER
}
