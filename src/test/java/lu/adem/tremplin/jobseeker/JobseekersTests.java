package lu.adem.tremplin.jobseeker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import lu.adem.tremplin.jobseeker.JobseekerCsvImport.LineError;
import lu.adem.tremplin.jobseeker.JobseekerCsvImport.Report;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.EngineClock;

/** The jobseeker table through its service, on H2 with the Flyway migrations; no engine, no UI. */
@JdbcTest
@Import({JobseekerRepository.class, Jobseekers.class, EngineClock.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class JobseekersTests {

    static final String HEADER =
            "registration_number;last_name;first_name;agency;referent_counsellor;languages;email;phone;target_occupation\n";

    @Autowired
    Jobseekers jobseekers;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyTable() {
        jdbc.sql("delete from jobseeker").update();
        signIn("admin", "ROLE_ADMIN");
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

    private Report importCsv(String rows) throws Exception {
        return jobseekers.importCsv(new StringReader(HEADER + rows));
    }

    private static Jobseeker person(String number, String last, Agency agency) {
        return new Jobseeker(null, number, "Ana", last, agency, null, EnumSet.of(Language.FR), null, null, null, null);
    }

    @Test
    void shouldUpsertByRegistrationNumberAndChangeNothingOnASecondImport() throws Exception {
        String rows = """
                DE-1001;Schmit;Claire;luxembourg;counsellor;FR|DE;claire.schmit@example.lu;+352 621 000 001;M1607
                DE-1002;Da Silva;João;Esch-sur-Alzette;counsellor2;FR|ES;;;K2204
                DE-1003;Weber;Marc;wiltz;;EN;;;
                """;

        assertThat(importCsv(rows)).isEqualTo(new Report(3, 0, 0, List.of()));
        assertThat(importCsv(rows)).isEqualTo(new Report(0, 0, 3, List.of()));
        assertThat(importCsv(rows.replace("Weber;Marc;wiltz", "Weber;Marc;diekirch")))
                .isEqualTo(new Report(0, 1, 2, List.of()));

        Jobseeker joao = jobseekers.find("DE-1002").orElseThrow();
        assertThat(joao.agency()).isEqualTo(Agency.ESCH_SUR_ALZETTE);
        assertThat(joao.languages()).containsExactlyInAnyOrder(Language.FR, Language.ES);
        assertThat(joao.email()).isNull();
        assertThat(jobseekers.find("DE-1003").orElseThrow().agency()).isEqualTo(Agency.DIEKIRCH);
    }

    @Test
    void shouldImportTheOptionalActiveColumnAsARegistrationWithoutPersonalData() throws Exception {
        String header = HEADER.strip() + ";active\n";
        String row = "DE-1101;Thill;Luc;diekirch;;FR;;;;%s\n";

        assertThat(jobseekers
                        .importCsv(new StringReader(header + row.formatted("no")))
                        .created())
                .isOne();
        assertThat(jobseekers.registrationOf("DE-1101")).hasValue(new Registration("DE-1101", Agency.DIEKIRCH, false));
        assertThat(jobseekers
                        .importCsv(new StringReader(header + row.formatted("non")))
                        .unchanged())
                .isOne();
        assertThat(jobseekers
                        .importCsv(new StringReader(header + row.formatted("1")))
                        .updated())
                .isOne();
        assertThat(jobseekers.registrationOf("DE-1101").orElseThrow().active()).isTrue();
        assertThat(jobseekers
                        .importCsv(new StringReader(header + row.formatted("maybe")))
                        .errors())
                .extracting(LineError::message)
                .containsExactly("active must be true or false, was 'maybe'");
    }

    @Test
    void shouldReportMalformedRowsByLineAndKeepTheValidOnes() throws Exception {
        Report report = importCsv("""
                DE-2001;Thill;Luc;luxembourg;;FR;;;
                DE-2002;Klein;Sara;luxembourg;;FR;not-an-email;;
                DE-2003;Braun;Tom;Paris;;FR;;;
                DE-2004;Marx
                DE-2005;Hoxha;Arben;luxembourg;;FR;;;X9999
                DE-2006;Weis;Lara;luxembourg;;FR|LB;;;
                """);

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.errors()).extracting(LineError::line).containsExactly(3L, 4L, 5L, 6L);
        assertThat(report.errors())
                .extracting(LineError::message)
                .containsExactly(
                        "email address is not valid",
                        "unknown agency 'Paris'",
                        "expected 9 columns, found 2",
                        "target occupation must be a ROME code such as M1607");
        assertThat(jobseekers.find("DE-2002")).isEmpty();
        assertThat(jobseekers.find("DE-2006")).isPresent();
    }

    @Test
    void shouldReadCommaSeparatedExportsToo() throws Exception {
        Report report = jobseekers.importCsv(
                new StringReader(HEADER.replace(';', ',') + "DE-3001,Faber,Julie,wasserbillig,,\"FR,DE\",,,\n"));

        assertThat(report).isEqualTo(new Report(1, 0, 0, List.of()));
        assertThat(jobseekers.find("DE-3001").orElseThrow().languages())
                .containsExactlyInAnyOrder(Language.FR, Language.DE);
    }

    @Test
    void shouldRefuseAFileWithoutTheExpectedColumns() throws Exception {
        Report report = jobseekers.importCsv(new StringReader("number;name\nDE-1;X\n"));

        assertThat(report.created()).isZero();
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.message()).startsWith("missing columns: registration_number, last_name");
        });
    }

    @Test
    void shouldLetOnlyAdministratorsImport() {
        signIn("counsellor", "ROLE_COUNSELLOR", "GROUP_agency-luxembourg");

        assertThatThrownBy(() -> importCsv("DE-4001;Thill;Luc;luxembourg;;FR;;;\n"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldShowACounsellorOnlyTheirAgencysJobseekers() {
        jobseekers.save(person("DE-5001", "Lambert", Agency.LUXEMBOURG));
        jobseekers.save(person("DE-5002", "Lambertz", Agency.ESCH_SUR_ALZETTE));

        signIn("counsellor", "ROLE_COUNSELLOR", "GROUP_agency-luxembourg");
        assertThat(jobseekers.search("lambert", 0, 50))
                .extracting(Jobseeker::registrationNumber)
                .containsExactly("DE-5001");
        assertThat(jobseekers.count("")).isEqualTo(1);
        assertThat(jobseekers.find("DE-5002")).isEmpty();
        assertThatThrownBy(() -> jobseekers.save(person("DE-5003", "Other", Agency.ESCH_SUR_ALZETTE)))
                .isInstanceOf(AccessDeniedException.class);

        signIn("supervisor", "ROLE_SUPERVISOR");
        assertThat(jobseekers.search("LAMBERT", 0, 50)).hasSize(2);
    }

    @Test
    void shouldFindByFullNameAndNumberAndTreatWildcardsLiterally() {
        jobseekers.save(person("DE-6001", "Da Silva", Agency.LUXEMBOURG));

        assertThat(jobseekers.search("ana da s", 0, 10)).hasSize(1);
        assertThat(jobseekers.search("6001", 0, 10)).hasSize(1);
        assertThat(jobseekers.search("%", 0, 10)).isEmpty();
    }

    @Test
    void shouldRefuseToOverwriteAColleaguesEdit() {
        Jobseeker saved = jobseekers.save(person("DE-7001", "Majerus", Agency.LUXEMBOURG));
        Jobseeker mine = saved.withDetailsOf(person("DE-7001", "Majerus-Thill", Agency.LUXEMBOURG));
        Jobseeker theirs = saved.withDetailsOf(person("DE-7001", "Majerus-Weber", Agency.LUXEMBOURG));

        jobseekers.save(theirs);

        assertThatThrownBy(() -> jobseekers.save(mine)).isInstanceOf(Jobseekers.ChangedMeanwhile.class);
        assertThat(jobseekers.find("DE-7001").orElseThrow().lastName()).isEqualTo("Majerus-Weber");
    }

    @Test
    void shouldNameEachInvalidFieldAndRefuseADuplicateNumber() {
        jobseekers.save(person("DE-8001", "Origer", Agency.LUXEMBOURG));
        Jobseeker invalid =
                new Jobseeker(null, "de 8002", " ", "Zeimet", Agency.WILTZ, null, Set.of(), "x@", "abc", "1234", null);

        assertThatThrownBy(() -> jobseekers.save(invalid))
                .isInstanceOfSatisfying(
                        Jobseekers.InvalidJobseeker.class,
                        e -> assertThat(e.problems())
                                .containsOnlyKeys(
                                        "registrationNumber",
                                        "firstName",
                                        "languages",
                                        "email",
                                        "phone",
                                        "targetOccupation"));
        assertThatThrownBy(() -> jobseekers.save(person("DE-8001", "Other", Agency.LUXEMBOURG)))
                .isInstanceOfSatisfying(
                        Jobseekers.InvalidJobseeker.class,
                        e -> assertThat(e.problems()).containsKey("registrationNumber"));
    }

    @Test
    void shouldGenerateTwoHundredValidDemoJobseekersIncludingTheDemoCases() {
        List<Jobseeker> demo = DemoJobseekers.generate();

        assertThat(demo)
                .hasSize(DemoJobseekers.COUNT)
                .allSatisfy(j -> assertThat(JobseekerRules.problems(j))
                        .as(j.registrationNumber())
                        .isEmpty());
        assertThat(demo)
                .extracting(Jobseeker::registrationNumber)
                .doesNotHaveDuplicates()
                .containsAll(DemoJobseekers.DEMO_CASES.keySet());
        DemoJobseekers.DEMO_CASES.forEach((number, agency) -> assertThat(demo)
                .anySatisfy(j -> assertThat(j.registrationNumber() + j.agency()).isEqualTo(number + agency)));
        assertThat(demo).extracting(Jobseeker::agency).contains(Agency.values());
    }
}
