package lu.adem.tremplin.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import lu.adem.tremplin.onboarding.Onboarding;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.shared.security.SignInLock;
import lu.adem.tremplin.shared.security.SignInLocks;
import lu.adem.tremplin.support.LocalPostgres;
import lu.adem.tremplin.support.Questionnaire;
import lu.adem.tremplin.support.TestSignIn;
import lu.adem.tremplin.support.WebSession;

/**
 * The production profile on a real PostgreSQL server: the local one by default (.ci/run starts it),
 * another through TREMPLIN_TEST_PG_URL / _USER / _PASSWORD. Each run gets a database of its own;
 * databases of earlier runs are dropped first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class PostgresIntegrationTests {

    static final String PREFIX = "tremplin_it_";
    static final String PHONE = "+352 621 000 606";

    @Autowired
    Onboarding onboarding;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    IdentityService identityService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ProcessResourceDeployment startupDeployment;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        LocalPostgres.freshDatabase(PREFIX, registry);
        registry.add("TREMPLIN_ADMIN_USER", () -> "ops");
        registry.add("TREMPLIN_ADMIN_PASSWORD", () -> "a-long-enough-secret");
        registry.add("camunda.bpm.job-execution.enabled", () -> "false");
        registry.add("TREMPLIN_PLATFORM_MODE", () -> "simulator");
        registry.add("TREMPLIN_PUBLIC_URL", () -> "https://tremplin.example.lu");
        // follow-up reads progress from the partner's imported exports (the file-based way of issue 4)
        registry.add("TREMPLIN_PLATFORM_PROGRESS_SOURCE", () -> "import");
        // Failsafe gives each integration test class a JVM of its own (pom.xml); the engine name makes
        // this one recognisable in the logs.
        registry.add("camunda.bpm.process-engine-name", () -> "postgres-it");
    }

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    @Test
    void shouldCreateTremplinsTablesWithFlywayAndNoDemoAccounts() {
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where version in ('1', '2') and success")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from jobseeker where registration_number like 'DE-2026-%'")
                        .query(Integer.class)
                        .single())
                .as("no demo jobseekers in production")
                .isZero();
        assertThat(jdbc.sql("select count(*) from user_preference")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(identityService.createUserQuery().userId("counsellor").count())
                .isZero();
        assertThat(identityService.checkPassword("ops", "a-long-enough-secret")).isTrue();
    }

    @Test
    void shouldTakeAnAutonomousJobseekerFromProposalToEnrolledOnPostgres() {
        String instance = acceptedAndInformed("DE-PG-000001");
        interview("DE-PG-000001", Questionnaire.autonomous());

        enrol(instance, "DE-PG-000001");

        assertThat(historyService
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(instance)
                        .variableName(CaseVariables.ROUTE)
                        .singleResult()
                        .getValue())
                .isEqualTo("AUTONOMOUS");
        assertThat(context.getBean(lu.adem.tremplin.outbox.Outbox.class).messagesFor("DE-PG-000001"))
                .extracting(message -> message.kind() + " " + message.status())
                .containsExactly("PLATFORM_INVITATION NO_ADDRESS");
    }

    @Test
    void shouldEnrolAfterAGuidedStartBookedAtAClubEmploiOnPostgres() {
        String instance = acceptedAndInformed("DE-PG-000002");
        interview("DE-PG-000002", Questionnaire.guidedStart());
        completeOnly(
                "DE-PG-000002",
                OnboardingProcess.TASK_BOOK_GUIDED_START,
                Map.of(
                        OnboardingProcess.VAR_GUIDED_START_CLUB,
                        "ESCH_SUR_ALZETTE",
                        OnboardingProcess.VAR_GUIDED_START_SESSIONS,
                        2L,
                        OnboardingProcess.VAR_GUIDED_START_FIRST_SESSION,
                        java.time.LocalDate.now().plusDays(3).toString()));
        assertThat(jdbc.sql("select count(*) from club_booking where jobseeker_id = 'DE-PG-000002'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        completeOnly(
                "DE-PG-000002",
                OnboardingProcess.TASK_CONFIRM_ATTENDANCE,
                Map.of(OnboardingProcess.VAR_ATTENDED_SESSIONS, 2L));

        enrol(instance, "DE-PG-000002");
    }

    @Test
    void shouldEnrolAfterBasicTrainingAndAReassessmentOnPostgres() {
        String instance = acceptedAndInformed("DE-PG-000003");
        interview("DE-PG-000003", Questionnaire.basicTraining());
        completeOnly(
                "DE-PG-000003",
                OnboardingProcess.TASK_REFER_BASIC_TRAINING,
                Map.of("basicTrainingProvider", "CLUB_EMPLOI_WORKSHOP", "basicTrainingReferred", true));
        runJobAt(instance, OnboardingProcess.TIMER_REASSESS);
        interview("DE-PG-000003", Questionnaire.autonomous());

        enrol(instance, "DE-PG-000003");
    }

    @Test
    void shouldEnrolAfterLanguageSupportAndAReassessmentOnPostgres() {
        String instance = acceptedAndInformed("DE-PG-000004");
        interview("DE-PG-000004", Questionnaire.languageSupport());
        completeOnly(
                "DE-PG-000004",
                OnboardingProcess.TASK_DECIDE_LANGUAGE_SUPPORT,
                Map.of(OnboardingProcess.VAR_LANGUAGE_DECISION, "REASSESS"));
        runJobAt(instance, OnboardingProcess.TIMER_REASSESS_LANGUAGE);
        interview("DE-PG-000004", Questionnaire.autonomous());

        enrol(instance, "DE-PG-000004");
    }

    @Test
    void shouldTakeTheJobseekersSelfAssessmentThroughThePersonalLinkOnPostgres() {
        String instance = acceptedAndInformed("DE-PG-000005", "ana.self@example.lu", "SELF");
        var message = context.getBean(lu.adem.tremplin.outbox.Outbox.class)
                .messagesFor("DE-PG-000005")
                .get(0);
        assertThat(message.kind()).isEqualTo(lu.adem.tremplin.outbox.MessageKind.SELF_ASSESSMENT_LINK);
        var link = java.util.regex.Pattern.compile(
                        "https://tremplin\\.example\\.lu/self-assessment/([A-Za-z0-9_-]{43})")
                .matcher(message.body());
        assertThat(link.find()).as(message.body()).isTrue();
        var selfAssessment = context.getBean(lu.adem.tremplin.assessment.SelfAssessment.class);
        Map<String, Object> answers = new java.util.HashMap<>(Questionnaire.autonomous());
        answers.put("x1", false);
        answers.put("x2", true);

        assertThat(selfAssessment.submit(link.group(1), answers))
                .isEqualTo(lu.adem.tremplin.assessment.SelfAssessment.Submission.ACCEPTED);
        assertThat(selfAssessment.submit(link.group(1), answers))
                .isEqualTo(lu.adem.tremplin.assessment.SelfAssessment.Submission.ALREADY_SENT);
        completeOnly("DE-PG-000005", "ValidateRoute", Map.of("routeDecision", "CONFIRM"));

        enrol(instance, "DE-PG-000005");
        assertThat(historyService
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(instance)
                        .variableName(CaseVariables.ROUTE)
                        .singleResult()
                        .getValue())
                .isEqualTo("AUTONOMOUS");
    }

    @Test
    void shouldGoFromEnrolledThroughImportedProgressToACertificateAndTheEndOfTheFollowUpOnPostgres() throws Exception {
        signIn("ops", "ROLE_ADMIN");
        var catalogue = context.getBean(lu.adem.tremplin.catalogue.Catalogue.class);
        var report = catalogue.importCsv(
                new java.io.StringReader(
                        "platform_id,title,language,difficulty,duration_hours,topic,skills,paths,url\n"
                                + "7300001,Rédigez un CV qui vous ressemble,fr,beginner,3,job-search,cv-writing,,https://openclassrooms.com/fr/courses/7300001\n"
                                + "7300002,Cherchez un emploi en ligne,fr,beginner,4,job-search,online-job-search,,https://openclassrooms.com/fr/courses/7300002\n"
                                + "7300003,Initiez-vous à l'e-mail,fr,beginner,2,digital-basics,email,,https://openclassrooms.com/fr/courses/7300003\n"),
                "pg-test.csv");
        assertThat(report.created()).isEqualTo(3);
        String onboardingCase = acceptedAndInformed("DE-PG-000006", "ana.pereira@example.lu", "INTERVIEW");
        interview("DE-PG-000006", Questionnaire.autonomous());
        enrol(onboardingCase, "DE-PG-000006");

        // course recommendation started on "jobseeker-enrolled": a shortlist of the job-search basics
        String choice = instanceOf("course-recommendation", "DE-PG-000006");
        assertThat((String) context.getBean(org.camunda.bpm.engine.RuntimeService.class)
                        .getVariable(choice, "shortlist"))
                .isEqualTo("7300003,7300001,7300002");
        completeOnly("DE-PG-000006", "ChooseCourse", Map.of("courseChoice", "CHOSEN", "chosenCourseId", "7300001"));
        runJobAt(choice, "EnrolInCourse");

        // follow-up started on "course-enrolled": first reading, nothing done yet
        String followUp = instanceOf("follow-up", "DE-PG-000006");
        runJobAt(followUp, "SyncProgress");
        // the partner's exports arrive: progress to 100 %, then the certificate (each imported twice: no change)
        var exports = context.getBean(lu.adem.tremplin.learningplatform.ProgressExports.class);
        signIn("ops", "ROLE_ADMIN");
        String progress = "external_id,course_id,progress,time_spent_minutes,last_activity_at\n"
                + "DE-PG-000006,7300001,100,190,2026-11-27T10:00:00Z\n";
        String certificates = "external_id,course_id,certificate_at\nDE-PG-000006,7300001,2026-11-27T11:00:00Z\n";
        assertThat(exports.importProgress(new java.io.StringReader(progress)).created())
                .isOne();
        assertThat(exports.importProgress(new java.io.StringReader(progress)).unchanged())
                .isOne();
        assertThat(exports.importCertificates(new java.io.StringReader(certificates))
                        .updated())
                .isOne();
        assertThat(exports.importCertificates(new java.io.StringReader(certificates))
                        .unchanged())
                .isOne();
        SecurityContextHolder.clearContext();
        runJobAt(followUp, "WaitAWeek");
        runJobAt(followUp, "SyncProgress");
        completeOnly(
                "DE-PG-000006", "RecordCertificate", Map.of("certificateOnActionPlan", true, "certificateOnCv", true));
        completeOnly("DE-PG-000006", "OfferNextCourse", Map.of("nextCourseOutcome", "DONE"));

        var ended = historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(followUp)
                .singleResult();
        assertThat(ended.getEndActivityId()).isEqualTo("FollowUpEnded");
        assertThat(historyService
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(followUp)
                        .variableName("certificateReceived")
                        .singleResult()
                        .getValue())
                .isEqualTo(true);

        // minimisation (issue 17): the journey through the four processes wrote no name, address or free text
        MinimisedVariables.assertNone(historyService, List.of("Ana", "Pereira", "ana.pereira@example.lu", PHONE));
    }

    private String instanceOf(String processKey, String number) {
        return context.getBean(org.camunda.bpm.engine.RuntimeService.class)
                .createProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(number)
                .singleResult()
                .getId();
    }

    /** A registered jobseeker of Esch who accepted the programme and received the privacy notice. */
    private String acceptedAndInformed(String number) {
        return acceptedAndInformed(number, null, "INTERVIEW");
    }

    private String acceptedAndInformed(String number, String email, String assessmentMode) {
        signIn("ops", "ROLE_ADMIN");
        context.getBean(lu.adem.tremplin.jobseeker.Jobseekers.class)
                .save(new lu.adem.tremplin.jobseeker.Jobseeker(
                        null,
                        number,
                        "Ana",
                        "Pereira",
                        Agency.ESCH_SUR_ALZETTE,
                        null,
                        java.util.EnumSet.of(lu.adem.tremplin.jobseeker.Language.FR),
                        email,
                        PHONE,
                        null,
                        null));
        SecurityContextHolder.clearContext();
        String instance = onboarding.proposeProgramme(number, Agency.ESCH_SUR_ALZETTE);
        completeOnly(
                number,
                OnboardingProcess.TASK_PROPOSE_PROGRAMME,
                Map.of(
                        OnboardingProcess.VAR_PROPOSAL_CHANNEL,
                        "PHONE",
                        OnboardingProcess.VAR_PROPOSAL_OUTCOME,
                        OnboardingProcess.OUTCOME_ACCEPTED));
        completeOnly(
                number,
                OnboardingProcess.TASK_PRIVACY_NOTICE,
                Map.of(
                        OnboardingProcess.VAR_PRIVACY_NOTICE_GIVEN,
                        true,
                        OnboardingProcess.VAR_PRIVACY_NOTICE_CHANNEL,
                        "IN_PERSON",
                        "assessmentMode",
                        assessmentMode));
        return instance;
    }

    private void interview(String number, Map<String, Object> answers) {
        completeOnly(number, "RunInterview", answers);
        completeOnly(number, "ValidateRoute", Map.of("routeDecision", "CONFIRM"));
    }

    /** Invitation, a first check (not yet active), the jobseeker activates in the simulator, the next check. */
    private void enrol(String instance, String number) {
        var simulator = context.getBean(lu.adem.tremplin.learningplatform.simulator.LearningPlatformSimulator.class);
        runJobAt(instance, OnboardingProcess.TASK_INVITE);
        runJobAt(instance, OnboardingProcess.TASK_CHECK_ACTIVATION);
        assertThat(simulator.activate(number)).isTrue();
        runJobAt(instance, OnboardingProcess.TIMER_CHECK_AGAIN);
        runJobAt(instance, OnboardingProcess.TASK_CHECK_ACTIVATION);
        assertThat(historyService
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(instance)
                        .activityId(OnboardingProcess.END_ENROLLED)
                        .count())
                .isOne();
    }

    private void runJobAt(String instance, String activity) {
        var management = context.getBean(org.camunda.bpm.engine.ManagementService.class);
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(instance)
                .activityId(activity)
                .singleResult()
                .getId());
    }

    /** As the case's counsellor, completes the one open task of this jobseeker's cases, checking it is the expected step. */
    private void completeOnly(String businessKey, String taskDefinitionKey, Map<String, Object> variables) {
        identityService.setAuthentication("counsellor2", List.of("counsellor", Agency.ESCH_SUR_ALZETTE.groupId()));
        try {
            Task task = taskService
                    .createTaskQuery()
                    .processInstanceBusinessKey(businessKey)
                    .singleResult();
            assertThat(task.getTaskDefinitionKey()).isEqualTo(taskDefinitionKey);
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void shouldImportAndSearchJobseekersOnPostgres() throws Exception {
        var jobseekers = context.getBean(lu.adem.tremplin.jobseeker.Jobseekers.class);
        String csv =
                "registration_number;last_name;first_name;agency;referent_counsellor;languages;email;phone;target_occupation\n"
                        + "DE-PG-1;Kremer;Nuno;luxembourg;;FR|ES;;;G1602\n"
                        + "DE-PG-2;Kremer;Ivana;esch-sur-alzette;;DE;;;\n";
        signIn("ops", "ROLE_ADMIN");
        assertThat(jobseekers.importCsv(new java.io.StringReader(csv)).created())
                .isEqualTo(2);
        assertThat(jobseekers.importCsv(new java.io.StringReader(csv)).unchanged())
                .isEqualTo(2);

        signIn("counsellor", "ROLE_COUNSELLOR", "GROUP_agency-luxembourg");
        assertThat(jobseekers.search("kremer", 0, 10))
                .extracting(j -> j.registrationNumber())
                .containsExactly("DE-PG-1");
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String user, String... authorities) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user, null, AuthorityUtils.createAuthorityList(authorities)));
    }

    @Test
    void shouldNeverOverbookTheLastSeatOnPostgres() throws Exception {
        var clubs = context.getBean(lu.adem.tremplin.clubemploi.ClubsEmploi.class);
        var oneSeat = new lu.adem.tremplin.clubemploi.Club(
                "PG_TEST",
                "Club emploi test",
                1,
                java.util.EnumSet.allOf(java.time.DayOfWeek.class),
                List.of(java.time.LocalTime.of(9, 0)),
                java.time.Duration.ofHours(2));
        var session = java.time.LocalDateTime.of(2026, 12, 1, 9, 0);
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String jobseeker = "DE-PG-SEAT-" + i;
                attempts.add(pool.submit(() -> {
                    start.await();
                    return clubs.reserve(oneSeat, session, jobseeker).isPresent();
                }));
            }
            start.countDown();
            long seats = 0;
            for (var attempt : attempts) {
                seats += attempt.get(30, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(seats).isOne();
            assertThat(jdbc.sql("select booked from club_slot where club = 'PG_TEST'")
                            .query(Integer.class)
                            .single())
                    .isOne();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldCountParallelWrongPasswordsOneAtATimeAndLetAnAdministratorLiftTheDelayOnPostgres() throws Exception {
        var user = identityService.newUser("pgThrottled");
        user.setPassword("a-long-enough-secret");
        identityService.saveUser(user);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<String>> attempts = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                attempts.add(pool.submit(() -> WebSession.anonymous(port)
                        .login("pgThrottled", "wrong")
                        .headers()
                        .firstValue("Location")
                        .orElse("")));
            }
            long checked = 0;
            for (var attempt : attempts) {
                checked +=
                        attempt.get(30, java.util.concurrent.TimeUnit.SECONDS).contains("paused") ? 0 : 1;
            }
            assertThat(checked)
                    .as("five free attempts and the one that starts the delay")
                    .isEqualTo(6);

            TestSignIn.as(identityService, "ops");
            SignInLocks locks = context.getBean(SignInLocks.class);
            assertThat(locks.current()).anySatisfy(lock -> {
                assertThat(lock.subject()).isEqualTo("pgthrottled");
                assertThat(lock.failures()).isEqualTo(6);
            });
            locks.lift(SignInLock.Kind.ACCOUNT, "pgThrottled");
            assertThat(WebSession.anonymous(port)
                            .login("pgThrottled", "a-long-enough-secret")
                            .headers()
                            .firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
        } finally {
            pool.shutdownNow();
            SecurityContextHolder.clearContext();
        }
    }

    /** Every query of the engine-table seam on PostgreSQL, in this class's context (H2: {@code EngineTablesTests}). */
    @org.junit.jupiter.api.Nested
    class EngineTablesOnPostgres extends lu.adem.tremplin.shared.engine.tables.EngineTablesContract {}

    /** What the engine holds about a jobseeker, and its anonymisation, on PostgreSQL (H2: {@code EngineHistoryTests}). */
    @org.junit.jupiter.api.Nested
    class EngineHistoryOnPostgres extends lu.adem.tremplin.shared.engine.tables.EngineHistoryContract {}

    @Test
    void shouldSweepRetentionUnderItsLeaseOnPostgres() {
        var sweep = context.getBean(lu.adem.tremplin.privacy.RetentionSweep.class);

        assertThat(sweep.sweep())
                .as("before the pilot's evaluation window closed, nobody is due")
                .contains(0);
        assertThat(sweep.lastRun()).isPresent();
        jdbc.sql("update retention_sweep set leased_until = ?, leased_by = 'other'")
                .param(java.time.LocalDateTime.now(context.getBean(java.time.Clock.class))
                        .plusHours(1))
                .update();
        try {
            assertThat(sweep.sweep()).as("another node holds the sweep").isEmpty();
        } finally {
            jdbc.sql("update retention_sweep set leased_until = null, leased_by = null")
                    .update();
        }
    }

    @Test
    void shouldDeployNoNewVersionOnRestart() throws Exception {
        long versions = repositoryService.createProcessDefinitionQuery().count();

        startupDeployment.run(null);

        assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(versions);
    }
}
