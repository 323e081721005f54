package lu.adem.tremplin.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.outbox.OutboxMessage.Status;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.TestData;

/**
 * {@code TREMPLIN_MAIL_STARTTLS=true} means no message in clear: against an SMTP server that offers no STARTTLS
 * (GreenMail's plain SMTP), nothing is sent, the message stays in the outbox with the reason, to be retried.
 */
@SpringBootTest(
        properties = {
            "tremplin.demo.enabled=false",
            "spring.mail.host=127.0.0.1",
            "TREMPLIN_MAIL_STARTTLS=true",
            "tremplin.outbox.delivery-interval=PT0.2S",
            "tremplin.outbox.delivery-initial-delay=PT0S",
            "tremplin.outbox.first-retry=PT1S"
        })
@ActiveProfiles("test")
class MailStartTlsRequiredIntegrationTests {

    private static final int SMTP_PORT = freePort();
    private static GreenMail plainSmtp;

    @Autowired
    ApplicationContext context;

    @Autowired
    Outbox outbox;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException none) {
            throw new IllegalStateException(none);
        }
    }

    @BeforeAll
    static void startPlainSmtp() {
        plainSmtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        plainSmtp.start();
    }

    @AfterAll
    static void stopPlainSmtp() {
        plainSmtp.stop();
    }

    @Test
    void shouldSendNothingInClearWhenTlsIsRequired() {
        String email = "tls." + TestData.uniqueId().toLowerCase(Locale.ROOT) + "@example.lu";
        String number = new TestData(context)
                .register(new Jobseeker(
                        null,
                        TestData.registrationNumber(),
                        "Amina",
                        "Diallo",
                        Agency.WILTZ,
                        null,
                        EnumSet.of(Language.EN),
                        email,
                        null,
                        null,
                        null))
                .registrationNumber();

        outbox.enqueue(number, MessageKind.ACTIVATION_REMINDER);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            OutboxMessage kept = outbox.messagesFor(number).get(0);
            assertThat(kept.status()).isEqualTo(Status.PENDING);
            assertThat(kept.attempts()).isGreaterThanOrEqualTo(1);
            assertThat(kept.lastError()).containsIgnoringCase("STARTTLS");
        });
        assertThat(plainSmtp.getReceivedMessages()).isEmpty();
    }
}
