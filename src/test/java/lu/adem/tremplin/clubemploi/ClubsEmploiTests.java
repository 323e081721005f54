package lu.adem.tremplin.clubemploi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import lu.adem.tremplin.shared.EngineClock;

/** Seats and bookings on H2 with the migrations; a tiny club makes seats run out. */
@JdbcTest
@Import({ClubsEmploi.class, EngineClock.class, ClubsEmploiTests.Config.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ClubsEmploiTests {

    /** A small club: 1 seat, sessions Monday and Wednesday at 9:00 (so seats run out fast). */
    static final Club TINY = new Club(
            "TINY",
            "Club emploi test",
            1,
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
            List.of(LocalTime.of(9, 0)),
            Duration.ofHours(2));
    /** A Sunday: the first session after it is Monday 30 November 2026, 9:00. */
    static final LocalDateTime SUNDAY = LocalDateTime.of(2026, 11, 29, 12, 0);

    @TestConfiguration
    static class Config {
        @Bean
        ClubsSettings clubsSettings() {
            return new ClubsSettings(List.of(TINY));
        }
    }

    @Autowired
    ClubsEmploi clubs;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        jdbc.sql("delete from club_booking").update();
        jdbc.sql("delete from club_slot").update();
    }

    @Test
    void shouldBookTheNextSessionsWithAFreeSeatAndSkipFullOnes() {
        clubs.bookSessions("TINY", "DE-A", 1, SUNDAY);

        List<ClubBooking> booked = clubs.bookSessions("TINY", "DE-B", 2, SUNDAY);

        assertThat(booked)
                .extracting(ClubBooking::startsAt)
                .containsExactly(LocalDateTime.of(2026, 12, 2, 9, 0), LocalDateTime.of(2026, 12, 7, 9, 0));
        assertThat(clubs.freeSeats(TINY, LocalDateTime.of(2026, 11, 30, 9, 0))).isZero();
    }

    @Test
    void shouldBookAllOrNothing() {
        List<LocalDateTime> starts = clubs.sessionStarts(TINY, SUNDAY);
        starts.stream().skip(1).forEach(start -> clubs.reserve(TINY, start, "DE-FILL"));

        assertThatThrownBy(() -> clubs.bookSessions("TINY", "DE-D", 2, SUNDAY))
                .isInstanceOf(ClubsEmploi.NoFreeSeats.class);

        assertThat(jdbc.sql("select count(*) from club_booking where jobseeker_id = 'DE-D'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(clubs.freeSeats(TINY, starts.get(0)))
                .as("the one free seat was given back")
                .isOne();
    }

    @Test
    void shouldNeverOverbookWhenTwoCounsellorsTakeTheLastSeatAtOnce() throws Exception {
        LocalDateTime monday = LocalDateTime.of(2026, 11, 30, 9, 0);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService counsellors = Executors.newFixedThreadPool(2);
        try {
            Callable<Optional<ClubBooking>> first = () -> {
                start.await();
                return clubs.reserve(TINY, monday, "DE-E");
            };
            Callable<Optional<ClubBooking>> second = () -> {
                start.await();
                return clubs.reserve(TINY, monday, "DE-F");
            };
            Future<Optional<ClubBooking>> a = counsellors.submit(first);
            Future<Optional<ClubBooking>> b = counsellors.submit(second);
            start.countDown();

            long seats = List.of(a.get(20, TimeUnit.SECONDS), b.get(20, TimeUnit.SECONDS)).stream()
                    .filter(Optional::isPresent)
                    .count();

            assertThat(seats).isOne();
            assertThat(jdbc.sql("select booked from club_slot where club = 'TINY'")
                            .query(Integer.class)
                            .single())
                    .isOne();
            assertThat(jdbc.sql("select count(*) from club_booking")
                            .query(Integer.class)
                            .single())
                    .isOne();
        } finally {
            counsellors.shutdownNow();
        }
    }

    @Test
    void shouldNotBookTheSameJobseekerTwiceInOneSession() {
        LocalDateTime monday = LocalDateTime.of(2026, 11, 30, 9, 0);

        assertThat(clubs.reserve(TINY, monday, "DE-G")).isPresent();
        assertThat(clubs.reserve(TINY, monday, "DE-G")).isEmpty();
    }

    @Test
    void shouldOfferTheDefaultClubsOfThePilot() {
        assertThat(new ClubsSettings(null).list())
                .extracting(Club::code)
                .containsExactly("LUXEMBOURG_CITY", "ESCH_SUR_ALZETTE");
    }
}
