package lu.adem.tremplin.outbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Delivery by SMTP, configured with Spring Boot's {@code spring.mail.*} (README, "Messages"). */
@Component
@ConditionalOnProperty(name = "spring.mail.host")
class SmtpMessageSender implements MessageSender {

    private final JavaMailSender mail;
    private final String from;

    SmtpMessageSender(JavaMailSender mail, @Value("${tremplin.outbox.from:noreply@adem.lu}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public void send(String recipient, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(recipient);
        message.setSubject(subject);
        message.setText(body);
        mail.send(message);
    }
}
