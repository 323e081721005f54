package lu.adem.tremplin.recommendation;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lu.adem.tremplin.catalogue.Catalogue;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.outbox.MessageKind;
import lu.adem.tremplin.outbox.Outbox;
import lu.adem.tremplin.shared.CaseLinkTable;
import lu.adem.tremplin.shared.DayFirst;
import lu.adem.tremplin.shared.EngineAsSystem;

/**
 * The jobseeker's own course choice, through a personal link: their shortlist with the reasons and the
 * whole catalogue, without an account. The link is single-use and expires; the choice is correlated into
 * the case that waits for it, which then enrols as for a counsellor's choice. The link itself is the
 * jobseeker's authorization: engine calls made for it run without the (absent) signed-in user.
 */
@Service
public class JobseekerCourseChoice {

    private static final Logger log = LoggerFactory.getLogger(JobseekerCourseChoice.class);

    /** Where a link stands when the jobseeker opens it. */
    public enum LinkState {
        OPEN,
        USED,
        EXPIRED,
        UNKNOWN
    }

    /** What became of a choice. */
    public enum Outcome {
        CHOSEN,
        ALREADY_CHOSEN,
        EXPIRED,
        UNKNOWN,
        /** The course is not (or no longer) in the catalogue: nothing was chosen. */
        NOT_AVAILABLE
    }

    /** What the page shows for a link: its state, the jobseeker's language and (open links only) the shortlist. */
    public record Page(LinkState state, Locale language, List<Suggestion> shortlist) {}

    /** A link just sent: the case waits for the choice until {@code expiresAt}. */
    public record IssuedLink(boolean sent, Date expiresAt) {}

    /** The case stopped waiting while the jobseeker was choosing: nothing was recorded. */
    public static class LinkNoLongerValid extends RuntimeException {
        LinkNoLongerValid(Throwable cause) {
            super("The case no longer waits for the jobseeker's choice", cause);
        }
    }

    private final CourseChoiceLinks links;
    private final RuntimeService runtimeService;
    private final EngineAsSystem asSystem;
    private final Jobseekers jobseekers;
    private final Catalogue catalogue;
    private final CaseShortlist shortlists;
    private final Outbox outbox;
    private final CourseChoiceSettings settings;
    private final Clock clock;

    JobseekerCourseChoice(
            CourseChoiceLinks links,
            RuntimeService runtimeService,
            EngineAsSystem asSystem,
            Jobseekers jobseekers,
            Catalogue catalogue,
            CaseShortlist shortlists,
            Outbox outbox,
            CourseChoiceSettings settings,
            Clock clock) {
        this.links = links;
        this.runtimeService = runtimeService;
        this.asSystem = asSystem;
        this.jobseekers = jobseekers;
        this.catalogue = catalogue;
        this.shortlists = shortlists;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Creates a personal link for the waiting case and queues the message that carries it, in the
     * jobseeker's language. Nothing is sent to a jobseeker without an email address ({@code sent} false).
     */
    @Transactional
    public IssuedLink sendLink(String jobseekerId, String processInstanceId, Duration validity) {
        var contact = jobseekers
                .messageContactOf(jobseekerId)
                .orElseThrow(() -> new IllegalStateException("Jobseeker " + jobseekerId + " is not registered"));
        Instant expiry = clock.instant().plus(validity);
        LocalDateTime expiresAt = LocalDateTime.ofInstant(expiry, clock.getZone());
        if (contact.email() == null || contact.email().isBlank()) {
            return new IssuedLink(false, Date.from(expiry));
        }
        String token = links.create(jobseekerId, processInstanceId, contact.language(), expiresAt);
        Locale locale = Locale.forLanguageTag(contact.language());
        String until = expiresAt.format(DayFirst.date(FormatStyle.LONG, locale));
        outbox.enqueue(jobseekerId, MessageKind.COURSE_CHOICE_LINK, linkTo(token), until);
        return new IssuedLink(true, Date.from(expiry));
    }

    String linkTo(String token) {
        String base = settings.publicUrl().toString().replaceAll("/+$", "");
        return URI.create(base + "/" + CourseRecommendationProcess.CHOICE_PATH + "/" + token)
                .toString();
    }

    /** What the public page shows for a token: the shortlist, or why not. */
    public Page open(String token) {
        var link = links.find(token);
        if (link.isEmpty()) {
            return new Page(LinkState.UNKNOWN, null, List.of());
        }
        Locale language = Locale.forLanguageTag(link.get().language());
        LinkState state = stateOf(link.get());
        if (state != LinkState.OPEN) {
            return new Page(state, language, List.of());
        }
        Map<String, Object> variables = asSystem.call(
                () -> runtimeService.getVariables(link.get().processInstanceId(), CaseShortlist.VARIABLES));
        return new Page(state, language, shortlists.of(variables));
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
     * Hands the jobseeker's choice to the waiting case, once: a second click, or a second tab, gets
     * {@link Outcome#ALREADY_CHOSEN} and changes nothing.
     *
     * @throws LinkNoLongerValid when the case stopped waiting in the meantime (nothing is recorded)
     */
    @Transactional
    public Outcome choose(String token, String platformId) {
        var link = links.find(token);
        if (link.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        switch (stateOf(link.get())) {
            case USED:
                return Outcome.ALREADY_CHOSEN;
            case EXPIRED:
                return Outcome.EXPIRED;
            default:
                break;
        }
        if (catalogue.find(platformId).filter(course -> !course.retired()).isEmpty()) {
            return Outcome.NOT_AVAILABLE;
        }
        if (!links.use(token, platformId)) {
            return Outcome.ALREADY_CHOSEN;
        }
        try {
            asSystem.call(() -> runtimeService
                    .createMessageCorrelation(CourseRecommendationProcess.MESSAGE_CHOSEN_BY_JOBSEEKER)
                    .processInstanceId(link.get().processInstanceId())
                    .setVariables(Map.of(
                            CourseRecommendationProcess.VAR_COURSE_CHOICE,
                            CourseRecommendationProcess.CHOICE_CHOSEN,
                            CourseRecommendationProcess.VAR_CHOSEN_COURSE,
                            platformId,
                            CourseRecommendationProcess.VAR_CHOICE_SOURCE,
                            CourseRecommendationProcess.CHOSEN_BY_JOBSEEKER))
                    .correlateWithResult());
        } catch (MismatchingMessageCorrelationException stoppedWaiting) {
            throw new LinkNoLongerValid(stoppedWaiting);
        }
        log.info("Course chosen by the jobseeker for case {}", link.get().processInstanceId());
        return Outcome.CHOSEN;
    }

    private boolean awaiting(String processInstanceId) {
        return asSystem.call(() -> runtimeService
                        .createEventSubscriptionQuery()
                        .processInstanceId(processInstanceId)
                        .eventType("message")
                        .eventName(CourseRecommendationProcess.MESSAGE_CHOSEN_BY_JOBSEEKER)
                        .count()
                > 0);
    }
}
