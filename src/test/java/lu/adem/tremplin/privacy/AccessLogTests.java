package lu.adem.tremplin.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.EngineClock;
import lu.adem.tremplin.shared.PersonalDataAccessed;

/** The access log on H2 with the Flyway migrations: recorded from events (in one batch), read by the DPO only. */
@JdbcTest
@Import({AccessLog.class, Jobseekers.class, EngineClock.class, AccessLogTests.Repository.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AccessLogTests {

    /** The jobseekers' repository (internal to its module), for {@link AccessLog#recentOpenings}'s check. */
    @org.springframework.boot.test.context.TestConfiguration
    @org.springframework.context.annotation.ComponentScan(
            basePackageClasses = Jobseekers.class,
            useDefaultFilters = false,
            includeFilters =
                    @org.springframework.context.annotation.ComponentScan.Filter(
                            type = org.springframework.context.annotation.FilterType.REGEX,
                            pattern = ".*\\.JobseekerRepository"))
    static class Repository {}

    @Autowired
    AccessLog accessLog;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Jobseekers jobseekers;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyTables() {
        jdbc.sql("delete from access_log").update();
        jdbc.sql("delete from jobseeker").update();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void signIn(String user, String... authorities) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user, null, AuthorityUtils.createAuthorityList(authorities)));
    }

    private void row(LocalDateTime at, String user, String number) {
        jdbc.sql("insert into access_log (at, user_id, action, registration_number, screen) values (?, ?, ?, ?, ?)")
                .params(at, user, PersonalDataAccessed.FILE_OPENED, number, "jobseeker/file")
                .update();
    }

    @Test
    void shouldRecordOneRowPerJobseekerWithTheSignedInUserAndTheScreen() {
        signIn("anna", "ROLE_COUNSELLOR");

        events.publishEvent(new PersonalDataAccessed(
                PersonalDataAccessed.EXPORTED, List.of("A-1", "A-2", "A-1", " "), "cockpit/overdue-tasks.csv"));

        signIn("dpo", "ROLE_DPO");
        assertThat(accessLog.find(new AccessLog.Query(null, null, null), 0, 10))
                .extracting(
                        AccessLog.Entry::userId,
                        AccessLog.Entry::action,
                        AccessLog.Entry::registrationNumber,
                        AccessLog.Entry::screen)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("anna", "exported", "A-1", "cockpit/overdue-tasks.csv"),
                        org.assertj.core.groups.Tuple.tuple("anna", "exported", "A-2", "cockpit/overdue-tasks.csv"));
    }

    @Test
    void shouldRecordABulkExportOfHundredsOfJobseekersInOneBatch() {
        signIn("supervisor", "ROLE_SUPERVISOR");
        List<String> numbers = IntStream.range(0, 750).mapToObj(i -> "B-" + i).toList();

        events.publishEvent(PersonalDataAccessed.of(PersonalDataAccessed.EXPORTED, numbers, "cockpit/incidents.csv"));

        signIn("dpo", "ROLE_DPO");
        AccessLog.Query bySupervisor = new AccessLog.Query("supervisor", null, null);
        assertThat(accessLog.count(bySupervisor)).isEqualTo(750);
        assertThat(accessLog.find(bySupervisor, 0, 10_000)).hasSize(AccessLog.MAX_PAGE);
        assertThat(accessLog.find(bySupervisor, 700, 100)).hasSize(50);
    }

    @Test
    void shouldRecordTheSystemWhenNobodyIsSignedIn() {
        events.publishEvent(PersonalDataAccessed.of(PersonalDataAccessed.IMPORTED, "C-1", "jobseekers/import"));

        signIn("dpo", "ROLE_DPO");
        assertThat(accessLog.about("C-1", 10))
                .extracting(AccessLog.Entry::userId)
                .containsExactly("system");
    }

    @Test
    void shouldFindByJobseekerByUserAndByPeriodNewestFirst() {
        row(LocalDateTime.of(2026, 3, 1, 9, 0), "anna", "D-1");
        row(LocalDateTime.of(2026, 3, 2, 23, 59), "anna", "D-2");
        row(LocalDateTime.of(2026, 3, 3, 0, 0), "anna", "D-1");
        row(LocalDateTime.of(2026, 3, 2, 10, 0), "ben", "D-1");
        signIn("dpo", "ROLE_DPO");

        assertThat(accessLog.about("D-1", 10))
                .extracting(AccessLog.Entry::at)
                .containsExactly(
                        LocalDateTime.of(2026, 3, 3, 0, 0),
                        LocalDateTime.of(2026, 3, 2, 10, 0),
                        LocalDateTime.of(2026, 3, 1, 9, 0));
        var anna = new AccessLog.Query("anna", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        assertThat(accessLog.find(anna, 0, 10))
                .extracting(AccessLog.Entry::registrationNumber)
                .containsExactly("D-2");
        assertThat(accessLog.count(anna)).isEqualTo(1);
        var everyoneFromTheSecond = new AccessLog.Query(" ", LocalDate.of(2026, 3, 2), null);
        assertThat(accessLog.find(everyoneFromTheSecond, 0, 10))
                .extracting(AccessLog.Entry::userId, AccessLog.Entry::registrationNumber)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("anna", "D-1"),
                        org.assertj.core.groups.Tuple.tuple("anna", "D-2"),
                        org.assertj.core.groups.Tuple.tuple("ben", "D-1"));
    }

    @Test
    void shouldLetOnlyTheDataProtectionOfficerReadTheLog() {
        var everything = new AccessLog.Query(null, null, null);
        for (String role : List.of("ROLE_SUPERVISOR", "ROLE_COUNSELLOR", "ROLE_ADMIN")) {
            signIn("someone", role);
            assertThatThrownBy(() -> accessLog.find(everything, 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accessLog.count(everything)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accessLog.about("X", 10)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void shouldShowACounsellorWhoElseOpenedAFileOfTheirAgencyInTheLast30Days() {
        signIn("admin", "ROLE_ADMIN");
        String number = jobseekers
                .save(new Jobseeker(
                        null,
                        "E-1",
                        "Ana",
                        "Lopes",
                        Agency.DIEKIRCH,
                        null,
                        EnumSet.of(Language.FR),
                        null,
                        null,
                        null,
                        null))
                .registrationNumber();
        LocalDateTime now = LocalDateTime.now(new EngineClock());
        row(now.minusDays(40), "old", number);
        row(now.minusDays(3), "ben", number);
        row(now.minusDays(1), "ben", number);
        row(now.minusHours(2), "carla", number);
        row(now.minusHours(1), "anna", number);

        signIn("anna", "ROLE_COUNSELLOR", "GROUP_" + Agency.DIEKIRCH.groupId());
        assertThat(accessLog.recentOpenings(number))
                .extracting(AccessLog.Opening::userId, AccessLog.Opening::times)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("carla", 1), org.assertj.core.groups.Tuple.tuple("ben", 2));

        signIn("zoe", "ROLE_COUNSELLOR", "GROUP_" + Agency.WILTZ.groupId());
        assertThatThrownBy(() -> accessLog.recentOpenings(number)).isInstanceOf(AccessDeniedException.class);
    }
}
