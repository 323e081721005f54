package lu.adem.tremplin.assessment;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.outbox.MessageKind;
import lu.adem.tremplin.outbox.Outbox;
import lu.adem.tremplin.shared.CaseLinkTable;
import lu.adem.tremplin.shared.DayFirst;
import lu.adem.tremplin.shared.EngineAsSystem;

/**
 * The self-assessment: the jobseeker answers the questionnaire through a personal link instead of
 * an interview. The link is single-use and expires; its answers are correlated into the assessment
 * that waits for them. The link itself is the jobseeker's authorization: engine calls made for it
 * run without the (absent or unrelated) signed-in user.
 */
@Service
public class SelfAssessment {

    private static final Logger log = LoggerFactory.getLogger(SelfAssessment.class);

    /** Where a link stands when the jobseeker opens it. */
    public enum LinkState {
        OPEN,
        USED,
        EXPIRED,
        UNKNOWN
    }

    /** What became of submitted answers. */
    public enum Submission {
        ACCEPTED,
        ALREADY_SENT,
        EXPIRED,
        UNKNOWN
    }

    /** A link as the public page shows it: its state and the jobseeker's language. */
    public record LinkView(LinkState state, Locale language) {}

    /** A link just sent: the case waits for answers until {@code expiresAt}. */
    public record IssuedLink(boolean sent, Date expiresAt) {}

    /** The link stopped being valid while the jobseeker was answering. */
    public static class LinkNoLongerValid extends RuntimeException {
        LinkNoLongerValid(Throwable cause) {
            super("The assessment no longer waits for these answers", cause);
        }
    }

    private final SelfAssessmentLinks links;
    private final RuntimeService runtimeService;
    private final EngineAsSystem asSystem;
    private final Jobseekers jobseekers;
    private final Outbox outbox;
    private final SelfAssessmentSettings settings;
    private final Clock clock;

    SelfAssessment(
            SelfAssessmentLinks links,
            RuntimeService runtimeService,
            EngineAsSystem asSystem,
            Jobseekers jobseekers,
            Outbox outbox,
            SelfAssessmentSettings settings,
            Clock clock) {
        this.links = links;
        this.runtimeService = runtimeService;
        this.asSystem = asSystem;
        this.jobseekers = jobseekers;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Creates a personal link for the waiting assessment and queues the message that carries it, in
     * the jobseeker's language. Nothing is sent to a jobseeker without an email address.
     */
    @Transactional
    public IssuedLink sendLink(String jobseekerId, String processInstanceId, Duration validity) {
        var contact = jobseekers
                .messageContactOf(jobseekerId)
                .orElseThrow(() -> new IllegalStateException("Jobseeker " + jobseekerId + " is not registered"));
        Instant expiry = clock.instant().plus(validity);
        LocalDateTime expiresAt = LocalDateTime.ofInstant(expiry, clock.getZone());
        if (contact.email() == null) {
            return new IssuedLink(false, Date.from(expiry));
        }
        String token = links.create(jobseekerId, processInstanceId, contact.language(), expiresAt);
        Locale locale = Locale.forLanguageTag(contact.language());
        String until = expiresAt.format(DayFirst.date(FormatStyle.LONG, locale));
        outbox.enqueue(jobseekerId, MessageKind.SELF_ASSESSMENT_LINK, linkTo(token), until);
        return new IssuedLink(true, Date.from(expiry));
    }

    String linkTo(String token) {
        String base = settings.publicUrl().toString().replaceAll("/+$", "");
        return URI.create(base + "/" + DigitalReadinessProcess.SELF_ASSESSMENT_PATH + "/" + token)
                .toString();
    }

    /** What the public page shows for a token: the questionnaire, or why not. */
    public LinkView open(String token) {
        var link = links.find(token);
        if (link.isEmpty()) {
            return new LinkView(LinkState.UNKNOWN, null);
        }
        Locale language = Locale.forLanguageTag(link.get().language());
        return new LinkView(stateOf(link.get()), language);
    }

    private LinkState stateOf(CaseLinkTable.Link link) {
        if (link.usedAt() != null) {
            return LinkState.USED;
        }
        if (!link.expiresAt().isAfter(links.now()) || !awaiting(link.processInstanceId())) {
            return LinkState.EXPIRED;
        }
        return LinkState.OPEN;
    }

    /**
     * Hands the answers to the waiting assessment, once. A questionnaire with missing answers is
     * refused ({@link ReadinessAnswers.IncompleteAnswers}) and changes nothing.
     *
     * @throws LinkNoLongerValid when the case stopped waiting in the meantime (nothing is changed)
     */
    @Transactional
    public Submission submit(String token, Map<String, ?> answers) {
        ReadinessAnswers complete = ReadinessAnswers.from(answers).requireComplete();
        var link = links.find(token);
        if (link.isEmpty()) {
            return Submission.UNKNOWN;
        }
        switch (stateOf(link.get())) {
            case USED:
                return Submission.ALREADY_SENT;
            case EXPIRED:
                return Submission.EXPIRED;
            default:
                break;
        }
        if (!links.use(token)) {
            return Submission.ALREADY_SENT;
        }
        Map<String, Object> variables = new HashMap<>(complete.asVariables());
        variables.put(DigitalReadinessProcess.VAR_ANSWERED_BY, DigitalReadinessProcess.ANSWERED_BY_JOBSEEKER);
        try {
            asSystem.call(() -> runtimeService
                    .createMessageCorrelation(DigitalReadinessProcess.MESSAGE_SELF_ASSESSMENT)
                    .processInstanceId(link.get().processInstanceId())
                    .setVariables(variables)
                    .correlateWithResult());
        } catch (MismatchingMessageCorrelationException stoppedWaiting) {
            throw new LinkNoLongerValid(stoppedWaiting);
        }
        log.info("Self-assessment answers received for case {}", link.get().processInstanceId());
        return Submission.ACCEPTED;
    }

    private boolean awaiting(String processInstanceId) {
        return asSystem.call(() -> runtimeService
                        .createEventSubscriptionQuery()
                        .processInstanceId(processInstanceId)
                        .eventType("message")
                        .eventName(DigitalReadinessProcess.MESSAGE_SELF_ASSESSMENT)
                        .count()
                > 0);
    }
}
