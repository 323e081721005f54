package lu.adem.tremplin.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.outbox.OutboxMessage.Status;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.shared.EngineAsSystem;
import lu.adem.tremplin.support.TestData;

/**
 * The application's own SMTP delivery against a real SMTP server (GreenMail, on a free port of this machine):
 * the onboarding's invitation and its activation reminder arrive once each, in the jobseeker's language, as
 * multipart text and HTML with the expected headers; while the server is down the outbox keeps the message and
 * retries it, and once the server is back it arrives exactly once. Delivery runs every 200 ms and the first retry
 * waits one second here (configuration, not waiting); the engine's jobs are run by the test.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "tremplin.demo.enabled=false",
            "spring.mail.host=127.0.0.1",
            "tremplin.outbox.from=Adem <tremplin@adem.lu>",
            "tremplin.outbox.delivery-interval=PT0.2S",
            "tremplin.outbox.delivery-initial-delay=PT0S",
            "tremplin.outbox.first-retry=PT1S",
            "spring.mail.properties[mail.smtp.connectiontimeout]=2000",
            "spring.mail.properties[mail.smtp.timeout]=5000"
        })
@ActiveProfiles("test")
class MailDeliveryIntegrationTests {

    private static final int SMTP_PORT = freePort();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** Every run of the mail server in this class: what one received stays readable after it stopped. */
    private final List<GreenMail> runs = new ArrayList<>();

    private GreenMail running;

    @Autowired
    ApplicationContext context;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    EngineAsSystem asSystem;

    @Autowired
    OutboxDelivery delivery;

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

    private void startMailServer() {
        running = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        running.start();
        runs.add(running);
    }

    @AfterEach
    void stopMailServer() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    @Test
    void shouldDeliverTheInvitationAndTheReminderOnceInTheJobseekersLanguage() throws Exception {
        startMailServer();
        String email = "jeff." + TestData.uniqueId().toLowerCase(Locale.ROOT) + "@example.lu";
        String number = jobseeker("<b>Jeff</b>", "Thill & Söhne", Language.DE, email);

        String caseId = invite(number);
        MimeMessage invitation = awaitOnly(email, "Ihre kostenlosen OpenClassrooms-Kurse mit der Adem");
        runJob(caseId, "ActivationReminderDue");
        awaitOnly(email, "Erinnerung: Aktivieren Sie Ihr OpenClassrooms-Konto");

        OutboxMessage sent = message(number, MessageKind.PLATFORM_INVITATION);
        assertThat(sent.status()).isEqualTo(Status.SENT);
        assertThat(sent.attempts()).isOne();
        assertThat(invitation.getFrom()).containsExactly(new InternetAddress("Adem <tremplin@adem.lu>"));
        assertThat(invitation.getAllRecipients()).extracting(Address::toString).containsExactly(email);
        assertThat(invitation.getSubject()).isEqualTo(sent.subject());
        assertThat(invitation.getHeader("Content-Language")).containsExactly("de");
        assertThat(invitation.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(invitation.getSentDate()).isNotNull();
        assertThat(invitation.getMessageID()).isEqualTo(messageIdOf(sent));
        assertThat(invitation.getContentType()).startsWith("multipart/alternative");

        MimeMultipart parts = (MimeMultipart) invitation.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType())
                .startsWith("text/plain")
                .containsIgnoringCase("charset=UTF-8");
        assertThat(parts.getBodyPart(0).getContent().toString().replace("\r\n", "\n"))
                .as("the text part is what the jobseeker's file shows")
                .isEqualTo(sent.body())
                .startsWith("Guten Tag <b>Jeff</b> Thill & Söhne,");
        assertThat(parts.getBodyPart(1).getContentType())
                .startsWith("text/html")
                .containsIgnoringCase("charset=UTF-8");
        assertThat(parts.getBodyPart(1).getContent().toString())
                .contains("<html lang=\"de\">")
                .contains("Guten Tag &lt;b&gt;Jeff&lt;/b&gt; Thill &amp; Söhne,")
                .doesNotContain("<b>Jeff");

        // more rounds send nothing more
        delivery.deliverDue();
        delivery.deliverDue();
        assertThat(received(email)).hasSize(2);
    }

    @Test
    void shouldKeepAndRetryWhileTheMailServerIsDownThenDeliverExactlyOnce() throws Exception {
        String email = "elena." + TestData.uniqueId().toLowerCase(Locale.ROOT) + "@example.lu";
        String number = jobseeker("Elena", "Faber", Language.FR, email);

        invite(number);
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(message(number, MessageKind.PLATFORM_INVITATION))
                        .as("refused, kept, and tried again")
                        .satisfies(kept -> {
                            assertThat(kept.status()).isEqualTo(Status.PENDING);
                            assertThat(kept.attempts()).isGreaterThanOrEqualTo(2);
                            assertThat(kept.lastError()).isNotBlank();
                        }));

        startMailServer(); // on the same port: the server is back
        MimeMessage invitation = awaitOnly(email, "Vos cours OpenClassrooms gratuits avec l’Adem");
        await().atMost(PATIENCE)
                .until(() -> message(number, MessageKind.PLATFORM_INVITATION).status() == Status.SENT);
        OutboxMessage sent = message(number, MessageKind.PLATFORM_INVITATION);
        assertThat(sent.attempts()).isGreaterThanOrEqualTo(3);
        assertThat(sent.lastError()).isNull();
        assertThat(invitation.getHeader("Subject")[0]).as("encoded").startsWith("=?UTF-8?");
        assertThat(invitation.getHeader("Content-Language")).containsExactly("fr");
        assertThat(invitation.getMessageID()).isEqualTo(messageIdOf(sent));

        delivery.deliverDue();
        delivery.deliverDue();
        assertThat(received(email)).as("exactly once").hasSize(1);
    }

    private String jobseeker(String firstName, String lastName, Language language, String email) {
        return new TestData(context)
                .register(new Jobseeker(
                        null,
                        TestData.registrationNumber(),
                        firstName,
                        lastName,
                        Agency.WILTZ,
                        null,
                        EnumSet.of(language),
                        email,
                        null,
                        null,
                        null))
                .registrationNumber();
    }

    /** Starts the jobseeker's onboarding at "Invite to the learning platform" and runs that step; the case id. */
    private String invite(String number) {
        String caseId = asSystem.call(() -> runtime.createProcessInstanceByKey("onboarding")
                .businessKey(number)
                .setVariables(Map.of(CaseVariables.JOBSEEKER_ID, number, CaseVariables.AGENCY, Agency.WILTZ.code()))
                .startBeforeActivity("InviteToLearningPlatform")
                .execute()
                .getId());
        runJob(caseId, "InviteToLearningPlatform");
        return caseId;
    }

    /** Runs the case's job at this activity now (the test profile runs no jobs by itself). */
    private void runJob(String caseId, String activityId) {
        asSystem.run(() -> management.executeJob(management
                .createJobQuery()
                .processInstanceId(caseId)
                .activityId(activityId)
                .singleResult()
                .getId()));
    }

    /** Waits until the recipient got the message with this subject, and checks it came once. */
    private MimeMessage awaitOnly(String recipient, String subject) throws MessagingException {
        await().atMost(PATIENCE).until(() -> withSubject(recipient, subject).size() >= 1);
        List<MimeMessage> arrived = withSubject(recipient, subject);
        assertThat(arrived).as(subject).hasSize(1);
        return arrived.get(0);
    }

    private List<MimeMessage> withSubject(String recipient, String subject) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : received(recipient)) {
            if (subject.equals(message.getSubject())) {
                found.add(message);
            }
        }
        return found;
    }

    /** What the recipient received, over every run of the mail server. */
    private List<MimeMessage> received(String recipient) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (GreenMail run : runs) {
            for (MimeMessage message : run.getReceivedMessages()) {
                for (Address to : message.getAllRecipients()) {
                    if (to.toString().equals(recipient)) {
                        found.add(message);
                    }
                }
            }
        }
        return found;
    }

    private OutboxMessage message(String number, MessageKind kind) {
        return context.getBean(Outbox.class).messagesFor(number).stream()
                .filter(message -> message.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    private static String messageIdOf(OutboxMessage message) {
        return new OutgoingMail(message.id(), message.createdAt(), null, null, null, null).messageId("adem.lu");
    }
}
