package lu.adem.tremplin.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import lu.adem.tremplin.shared.EngineClock;

/** The partner's catalogue export, CSV and JSON: upsert by platform id, retire what vanished, report bad rows. */
@JdbcTest
@Import({Catalogue.class, CourseRepository.class, EngineClock.class})
class CatalogueImportTests {

    static final String HEADER = "platform_id,title,language,difficulty,duration_hours,topic,skills,paths,url\n";
    static final String EXCEL =
            "7100001,Maîtrisez les bases d'Excel,fr,beginner,6,office,spreadsheets,Assistant de gestion,"
                    + "https://openclassrooms.com/fr/courses/7100001-excel\n";
    static final String SQL = "7100002,Learn the basics of SQL,en,intermediate,12,data,sql|data-analysis,,"
            + "https://openclassrooms.com/en/courses/7100002-sql\n";
    static final String CV = "7100003,Rédigez un CV qui vous ressemble,fr,beginner,3,job-search,cv-writing,,"
            + "https://openclassrooms.com/fr/courses/7100003-cv\n";

    @Autowired
    Catalogue catalogue;

    @BeforeEach
    void signInAsAdministrator() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Catalogue.ImportReport csv(String text) throws Exception {
        return catalogue.importCsv(new StringReader(text), "export.csv");
    }

    @Test
    void shouldImportTheValidRowsAndReportEachMalformedOneByLine() throws Exception {
        var report = csv(HEADER + EXCEL
                + "7100009,Cours sans langue,xx,beginner,4,office,email,,https://openclassrooms.com/fr/courses/7100009\n"
                + SQL
                + "7100010,,fr,beginner,4,office,email,,https://openclassrooms.com/fr/courses/7100010\n"
                + "7100011,Trop court,fr,beginner\n"
                + "7100012,Durée impossible,fr,easy,zero,office,email,,https://openclassrooms.com/fr/courses/7100012\n"
                + CV);

        assertThat(report.created()).isEqualTo(3);
        assertThat(report.errors()).extracting(Catalogue.LineError::line).containsExactly(3L, 5L, 6L, 7L);
        assertThat(report.errors().get(0).message()).contains("language");
        assertThat(report.errors().get(1).message()).contains("title");
        assertThat(report.errors().get(2).message()).contains("columns");
        assertThat(report.errors().get(3).message()).contains("duration_hours");
        assertThat(catalogue.find("7100001")).hasValueSatisfying(course -> {
            assertThat(course.language()).isEqualTo(Course.CourseLanguage.FR);
            assertThat(course.difficulty()).isEqualTo(Course.Difficulty.BEGINNER);
            assertThat(course.skills()).containsExactly("spreadsheets");
            assertThat(course.paths()).containsExactly("Assistant de gestion");
        });
        assertThat(catalogue.find("7100009")).isEmpty();
    }

    @Test
    void shouldChangeNothingWhenTheSameFileComesTwice() throws Exception {
        csv(HEADER + EXCEL + SQL + CV);

        var again = csv(HEADER + EXCEL + SQL + CV);

        assertThat(again).isEqualTo(new Catalogue.ImportReport(0, 0, 3, 0, java.util.List.of()));
    }

    @Test
    void shouldRetireACourseThatVanishedAndBringItBackWhenItReturns() throws Exception {
        csv(HEADER + EXCEL + SQL + CV);

        var second = csv(HEADER + EXCEL + CV.replace("Rédigez", "Écrivez"));

        assertThat(second.retired()).isEqualTo(1);
        assertThat(second.updated()).isEqualTo(1);
        assertThat(catalogue.find("7100002"))
                .hasValueSatisfying(course -> assertThat(course.retired()).isTrue());
        assertThat(catalogue.search(new CourseQuery("sql", null, null, null, null), 0, 10))
                .isEmpty();
        assertThat(catalogue.activeCourses()).extracting(Course::platformId).containsExactly("7100001", "7100003");

        csv(HEADER + EXCEL + SQL + CV);
        assertThat(catalogue.find("7100002"))
                .hasValueSatisfying(course -> assertThat(course.retired()).isFalse());
    }

    @Test
    void shouldNotRetireACourseWhoseRowIsMalformedToday() throws Exception {
        csv(HEADER + EXCEL + SQL);

        var report = csv(HEADER + EXCEL + SQL.replace(",en,", ",klingon,"));

        assertThat(report.errors()).hasSize(1);
        assertThat(report.retired()).isZero();
        assertThat(catalogue.find("7100002"))
                .hasValueSatisfying(course -> assertThat(course.retired()).isFalse());
    }

    @Test
    void shouldImportTheJsonExportAndReportBadEntriesByLine() throws Exception {
        String json = """
                [
                  {"platformId": "7200001", "title": "Initiez-vous à la gestion de projet", "language": "fr",
                   "difficulty": "beginner", "durationHours": 8, "topic": "project-management",
                   "skills": ["project-management", "teamwork"], "paths": [],
                   "url": "https://openclassrooms.com/fr/courses/7200001-projet"},
                  {"platformId": "7200002", "title": "Sans adresse", "language": "fr",
                   "difficulty": "beginner", "durationHours": 8, "topic": "office", "skills": ["email"]}
                ]
                """;

        var report = catalogue.importJson(new StringReader(json), "export.json");

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(6);
            assertThat(error.platformId()).isEqualTo("7200002");
            assertThat(error.message()).contains("url");
        });
        assertThat(catalogue.find("7200001").orElseThrow().skills()).containsExactly("project-management", "teamwork");
    }

    @Test
    void shouldRetireNothingWhenTheJsonIsCutShort() throws Exception {
        csv(HEADER + EXCEL + SQL);

        var report = catalogue.importJson(new StringReader("[{\"platformId\": \"7100001\", \"title\": "), "cut.json");

        assertThat(report.errors())
                .singleElement()
                .satisfies(error -> assertThat(error.message()).contains("not valid JSON"));
        assertThat(report.retired()).isZero();
        assertThat(catalogue.activeCourses()).hasSize(2);
    }

    @Test
    void shouldSearchWordsAndFiltersWithPaging() throws Exception {
        csv(HEADER + EXCEL + SQL + CV);

        assertThat(catalogue.search(new CourseQuery("EXCEL bases", null, null, null, null), 0, 10))
                .extracting(Course::platformId)
                .containsExactly("7100001");
        assertThat(catalogue.search(new CourseQuery("cv-writing", null, null, null, null), 0, 10))
                .extracting(Course::platformId)
                .containsExactly("7100003");
        assertThat(catalogue.count(
                        new CourseQuery(null, Course.CourseLanguage.FR, Course.Difficulty.BEGINNER, null, 4)))
                .isOne();
        assertThat(catalogue.search(CourseQuery.all(), 1, 1))
                .extracting(Course::title)
                .containsExactly("Maîtrisez les bases d'Excel");
        assertThat(catalogue.search(new CourseQuery("100%_", null, null, null, null), 0, 10))
                .isEmpty();
    }

    @Test
    void shouldLetOnlyAnAdministratorImport() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "counsellor", null, AuthorityUtils.createAuthorityList("ROLE_COUNSELLOR")));

        assertThatThrownBy(() -> csv(HEADER + EXCEL)).isInstanceOf(AccessDeniedException.class);
    }
}
