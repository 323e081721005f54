package lu.adem.tremplin.privacy;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import lu.adem.tremplin.shared.PersonalData;

/**
 * Every table of Tremplin's own that names a jobseeker (a column {@code registration_number},
 * {@code jobseeker_id}, {@code external_id} or {@code business_key}) is covered by a {@link PersonalData}
 * bean: a new table fails here until its module declares it, so the subject access file and the anonymisation
 * cannot miss it. Camunda's tables (their columns end in an underscore) are the engine's bean's.
 */
@SpringBootTest
@ActiveProfiles("test")
class PersonalDataCoverageTests {

    /** The columns that hold a registration number (or a key made of one). */
    static final List<String> IDENTIFYING_COLUMNS =
            List.of("registration_number", "jobseeker_id", "external_id", "business_key");

    /** Table → the section of the bean that lists and anonymises its rows. */
    static final Map<String, String> SECTION_OF_TABLE = Map.ofEntries(
            entry("jobseeker", "jobseeker"),
            entry("outbox_message", "messages"),
            entry("club_booking", "clubs"),
            entry("self_assessment_link", "selfAssessmentLinks"),
            entry("course_choice_link", "courseChoiceLinks"),
            entry("platform_progress", "learningPlatform"),
            entry("platform_simulator_account", "learningPlatform"),
            entry("platform_simulator_enrolment", "learningPlatform"),
            entry("pilot_journey", "pilot"),
            entry("pilot_course", "pilot"),
            entry("employment_outcome", "employment"),
            entry("satisfaction_survey", "satisfaction"),
            entry("access_log", "accessLog"),
            entry("running_case", "runningCases"));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<PersonalData> holders;

    @Test
    void shouldCoverEveryTableThatNamesAJobseeker() {
        Set<String> tables = jdbc
                .sql("select distinct table_name from information_schema.columns"
                        + " where table_schema = current_schema() and lower(column_name) in (?, ?, ?, ?)")
                .params(IDENTIFYING_COLUMNS.toArray())
                .query(String.class)
                .stream()
                .map(table -> table.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());

        assertThat(tables)
                .as(
                        "tables with a column %s: add each to SECTION_OF_TABLE with the PersonalData bean that covers it",
                        IDENTIFYING_COLUMNS)
                .containsExactlyInAnyOrderElementsOf(SECTION_OF_TABLE.keySet());
    }

    @Test
    void shouldHaveABeanForEverySectionNamed() {
        Set<String> sections = holders.stream().map(PersonalData::section).collect(Collectors.toSet());

        assertThat(sections).containsAll(SECTION_OF_TABLE.values());
        assertThat(holders)
                .as("each section once: the subject access file and the translations key on it")
                .hasSameSizeAs(sections);
    }
}
