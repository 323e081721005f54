package lu.adem.tremplin.reporting;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The satisfaction survey as the jobseeker answers it, from the personal link of their message: no account, the
 * link is the authorization. A link is answered once and expires ({@link SurveyOccasions} sends them).
 */
@Service
public class SatisfactionSurvey {

    private static final Logger log = LoggerFactory.getLogger(SatisfactionSurvey.class);

    /** The path of the public page; the token follows it. */
    public static final String PATH = "survey";

    /** Where a link stands when the jobseeker opens it. */
    public enum LinkState {
        OPEN,
        USED,
        EXPIRED,
        UNKNOWN
    }

    /** A link as the public page shows it: its state and the jobseeker's language (none for an unknown link). */
    public record LinkView(LinkState state, Locale language) {}

    private final SurveyLinks links;

    SatisfactionSurvey(SurveyLinks links) {
        this.links = links;
    }

    /** What the public page shows for a token: the questions, or why not. */
    @Transactional(readOnly = true)
    public LinkView open(String token) {
        return links.find(token)
                .map(link -> new LinkView(stateOf(link), Locale.forLanguageTag(link.language())))
                .orElse(new LinkView(LinkState.UNKNOWN, null));
    }

    private LinkState stateOf(SurveyLinks.Link link) {
        if (link.usedAt() != null) {
            return LinkState.USED;
        }
        return link.expiresAt().isAfter(links.now()) ? LinkState.OPEN : LinkState.EXPIRED;
    }

    /**
     * Keeps the answers, once: {@link LinkState#OPEN} when they were kept now, otherwise why not (nothing changed).
     * Answers without a satisfaction or a recommendation, or with too long a comment, are refused with
     * {@link SurveyAnswers.Incomplete} and change nothing.
     */
    @Transactional
    public LinkState submit(String token, SurveyAnswers answers) {
        answers.requireComplete();
        var link = links.find(token);
        if (link.isEmpty()) {
            return LinkState.UNKNOWN;
        }
        LinkState state = stateOf(link.get());
        if (state != LinkState.OPEN) {
            return state;
        }
        if (!links.answer(token, answers)) {
            return stateOf(links.find(token).orElseThrow());
        }
        log.info("Satisfaction survey {} answered", link.get().id());
        return LinkState.OPEN;
    }
}
