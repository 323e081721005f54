package lu.adem.tremplin.learningplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

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

/** The partner's progress and certificate exports: idempotent, line-numbered errors, never backwards. */
@JdbcTest
@Import({ProgressExports.class, EngineClock.class})
class ProgressExportsTests {

    static final String PROGRESS = "external_id,course_id,progress,time_spent_minutes,last_activity_at\n";
    static final String CERTIFICATES = "external_id,course_id,certificate_at\n";

    @Autowired
    ProgressExports exports;

    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ProgressExports.Report progress(String rows) throws Exception {
        return exports.importProgress(new StringReader(PROGRESS + rows));
    }

    @Test
    void shouldChangeNothingWhenTheSameFileComesTwice() throws Exception {
        String rows =
                "DE-2026-004211,7100001,40,95,2026-11-20T10:00:00Z\nDE-2026-004387,7100002,10,20,2026-11-21T09:00:00Z\n";

        assertThat(progress(rows)).isEqualTo(new ProgressExports.Report(2, 0, 0, List.of()));
        assertThat(progress(rows)).isEqualTo(new ProgressExports.Report(0, 0, 2, List.of()));
        assertThat(exports.progressOf("DE-2026-004211", "7100001").percent()).isEqualTo(40);
    }

    @Test
    void shouldReportMalformedRowsByLineAndKeepTheOthers() throws Exception {
        var report = progress("DE-2026-004211,7100001,140,95,2026-11-20T10:00:00Z\n"
                + "DE-2026-004211,7100002,50,95,yesterday\n"
                + "DE-2026-004211,7100003,50,95,2026-11-20T10:00:00Z\n"
                + "DE 2026,7100004,50,95,2026-11-20T10:00:00Z\n");

        assertThat(report.created()).isOne();
        assertThat(report.errors()).extracting(ProgressExports.LineError::line).containsExactly(2L, 3L, 5L);
        assertThat(report.errors().get(0).message()).contains("progress");
    }

    @Test
    void shouldNeverTakeProgressBackWithAnOlderExport() throws Exception {
        progress("DE-2026-004211,7100001,60,120,2026-11-25T10:00:00Z\n");

        var older = progress("DE-2026-004211,7100001,40,95,2026-11-20T10:00:00Z\n");

        assertThat(older.unchanged()).isOne();
        assertThat(exports.progressOf("DE-2026-004211", "7100001").percent()).isEqualTo(60);
    }

    @Test
    void shouldCompleteTheCourseWithACertificate() throws Exception {
        progress("DE-2026-004211,7100001,90,300,2026-11-25T10:00:00Z\n");

        var report = exports.importCertificates(
                new StringReader(CERTIFICATES + "DE-2026-004211,7100001,2026-11-27T08:00:00Z\n"));
        var again = exports.importCertificates(
                new StringReader(CERTIFICATES + "DE-2026-004211,7100001,2026-11-27T08:00:00Z\n"));

        assertThat(report.updated()).isOne();
        assertThat(again.unchanged()).isOne();
        var progress = exports.progressOf("DE-2026-004211", "7100001");
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(progress.certificateAt()).isEqualTo(Instant.parse("2026-11-27T08:00:00Z"));
        assertThat(progress.completedAt()).isNotNull();
    }

    @Test
    void shouldTreatAnUnknownCourseAsNotStarted() {
        assertThat(exports.progressOf("DE-2026-000001", "7100009").percent()).isZero();
    }

    @Test
    void shouldLetOnlyAnAdministratorImport() {
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> progress("")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldReadProgressFromTheImportsOrTheApiAsConfigured() throws Exception {
        progress("DE-2026-004211,7100001,60,120,2026-11-25T10:00:00Z\n");
        LearningPlatform api = new LearningPlatform() {
            public Invitation invite(Member member) {
                throw new UnsupportedOperationException();
            }

            public AccountStatus accountStatus(String externalId) {
                throw new UnsupportedOperationException();
            }

            public Enrolment enrol(String externalId, String courseId) {
                throw new UnsupportedOperationException();
            }

            public Progress progress(String externalId, String courseId) {
                return new Progress(externalId, courseId, 15, 30, null, null, null);
            }

            public String name() {
                return "stand-in API";
            }
        };

        assertThat(new ProgressReadings(api, exports, settings("import"))
                        .read("DE-2026-004211", "7100001")
                        .percent())
                .isEqualTo(60);
        assertThat(new ProgressReadings(api, exports, settings("api"))
                        .read("DE-2026-004211", "7100001")
                        .percent())
                .isEqualTo(15);
    }

    private static LearningPlatformSettings settings(String progressSource) {
        return new LearningPlatformSettings("simulator", null, null, null, null, null, progressSource);
    }
}
