package lu.adem.tremplin.outbox;

/** Sends one message; throws when the mail server refuses it or cannot be reached. */
interface MessageSender {

    void send(OutgoingMail message);
}
