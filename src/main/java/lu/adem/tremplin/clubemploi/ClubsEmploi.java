package lu.adem.tremplin.clubemploi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books supported sessions at a club emploi. A seat is taken by one conditional update per session
 * ({@code booked < capacity}); two counsellors taking the last seat at once get one seat between them.
 */
@Service
public class ClubsEmploi {

    /** How far ahead sessions are searched. */
    static final int HORIZON_DAYS = 60;

    private final JdbcClient jdbc;
    private final ClubsSettings settings;
    private final TransactionTemplate savepoint;
    private final Clock clock;

    ClubsEmploi(JdbcClient jdbc, ClubsSettings settings, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.savepoint = new TransactionTemplate(transactions);
        this.clock = clock;
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public List<Club> clubs() {
        return settings.list();
    }

    public Optional<Club> club(String code) {
        return settings.list().stream().filter(club -> club.code().equals(code)).findFirst();
    }

    /**
     * Books {@code sessions} seats for a jobseeker in the club's next sessions from {@code from} on,
     * skipping full ones: all or none.
     *
     * @throws NoFreeSeats when the horizon has too few sessions with a free seat
     */
    @Transactional
    public List<ClubBooking> bookSessions(String clubCode, String jobseekerId, int sessions, LocalDateTime from) {
        Club club = club(clubCode).orElseThrow(() -> new IllegalArgumentException("Unknown club " + clubCode));
        if (sessions < 1 || sessions > 4) {
            throw new IllegalArgumentException("A guided start has 1 to 4 sessions, not " + sessions);
        }
        List<ClubBooking> booked = new ArrayList<>();
        for (LocalDateTime start : sessionStarts(club, from)) {
            reserve(club, start, jobseekerId).ifPresent(booked::add);
            if (booked.size() == sessions) {
                return booked;
            }
        }
        throw new NoFreeSeats(club, sessions);
    }

    /** Takes one seat in one session, if one is free and the jobseeker has none there yet. */
    @Transactional
    public Optional<ClubBooking> reserve(Club club, LocalDateTime start, String jobseekerId) {
        boolean exists = jdbc.sql("select count(*) from club_slot where club = :club and starts_at = :start")
                        .param("club", club.code())
                        .param("start", start)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!exists) {
            try {
                // In a savepoint: on PostgreSQL a failed insert would otherwise abort the whole transaction.
                savepoint.executeWithoutResult(status -> jdbc.sql(
                                "insert into club_slot (club, starts_at, capacity, booked) values (:club, :start, :capacity, 0)")
                        .param("club", club.code())
                        .param("start", start)
                        .param("capacity", club.seats())
                        .update());
            } catch (DuplicateKeyException createdMeanwhile) {
                // Another booking created the session first: its seats are counted there.
            }
        }
        boolean alreadyThere = jdbc.sql("select count(*) from club_booking where club = :club and starts_at = :start "
                                + "and jobseeker_id = :jobseeker")
                        .param("club", club.code())
                        .param("start", start)
                        .param("jobseeker", jobseekerId)
                        .query(Integer.class)
                        .single()
                > 0;
        if (alreadyThere) {
            return Optional.empty();
        }
        int taken = jdbc.sql("update club_slot set booked = booked + 1 where club = :club and starts_at = :start "
                        + "and booked < capacity")
                .param("club", club.code())
                .param("start", start)
                .update();
        if (taken == 0) {
            return Optional.empty();
        }
        jdbc.sql("insert into club_booking (club, starts_at, jobseeker_id, status, created_at) "
                        + "values (:club, :start, :jobseeker, 'BOOKED', :now)")
                .param("club", club.code())
                .param("start", start)
                .param("jobseeker", jobseekerId)
                .param("now", LocalDateTime.now(clock))
                .update();
        return jdbc.sql("select id, club, starts_at, jobseeker_id, status from club_booking where club = :club "
                        + "and starts_at = :start and jobseeker_id = :jobseeker")
                .param("club", club.code())
                .param("start", start)
                .param("jobseeker", jobseekerId)
                .query((rs, row) -> new ClubBooking(
                        rs.getLong("id"),
                        rs.getString("club"),
                        rs.getTimestamp("starts_at").toLocalDateTime(),
                        rs.getString("jobseeker_id"),
                        rs.getString("status")))
                .optional();
    }

    /** A jobseeker's booked sessions, soonest first (for their file). */
    public List<ClubBooking> bookingsOf(String jobseekerId) {
        return jdbc.sql(
                        "select id, club, starts_at, jobseeker_id, status from club_booking where jobseeker_id = :jobseeker "
                                + "order by starts_at")
                .param("jobseeker", jobseekerId)
                .query((rs, row) -> new ClubBooking(
                        rs.getLong("id"),
                        rs.getString("club"),
                        rs.getTimestamp("starts_at").toLocalDateTime(),
                        rs.getString("jobseeker_id"),
                        rs.getString("status")))
                .list();
    }

    /** A session's seats as the clubs' screen shows them. */
    public record Session(LocalDateTime startsAt, int seats, int booked) {
        public int free() {
            return seats - booked;
        }
    }

    /** The club's sessions of {@code days} days from {@code from}, with their booked seats (one query). */
    public List<Session> sessions(Club club, LocalDate from, int days) {
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = from.plusDays(days).atStartOfDay();
        java.util.Map<LocalDateTime, int[]> slots = new java.util.HashMap<>();
        jdbc.sql("select starts_at, capacity, booked from club_slot where club = :club and starts_at >= :start "
                        + "and starts_at < :end")
                .param("club", club.code())
                .param("start", start)
                .param("end", end)
                .query(rs -> {
                    slots.put(
                            rs.getTimestamp("starts_at").toLocalDateTime(),
                            new int[] {rs.getInt("capacity"), rs.getInt("booked")});
                });
        return sessionStarts(club, start).stream()
                .filter(session -> session.isBefore(end))
                .map(session -> {
                    int[] slot = slots.getOrDefault(session, new int[] {club.seats(), 0});
                    return new Session(session, slot[0], slot[1]);
                })
                .toList();
    }

    /** Free seats in a session (all of them when nobody booked yet). */
    public int freeSeats(Club club, LocalDateTime start) {
        return jdbc.sql("select capacity - booked from club_slot where club = :club and starts_at = :start")
                .param("club", club.code())
                .param("start", start)
                .query(Integer.class)
                .optional()
                .orElse(club.seats());
    }

    /** The club's session starts after {@code from}, within the horizon, in order. */
    List<LocalDateTime> sessionStarts(Club club, LocalDateTime from) {
        List<LocalDateTime> starts = new ArrayList<>();
        for (LocalDate day = from.toLocalDate();
                day.isBefore(from.toLocalDate().plusDays(HORIZON_DAYS));
                day = day.plusDays(1)) {
            if (club.days().contains(day.getDayOfWeek())) {
                for (var time : club.sessionStarts()) {
                    LocalDateTime start = day.atTime(time);
                    if (!start.isBefore(from)) {
                        starts.add(start);
                    }
                }
            }
        }
        return starts;
    }

    /** Not enough sessions with a free seat within the horizon. */
    public static class NoFreeSeats extends RuntimeException {
        public NoFreeSeats(Club club, int sessions) {
            super("Not " + sessions + " sessions with a free seat at " + club.name() + " within " + HORIZON_DAYS
                    + " days");
        }
    }
}
