package lu.adem.tremplin.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.outbox.OutboxMessage.Status;
import lu.adem.tremplin.shared.EngineClock;

/** The outbox on H2 with the migrations, the jobseeker table, and a mail server played by the test. */
@JdbcTest
@Import({Outbox.class, OutboxDelivery.class, OutboxMetrics.class, EngineClock.class, OutboxTests.Config.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class OutboxTests {

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Autowired
    OutboxMetrics metrics;

    @TestConfiguration
    @ComponentScan(
            basePackageClasses = Jobseekers.class,
            useDefaultFilters = false,
            includeFilters =
                    @ComponentScan.Filter(
                            type = FilterType.ANNOTATION,
                            classes = {Repository.class, Service.class}))
    static class Config {
        @Bean
        io.micrometer.core.instrument.MeterRegistry meterRegistry() {
            return new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        }

        @Bean
        MailServer mailServer() {
            return new MailServer();
        }
    }

    /** Plays the SMTP server: records what it receives, or refuses while {@code down}. */
    static class MailServer implements MessageSender {
        final List<String> received = new CopyOnWriteArrayList<>();
        volatile boolean down;

        @Override
        public void send(OutgoingMail message) {
            if (down) {
                throw new IllegalStateException("Connection refused: smtp.example.lu:587");
            }
            received.add(message.recipient() + " | " + message.subject());
        }
    }

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    MailServer mailServer;

    @Autowired
    Jobseekers jobseekers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EngineClock clock;

    @BeforeEach
    void reset() {
        jdbc.sql("delete from outbox_message").update();
        jdbc.sql("delete from jobseeker").update();
        mailServer.received.clear();
        mailServer.down = false;
        jobseeker("DE-OUT-FR", "Elena", "Faber", "FR,LB", "elena.faber@example.lu");
        jobseeker("DE-OUT-DE", "Jeff", "Thill", "DE,LB", "jeff.thill@example.lu");
        jobseeker("DE-OUT-EN", "Amina", "Diallo", "EN", null);
    }

    private void jobseeker(String number, String first, String last, String languages, String email) {
        jdbc.sql(
                        "insert into jobseeker (registration_number, first_name, last_name, agency, languages, email, created_at, "
                                + "updated_at, version) values (:n, :f, :l, 'luxembourg', :langs, :email, :now, :now, 0)")
                .param("n", number)
                .param("f", first)
                .param("l", last)
                .param("langs", languages)
                .param("email", email)
                .param("now", LocalDateTime.now())
                .update();
    }

    @Test
    void shouldWriteInTheJobseekersLanguage() {
        outbox.enqueue("DE-OUT-FR", MessageKind.ACTIVATION_REMINDER);
        outbox.enqueue("DE-OUT-DE", MessageKind.PLATFORM_INVITATION);

        OutboxMessage french = outbox.messagesFor("DE-OUT-FR").get(0);
        assertThat(french.subject()).isEqualTo("Rappel : activez votre compte OpenClassrooms");
        assertThat(french.body()).startsWith("Bonjour Elena Faber,\n\n").contains("clubs emploi");
        assertThat(french.status()).isEqualTo(Status.PENDING);
        assertThat(outbox.messagesFor("DE-OUT-DE").get(0).subject())
                .startsWith("Ihre kostenlosen OpenClassrooms-Kurse");
    }

    @Test
    void shouldQueueAMessageWithAnIdempotencyKeyOnceAndAnswerTheSecondTimeAsAlreadyDone() {
        assertThat(outbox.enqueueOnce("invitation:DE-OUT-FR", "DE-OUT-FR", MessageKind.PLATFORM_INVITATION))
                .isTrue();
        assertThat(outbox.enqueueOnce("invitation:DE-OUT-FR", "DE-OUT-FR", MessageKind.PLATFORM_INVITATION))
                .isFalse();
        outbox.enqueue("DE-OUT-FR", MessageKind.ACTIVATION_REMINDER);
        outbox.enqueue("DE-OUT-FR", MessageKind.ACTIVATION_REMINDER);

        assertThat(outbox.messagesFor("DE-OUT-FR"))
                .extracting(OutboxMessage::kind)
                .containsExactlyInAnyOrder(
                        MessageKind.PLATFORM_INVITATION,
                        MessageKind.ACTIVATION_REMINDER,
                        MessageKind.ACTIVATION_REMINDER);
    }

    @Test
    void shouldRefuseASecondMessageWithTheSameKeyAtTheDatabase() {
        outbox.enqueueOnce("invitation:DE-OUT-DE", "DE-OUT-DE", MessageKind.PLATFORM_INVITATION);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                                "insert into outbox_message (dedup_key, jobseeker_id, kind, language, subject, body, status, "
                                        + "attempts, created_at, next_attempt_at) values ('invitation:DE-OUT-DE', 'DE-OUT-DE', "
                                        + "'PLATFORM_INVITATION', 'de', 's', 'b', 'KEPT', 0, current_timestamp, current_timestamp)")
                        .update())
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    }

    @Test
    void shouldDeliverDueMessagesOnce() {
        outbox.enqueue("DE-OUT-FR", MessageKind.PLATFORM_INVITATION);

        delivery.deliverDue();
        delivery.deliverDue();

        assertThat(mailServer.received)
                .containsExactly("elena.faber@example.lu | Vos cours OpenClassrooms gratuits avec l’Adem");
        OutboxMessage sent = outbox.messagesFor("DE-OUT-FR").get(0);
        assertThat(sent.status()).isEqualTo(Status.SENT);
        assertThat(sent.sentAt()).isNotNull();
    }

    @Test
    void shouldRetryWithGrowingDelaysThenGiveUp() {
        double retriesBefore = deliveries("retry");
        double failedBefore = deliveries("failed");
        outbox.enqueue("DE-OUT-FR", MessageKind.ACTIVATION_REMINDER);
        mailServer.down = true;

        delivery.deliverDue();
        OutboxMessage failed = outbox.messagesFor("DE-OUT-FR").get(0);
        assertThat(failed.status()).isEqualTo(Status.PENDING);
        assertThat(failed.attempts()).isOne();
        assertThat(failed.lastError()).contains("Connection refused");
        delivery.deliverDue();
        assertThat(outbox.messagesFor("DE-OUT-FR").get(0).attempts())
                .as("not due again yet")
                .isOne();

        for (int attempt = 2; attempt <= OutboxDelivery.MAX_ATTEMPTS; attempt++) {
            jdbc.sql("update outbox_message set next_attempt_at = :past")
                    .param("past", LocalDateTime.now().minusSeconds(1))
                    .update();
            delivery.deliverDue();
        }
        assertThat(outbox.messagesFor("DE-OUT-FR").get(0).status()).isEqualTo(Status.FAILED);
        assertThat(mailServer.received).isEmpty();
        assertThat(deliveries("retry") - retriesBefore).isEqualTo(OutboxDelivery.MAX_ATTEMPTS - 1);
        assertThat(deliveries("failed") - failedBefore).isOne();
        metrics.count();
        assertThat(meters.get("tremplin.outbox.messages")
                        .tag("status", "FAILED")
                        .gauge()
                        .value())
                .isGreaterThanOrEqualTo(1);
    }

    private double deliveries(String outcome) {
        var counter = meters.find("tremplin.outbox.deliveries")
                .tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void shouldSendTheWaitingMessagesAtTheNextRoundOnceOneGoesThroughAgain() {
        outbox.enqueue("DE-OUT-FR", MessageKind.ACTIVATION_REMINDER);
        mailServer.down = true;
        delivery.deliverDue();
        assertThat(outbox.messagesFor("DE-OUT-FR").get(0).attempts()).isOne();

        // the mail server is back: a new message goes through, and the refused one no longer waits its pause
        mailServer.down = false;
        outbox.enqueue("DE-OUT-DE", MessageKind.PLATFORM_INVITATION);
        delivery.deliverDue();
        delivery.deliverDue();

        assertThat(outbox.messagesFor("DE-OUT-FR").get(0).status()).isEqualTo(Status.SENT);
        assertThat(mailServer.received).hasSize(2);
    }

    @Test
    void shouldRetryOnceTheEnginesTimeHasPassedTheDelay() {
        outbox.enqueue("DE-OUT-FR", MessageKind.ACTIVATION_REMINDER);
        mailServer.down = true;
        delivery.deliverDue();
        mailServer.down = false;

        try {
            ClockUtil.offset(java.time.Duration.ofMinutes(5).plusSeconds(1).toMillis());
            delivery.deliverDue();
        } finally {
            ClockUtil.reset();
        }

        assertThat(mailServer.received).hasSize(1);
        assertThat(outbox.messagesFor("DE-OUT-FR").get(0).status()).isEqualTo(Status.SENT);
    }

    @Test
    void shouldKeepMessagesWithoutAddressOrWithoutMailServer() {
        outbox.enqueue("DE-OUT-EN", MessageKind.PLATFORM_INVITATION);
        new Outbox(jdbc, jobseekers, Optional.empty(), clock).enqueue("DE-OUT-DE", MessageKind.ACTIVATION_REMINDER);

        delivery.deliverDue();

        assertThat(outbox.messagesFor("DE-OUT-EN").get(0).status()).isEqualTo(Status.NO_ADDRESS);
        assertThat(outbox.messagesFor("DE-OUT-EN").get(0).language()).isEqualTo("en");
        assertThat(outbox.messagesFor("DE-OUT-DE").get(0).status()).isEqualTo(Status.KEPT);
        assertThat(mailServer.received).isEmpty();
    }

    @Test
    void shouldReleaseAClaimLeftByACrashedInstance() {
        outbox.enqueue("DE-OUT-FR", MessageKind.PLATFORM_INVITATION);
        jdbc.sql("update outbox_message set status = 'SENDING', next_attempt_at = :old")
                .param("old", LocalDateTime.now().minusMinutes(11))
                .update();

        delivery.deliverDue();

        assertThat(outbox.messagesFor("DE-OUT-FR").get(0).status()).isEqualTo(Status.SENT);
    }
}
