package lu.adem.tremplin.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

/**
 * The production profile on a real PostgreSQL server: the local one by default (.ci/run starts it),
 * another through TREMPLIN_TEST_PG_URL / _USER / _PASSWORD. Each run gets a database of its own;
 * databases of earlier runs are dropped first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class PostgresIntegrationTests {

    static final String SERVER = env("TREMPLIN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String USER = env("TREMPLIN_TEST_PG_USER", "postgres");
    static final String PASSWORD = env("TREMPLIN_TEST_PG_PASSWORD", "");
    static final String PREFIX = "tremplin_it_";

    @Autowired Onboarding onboarding;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired RepositoryService repositoryService;
    @Autowired ProcessResourceDeployment startupDeployment;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.context.ApplicationContext context;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        String database = PREFIX + System.currentTimeMillis();
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            List<String> earlier = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "select datname from pg_database where datname like '" + PREFIX + "%'")) {
                while (rs.next()) {
                    earlier.add(rs.getString(1));
                }
            }
            for (String old : earlier) {
                statement.execute("drop database if exists " + old + " with (force)");
            }
            statement.execute("create database " + database);
        }
        registry.add("TREMPLIN_DB_URL", () -> SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + database);
        registry.add("TREMPLIN_DB_USER", () -> USER);
        registry.add("TREMPLIN_DB_PASSWORD", () -> PASSWORD);
        registry.add("TREMPLIN_ADMIN_USER", () -> "ops");
        registry.add("TREMPLIN_ADMIN_PASSWORD", () -> "a-long-enough-secret");
        registry.add("camunda.bpm.job-execution.enabled", () -> "false");
        registry.add("TREMPLIN_PLATFORM_MODE", () -> "simulator");
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
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from jobseeker where registration_number like 'DE-2026-%'")
                .query(Integer.class).single()).as("no demo jobseekers in production").isZero();
        assertThat(jdbc.sql("select count(*) from user_preference").query(Integer.class).single()).isZero();
        assertThat(identityService.createUserQuery().userId("counsellor").count()).isZero();
        assertThat(identityService.checkPassword("ops", "a-long-enough-secret")).isTrue();
    }

    @Test
    void shouldTakeAnAutonomousJobseekerFromProposalToEnrolledOnPostgres() {
        signIn("ops", "ROLE_ADMIN");
        context.getBean(lu.adem.tremplin.jobseeker.Jobseekers.class).save(new lu.adem.tremplin.jobseeker.Jobseeker(null,
                "DE-PG-000001", "Ana", "Pereira", Agency.ESCH_SUR_ALZETTE, null,
                java.util.EnumSet.of(lu.adem.tremplin.jobseeker.Language.FR), null, null, null, null));
        SecurityContextHolder.clearContext();
        String instance = onboarding.proposeProgramme("DE-PG-000001", Agency.ESCH_SUR_ALZETTE);
        identityService.setAuthentication("counsellor2", List.of("counsellor", Agency.ESCH_SUR_ALZETTE.groupId()));

        completeOnly("DE-PG-000001", OnboardingProcess.TASK_PROPOSE_PROGRAMME, Map.of(
                OnboardingProcess.VAR_PROPOSAL_CHANNEL, "PHONE", OnboardingProcess.VAR_PROPOSAL_OUTCOME, OnboardingProcess.OUTCOME_ACCEPTED));
        completeOnly("DE-PG-000001", OnboardingProcess.TASK_PRIVACY_NOTICE, Map.of(
                OnboardingProcess.VAR_PRIVACY_NOTICE_GIVEN, true, OnboardingProcess.VAR_PRIVACY_NOTICE_CHANNEL, "IN_PERSON"));
        Map<String, Object> strong = new java.util.HashMap<>(Map.of("a1", 3, "a2", 2, "a3", 2, "s1", 3, "s2", 3,
                "s3", 2, "s4", 2, "s5", 2, "l1", 2, "l2", 2));
        strong.put("l3", 1);
        strong.put("m1", 3);
        completeOnly("DE-PG-000001", "RunInterview", strong);
        completeOnly("DE-PG-000001", "ValidateRoute", Map.of("routeDecision", "CONFIRM"));

        identityService.clearAuthentication();
        var management = context.getBean(org.camunda.bpm.engine.ManagementService.class);
        var simulator = context.getBean(lu.adem.tremplin.learningplatform.simulator.LearningPlatformSimulator.class);
        java.util.function.Consumer<String> runJobAt = activity -> management.executeJob(management.createJobQuery()
                .processInstanceId(instance).activityId(activity).singleResult().getId());

        runJobAt.accept(OnboardingProcess.TASK_INVITE);
        runJobAt.accept(OnboardingProcess.TASK_CHECK_ACTIVATION);
        assertThat(simulator.accountStatus("DE-PG-000001")).isEqualTo(lu.adem.tremplin.learningplatform.LearningPlatform.AccountStatus.INVITED);
        assertThat(simulator.activate("DE-PG-000001")).isTrue();
        runJobAt.accept(OnboardingProcess.TIMER_CHECK_AGAIN);
        runJobAt.accept(OnboardingProcess.TASK_CHECK_ACTIVATION);

        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityId(OnboardingProcess.END_ENROLLED).count()).isOne();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName(OnboardingProcess.VAR_ROUTE).singleResult().getValue()).isEqualTo("AUTONOMOUS");
        assertThat(context.getBean(lu.adem.tremplin.outbox.Outbox.class).messagesFor("DE-PG-000001"))
                .extracting(message -> message.kind() + " " + message.status())
                .containsExactly("PLATFORM_INVITATION NO_ADDRESS");
    }

    /** Completes the one open task of this jobseeker's cases, checking it is the expected step. */
    private void completeOnly(String businessKey, String taskDefinitionKey, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(taskDefinitionKey);
        taskService.complete(task.getId(), variables);
    }

    @Test
    void shouldImportAndSearchJobseekersOnPostgres() throws Exception {
        var jobseekers = context.getBean(lu.adem.tremplin.jobseeker.Jobseekers.class);
        String csv = "registration_number;last_name;first_name;agency;referent_counsellor;languages;email;phone;target_occupation\n"
                + "DE-PG-1;Kremer;Nuno;luxembourg;;FR|ES;;;G1602\n"
                + "DE-PG-2;Kremer;Ivana;esch-sur-alzette;;DE;;;\n";
        signIn("ops", "ROLE_ADMIN");
        assertThat(jobseekers.importCsv(new java.io.StringReader(csv)).created()).isEqualTo(2);
        assertThat(jobseekers.importCsv(new java.io.StringReader(csv)).unchanged()).isEqualTo(2);

        signIn("counsellor", "ROLE_COUNSELLOR", "GROUP_agency-luxembourg");
        assertThat(jobseekers.search("kremer", 0, 10)).extracting(j -> j.registrationNumber()).containsExactly("DE-PG-1");
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String user, String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                null, AuthorityUtils.createAuthorityList(authorities)));
    }

    @Test
    void shouldNeverOverbookTheLastSeatOnPostgres() throws Exception {
        var clubs = context.getBean(lu.adem.tremplin.clubemploi.ClubsEmploi.class);
        var oneSeat = new lu.adem.tremplin.clubemploi.Club("PG_TEST", "Club emploi test", 1,
                java.util.EnumSet.allOf(java.time.DayOfWeek.class), List.of(java.time.LocalTime.of(9, 0)),
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
            assertThat(jdbc.sql("select booked from club_slot where club = 'PG_TEST'").query(Integer.class).single()).isOne();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldDeployNoNewVersionOnRestart() throws Exception {
        long versions = repositoryService.createProcessDefinitionQuery().count();

        startupDeployment.run(null);

        assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(versions);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
