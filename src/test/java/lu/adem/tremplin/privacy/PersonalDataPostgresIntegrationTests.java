package lu.adem.tremplin.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import lu.adem.tremplin.TremplinApplication;
import lu.adem.tremplin.shared.EngineClock;
import lu.adem.tremplin.shared.PersonalData;
import lu.adem.tremplin.support.LocalPostgres;
import lu.adem.tremplin.support.TestData;

/**
 * The modules' {@link PersonalData} SQL on PostgreSQL (the production database) with the Flyway migrations: a
 * jobseeker with a row in every covered table is listed by every bean, then anonymised, after which no covered
 * table names them, and keys built from the number (a message's idempotency key, a follow-up's case key) name
 * the pseudonym. The engine's own bean is tested where it lives.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("postgres")
@Import({EngineClock.class, PersonalDataPostgresIntegrationTests.Holders.class})
class PersonalDataPostgresIntegrationTests {

    static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 9, 0);

    @TestConfiguration
    @ComponentScan(
            basePackageClasses = TremplinApplication.class,
            useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = PersonalData.class),
            excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.engine\\.tables\\..*"))
    static class Holders {}

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        LocalPostgres.freshDatabase("tremplin_pd_", registry);
    }

    @Autowired
    List<PersonalData> holders;

    @Autowired
    JdbcClient jdbc;

    private void insert(String sql, Object... params) {
        jdbc.sql(sql).params(params).update();
    }

    private void everyRowAbout(String n) {
        insert(
                "insert into jobseeker (registration_number, first_name, last_name, agency, languages, email, phone,"
                        + " created_at, updated_at, version) values (?, 'Leila', 'Majerus', 'esch', 'FR', 'l@example.lu',"
                        + " '+352 621 000 000', ?, ?, 0)",
                n,
                MONDAY,
                MONDAY);
        insert(
                "insert into outbox_message (dedup_key, jobseeker_id, kind, language, recipient, subject, body, status,"
                        + " attempts, last_error, created_at, next_attempt_at) values (?, ?, 'INVITATION', 'fr', 'l@example.lu',"
                        + " 'Bienvenue', 'Bonjour Leila', 'PENDING', 1, 'mailbox full', ?, ?)",
                "invitation:" + n,
                n,
                MONDAY,
                MONDAY);
        insert(
                "insert into club_booking (club, starts_at, jobseeker_id, status, created_at)"
                        + " values ('esch', ?, ?, 'BOOKED', ?)",
                MONDAY.plusDays(2),
                n,
                MONDAY);
        insert(
                "insert into self_assessment_link (token_hash, jobseeker_id, process_instance_id, language, created_at,"
                        + " expires_at) values (?, ?, 'pi', 'fr', ?, ?)",
                "h" + n,
                n,
                MONDAY,
                MONDAY.plusYears(5));
        insert(
                "insert into course_choice_link (token_hash, jobseeker_id, process_instance_id, language, created_at,"
                        + " expires_at, used_at, chosen_course_id) values (?, ?, 'pi', 'fr', ?, ?, ?, '7100001')",
                "h" + n,
                n,
                MONDAY,
                MONDAY.plusDays(7),
                MONDAY.plusDays(1));
        insert(
                "insert into platform_simulator_account (external_id, team, language, status, invited_at)"
                        + " values (?, 'adem-esch', 'fr', 'INVITED', ?)",
                n,
                MONDAY);
        insert(
                "insert into platform_simulator_enrolment (external_id, course_id, enrolled_at, progress, minutes_spent)"
                        + " values (?, '7100001', ?, 10, 20)",
                n,
                MONDAY);
        insert(
                "insert into platform_progress (external_id, course_id, progress, minutes_spent, updated_at)"
                        + " values (?, '7100001', 10, 20, ?)",
                n,
                MONDAY);
        insert(
                "insert into pilot_journey (case_id, registration_number, agency, proposed_at) values (?, ?, 'esch', ?)",
                "j" + n,
                n,
                MONDAY);
        insert(
                "insert into pilot_course (case_id, registration_number, course_id, started_at) values (?, ?, '7100001', ?)",
                "c" + n,
                n,
                MONDAY);
        insert(
                "insert into employment_outcome (registration_number, exited_on, exit_kind, imported_at)"
                        + " values (?, ?, 'EMPLOYMENT', ?)",
                n,
                MONDAY.toLocalDate().plusMonths(2),
                MONDAY);
        insert(
                "insert into satisfaction_survey (occasion, occasion_kind, registration_number, token_hash, language,"
                        + " agency, route, course_type, created_at, expires_at, used_at, satisfaction, would_recommend,"
                        + " helped, missing, answer_comment) values (?, 'MONTH_3', ?, ?, 'fr', 'esch', 'AUTONOMOUS',"
                        + " 'none', ?, ?, ?, 4, true, 'COURSES', '', 'Leila was here')",
                "month-3:" + n,
                n,
                "s" + n,
                MONDAY,
                MONDAY.plusDays(30),
                MONDAY.plusDays(1));
        insert(
                "insert into access_log (at, user_id, action, registration_number, screen)"
                        + " values (?, 'cmuller', 'file-opened', ?, 'jobseeker/file')",
                MONDAY,
                n);
        insert(
                "insert into running_case (process_key, business_key, process_instance_id, started_at)"
                        + " values ('follow-up', ?, 'pi', ?)",
                n + ":7100001",
                MONDAY);
    }

    @Test
    void shouldListThenAnonymiseEveryCoveredTable() {
        String number = TestData.registrationNumber();
        String pseudonym = "X" + TestData.uniqueId();
        everyRowAbout(number);

        for (PersonalData holder : holders) {
            assertThat(holder.heldAbout(number)).as(holder.section()).isNotEmpty();
        }
        holders.forEach(holder -> holder.anonymise(number, pseudonym));

        for (Map.Entry<String, String> table : PersonalDataCoverageTests.SECTION_OF_TABLE.entrySet()) {
            assertThat(jdbc.sql("select count(*) from " + table.getKey() + " where " + column(table.getKey())
                                    + " like ?")
                            .param(number + "%")
                            .query(Integer.class)
                            .single())
                    .as(table.getKey())
                    .isZero();
        }
        for (PersonalData holder : holders) {
            assertThat(holder.heldAbout(pseudonym)).as(holder.section()).isNotEmpty();
        }
        assertThat(jdbc.sql("select dedup_key || ' ' || status from outbox_message where jobseeker_id = ?")
                        .param(pseudonym)
                        .query(String.class)
                        .single())
                .isEqualTo("invitation:" + pseudonym + " NO_ADDRESS");
        assertThat(jdbc.sql("select occasion from satisfaction_survey where registration_number = ? and"
                                + " answer_comment is null and satisfaction = 4")
                        .param(pseudonym)
                        .query(String.class)
                        .single())
                .as("the answer stays for the figures, its comment and the number in its key do not")
                .isEqualTo("month-3:" + pseudonym);
        assertThat(jdbc.sql(
                                "select business_key from running_case where process_key = 'follow-up' and business_key like ?")
                        .param(pseudonym + "%")
                        .query(String.class)
                        .single())
                .isEqualTo(pseudonym + ":7100001");
    }

    private String column(String table) {
        return jdbc.sql("select column_name from information_schema.columns where table_schema = current_schema()"
                        + " and table_name = ? and column_name in ('registration_number', 'jobseeker_id', 'external_id',"
                        + " 'business_key')")
                .param(table)
                .query(String.class)
                .single();
    }
}
