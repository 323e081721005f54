package lu.adem.tremplin.reporting;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.outbox.MessageKind;
import lu.adem.tremplin.outbox.Outbox;
import lu.adem.tremplin.reporting.SurveyLinks.Occasion;
import lu.adem.tremplin.reporting.SurveyLinks.OccasionKind;
import lu.adem.tremplin.shared.DayFirst;

/**
 * Sends the satisfaction survey through the outbox on its occasions, found every hour in the pilot facts: a
 * followed course completed, or abandoned at the 60-day review (switched, referred to a guided start,
 * withdrawn; not a job found, not the pilot's end); and month 3 of participation, which starts at the
 * jobseeker's first invitation to the learning platform. Once per occasion: the occasion's unique key holds it,
 * also when two nodes run the round at once. Occasions older than {@link SurveySettings#catchUp()} are not asked.
 */
@Service
public class SurveyOccasions {

    private static final Logger log = LoggerFactory.getLogger(SurveyOccasions.class);
    /** Participation month at which every jobseeker is asked. */
    public static final int MONTH = 3;

    private final JdbcClient jdbc;
    private final SurveyLinks links;
    private final Jobseekers jobseekers;
    private final Outbox outbox;
    private final SurveySettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SurveyOccasions(
            JdbcClient jdbc,
            SurveyLinks links,
            Jobseekers jobseekers,
            Outbox outbox,
            SurveySettings settings,
            TransactionTemplate transaction,
            Clock clock) {
        this.jdbc = jdbc;
        this.links = links;
        this.jobseekers = jobseekers;
        this.outbox = outbox;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${tremplin.survey.cron:0 15 * * * *}", zone = "Europe/Luxembourg")
    void hourly() {
        send();
    }

    /** Sends the survey of every occasion due and not yet asked; returns how many were sent now. */
    public int send() {
        return send(due());
    }

    int send(List<Occasion> occasions) {
        int sent = 0;
        for (Occasion occasion : occasions) {
            try {
                Boolean now = transaction.execute(status -> ask(occasion));
                sent += Boolean.TRUE.equals(now) ? 1 : 0;
            } catch (DuplicateKeyException otherNode) {
                log.info("Satisfaction survey {} was sent by another node", occasion.key());
            }
        }
        return sent;
    }

    List<Occasion> due() {
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(settings.catchUp()));
        List<Occasion> due = new ArrayList<>(jdbc.sql("select pc.case_id, pc.registration_number, pc.agency,"
                        + " pc.route, co.topic, pc.completed_at from pilot_course pc"
                        + " left join course co on co.platform_id = pc.course_id"
                        + " where pc.registration_number is not null"
                        + " and (pc.completed_at > :since or pc.abandoned_at > :since)")
                .param("since", since)
                .query((rs, row) -> new Occasion(
                        "course:" + rs.getString(1),
                        rs.getTimestamp(6) != null ? OccasionKind.COURSE_COMPLETED : OccasionKind.COURSE_ABANDONED,
                        rs.getString(2),
                        group(rs.getString(3)),
                        group(rs.getString(4)),
                        group(rs.getString(5))))
                .list());
        LocalDateTime monthAgo =
                LocalDateTime.ofInstant(now, PilotReview.LUXEMBOURG).minusMonths(MONTH);
        Timestamp latest =
                Timestamp.from(monthAgo.atZone(PilotReview.LUXEMBOURG).toInstant());
        Timestamp earliest = Timestamp.from(latest.toInstant().minus(settings.catchUp()));
        jdbc.sql(
                        "select registration_number, max(agency), max(route) from pilot_journey"
                                + " where registration_number is not null and invited_at is not null"
                                + " group by registration_number having min(invited_at) > :earliest and min(invited_at) <= :latest")
                .param("earliest", earliest)
                .param("latest", latest)
                .query((rs, row) -> new Occasion(
                        "month-" + MONTH + ":" + rs.getString(1),
                        OccasionKind.MONTH_3,
                        rs.getString(1),
                        group(rs.getString(2)),
                        group(rs.getString(3)),
                        null))
                .list()
                .forEach(occasion -> due.add(new Occasion(
                        occasion.key(),
                        occasion.kind(),
                        occasion.registrationNumber(),
                        occasion.agency(),
                        occasion.route(),
                        firstCourseType(occasion.registrationNumber()))));
        return due;
    }

    /** The topic of the jobseeker's first course started, as the employment figure's preferred course type. */
    private String firstCourseType(String number) {
        return jdbc
                .sql("select co.topic from pilot_course pc left join course co on co.platform_id = pc.course_id"
                        + " where pc.registration_number = :number and pc.started_at is not null"
                        + " order by pc.started_at")
                .param("number", number)
                .query((rs, row) -> group(rs.getString(1)))
                .list()
                .stream()
                .findFirst()
                .orElse(EmploymentAtSixMonths.NO_COURSE);
    }

    /** Asks once: false when already asked or the jobseeker is no longer registered (anonymised). */
    private boolean ask(Occasion occasion) {
        if (links.asked(occasion.key())) {
            return false;
        }
        var contact = jobseekers.messageContactOf(occasion.registrationNumber());
        if (contact.isEmpty()) {
            return false;
        }
        LocalDateTime now = links.now();
        if (contact.get().email() == null) {
            // nobody to write to: the occasion is recorded, so that it is not tried again, with a link never valid
            links.create(occasion, contact.get().language(), now);
            return false;
        }
        LocalDateTime expiresAt = now.plus(settings.validity());
        String token = links.create(occasion, contact.get().language(), expiresAt);
        String until = expiresAt.format(DayFirst.date(
                FormatStyle.LONG, Locale.forLanguageTag(contact.get().language())));
        outbox.enqueueOnce(
                "survey:" + occasion.key(),
                occasion.registrationNumber(),
                MessageKind.SATISFACTION_SURVEY,
                linkTo(token),
                until);
        log.info("Satisfaction survey sent for {} ({})", occasion.key(), occasion.kind());
        return true;
    }

    String linkTo(String token) {
        String base = settings.publicUrl().toString().replaceAll("/+$", "");
        return URI.create(base + "/" + SatisfactionSurvey.PATH + "/" + token).toString();
    }

    private static String group(String value) {
        return value == null || value.isBlank() ? PilotReview.UNKNOWN : value;
    }
}
