package lu.adem.tremplin.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Delivery by SMTP, configured with Spring Boot's {@code spring.mail.*} (README, "Messages to jobseekers"):
 * one {@code multipart/alternative} email, the plain text (exactly what the outbox keeps) then the same text in
 * HTML, UTF-8, marked automatic ({@code Auto-Submitted}) and with a Message-ID that every attempt at the same
 * outbox message repeats (docs/adr/0026).
 */
@Component
@ConditionalOnProperty(name = "spring.mail.host")
class SmtpMessageSender implements MessageSender {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final JavaMailSender mail;
    private final Clock clock;
    private final InternetAddress from;

    SmtpMessageSender(JavaMailSender mail, Clock clock, @Value("${tremplin.outbox.from:noreply@adem.lu}") String from)
            throws AddressException {
        this.mail = mail;
        this.clock = clock;
        // a wrong sender address stops the start-up, not every delivery
        this.from = new InternetAddress(from, true);
    }

    @Override
    public void send(OutgoingMail message) {
        mail.send(mime(message));
    }

    private MimeMessage mime(OutgoingMail message) {
        MimeMessage mime = mail.createMimeMessage();
        try {
            MimeMessageHelper headers = new MimeMessageHelper(mime, UTF_8);
            headers.setFrom(from);
            headers.setTo(message.recipient());
            headers.setSubject(message.subject());
            headers.setSentDate(Date.from(clock.instant()));
            mime.setContentLanguage(new String[] {message.language()});
            mime.setHeader("Auto-Submitted", "auto-generated");
            // kept by JavaMailSenderImpl, which otherwise makes a new one on every attempt
            mime.setHeader("Message-ID", message.messageId(domainOf(from)));

            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.body(), UTF_8, "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(HtmlMail.render(message.language(), message.subject(), message.body()), UTF_8, "html");
            // the last part is the one mail programs prefer; the plain text is for those that show no HTML
            mime.setContent(new MimeMultipart("alternative", text, html));
            return mime;
        } catch (MessagingException wrong) {
            throw new MailPreparationException(wrong);
        }
    }

    private static String domainOf(InternetAddress address) {
        String email = address.getAddress();
        return email.substring(email.indexOf('@') + 1);
    }
}
