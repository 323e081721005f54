package lu.adem.tremplin.inbox.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import lu.adem.tremplin.onboarding.Onboarding;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.LocalPostgres;
import lu.adem.tremplin.support.Rounds;
import lu.adem.tremplin.support.TestSignIn;

/**
 * Benchmark, not a test (Surefire runs *Tests only): the inbox at 100,000 open tasks on PostgreSQL,
 * against Camunda's own REST task query on the same database in the same run. Run:
 * {@code ./mvnw test -Dtest=InboxBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (the local
 * PostgreSQL server, or TREMPLIN_TEST_PG_URL / _USER / _PASSWORD; a database of its own, dropped
 * by the next run).
 * <p>
 * Generator: the demo data set (200 jobseekers over the six agencies) gets one onboarding each, then
 * the engine's own runtime rows of every open case (execution tree, task, candidate-group link, the
 * task's group authorization, variables) are copied with new ids until there are 100,000 open tasks.
 * Copies keep their business key, so names resolve as they would for real cases; each copied task gets
 * a creation time of its own in the last 90 days and a due date one to three weeks after it.
 * <p>
 * Measured, up to 30 warm-up and 200 measured rounds each (fewer when a measurement passes 60 s, at
 * least 3), as Luxembourg's counsellor:
 * <ul>
 * <li>Tremplin: {@link Inbox#page} of <i>My agency's unassigned tasks</i>, 50 rows with business
 * columns (jobseeker name and languages, agency, route), and {@link Inbox#count};</li>
 * <li>Camunda's way (what Tasklist does): {@code GET /engine-rest/task?candidateGroup=…&unassigned=true}
 * 50 rows, then {@code GET /engine-rest/task/{id}/variables} for each row; and
 * {@code GET /engine-rest/task/count} with the same filter. Tremplin's REST API admits process owners
 * only, so the REST user is a process owner who is also a counsellor of the same agency.</li>
 * </ul>
 * For reference, Camunda's Java task query with the same filter under the counsellor's authorization.
 * Targets: page p95 &lt; 100 ms, count p95 &lt; 300 ms; the ratios to Camunda's way are printed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class InboxBenchmark {

    static final String PREFIX = "tremplin_bench_";
    static final int TASKS = 100_000;
    static final int PAGE = 50;
    static final int WARM_UP = 30;
    static final int ROUNDS = 200;
    /** A measurement stops early after this long (at least {@link #MIN_ROUNDS} rounds): Camunda's way is slow. */
    static final long BUDGET_NANOS = 60_000_000_000L;

    static final int MIN_ROUNDS = 3;
    /** Days before the seed's creation that a copy was created: spread over 90 days, the same for a copy's rows. */
    static final String DAYS_BACK = "mod(g * 37 + abs(hashtext(id_)), 90)";

    @Autowired
    Inbox inbox;

    @Autowired
    Onboarding onboarding;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        LocalPostgres.freshDatabase(PREFIX, registry);
        registry.add("TREMPLIN_PLATFORM_MODE", () -> "simulator");
        registry.add("TREMPLIN_PUBLIC_URL", () -> "https://tremplin.example.lu");
        // a throwaway database: the demo jobseekers and accounts are the benchmark's people
        registry.add("tremplin.demo.enabled", () -> "true");
        registry.add("camunda.bpm.job-execution.enabled", () -> "false");
        registry.add("camunda.bpm.process-engine-name", () -> "inbox-bench");
    }

    @Test
    void agencyInboxAtOneHundredThousandTasks() throws Exception {
        long generating = System.nanoTime();
        generate();
        long generated = (System.nanoTime() - generating) / 1_000_000;
        String agency = Agency.LUXEMBOURG.groupId();
        int open = jdbc.sql("select count(*) from act_ru_task")
                .query(Integer.class)
                .single();
        int agencyTasks = jdbc.sql("""
                select count(*) from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_
                where l.group_id_ = ? and l.type_ = 'candidate' and t.assignee_ is null""").param(agency).query(Integer.class).single();
        assertThat(open).isGreaterThanOrEqualTo(TASKS);

        identityService.createMembership("processowner", "counsellor");
        identityService.createMembership("processowner", agency);
        identityService.saveUser(identityService.newUser("benchwiltz"));
        identityService.createMembership("benchwiltz", "counsellor");
        identityService.createMembership("benchwiltz", Agency.WILTZ.groupId());

        signIn("counsellor");
        Inbox.Query query = new Inbox.Query(Inbox.TaskList.AGENCY, null, Inbox.Sort.DUE);
        assertThat(inbox.count(query)).isEqualTo(agencyTasks);
        List<InboxTask> first = inbox.page(query, 0, PAGE);
        assertThat(first)
                .hasSize(PAGE)
                .allSatisfy(task -> assertThat(task.jobseekerName()).isNotBlank());
        System.out.printf(
                "BENCHMARK inbox on PostgreSQL: %,d open tasks (%,d unassigned for %s), generated in %,d ms%n",
                open, agencyTasks, agency, generated);
        double[] page = measure(() -> inbox.page(query, 0, PAGE).size());
        report("Tremplin agency list, first page of " + PAGE + " with business columns", page);
        double[] count = measure(() -> inbox.count(query));
        report("Tremplin agency list, count", count);
        // the smallest agency: its tasks are rare in due-date order, the worst case for the index walk
        signIn("benchwiltz");
        int smallTasks = inbox.count(query);
        report(
                "Tremplin agency list of Wiltz (" + smallTasks + " tasks), first page",
                measure(() -> inbox.page(query, 0, PAGE).size()));
        signIn("counsellor");

        // the engine's own query under the counsellor's authorization, as the inbox read it before ADR 0009
        double[] enginePage = measure(() -> taskService
                .createTaskQuery()
                .taskCandidateGroup(agency)
                .taskUnassigned()
                .orderByDueDate()
                .asc()
                .listPage(0, PAGE)
                .size());
        report("Camunda Java task query as the counsellor, page of " + PAGE + " (no business columns)", enginePage);
        double[] engineCount = measure(() -> (int) taskService
                .createTaskQuery()
                .taskCandidateGroup(agency)
                .taskUnassigned()
                .count());
        report("Camunda Java task query as the counsellor, count", engineCount);

        String filter = "candidateGroup=" + agency + "&unassigned=true";
        JsonNode restFirst =
                get("/engine-rest/task?" + filter + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=" + PAGE);
        assertThat(restFirst).hasSize(PAGE);
        assertThat(get("/engine-rest/task/count?" + filter).path("count").asInt())
                .isEqualTo(agencyTasks);
        double[] restPage = measure(() -> {
            JsonNode tasks = get(
                    "/engine-rest/task?" + filter + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=" + PAGE);
            for (JsonNode task : tasks) {
                get("/engine-rest/task/" + task.path("id").asText() + "/variables?deserializeValues=false");
            }
            return tasks.size();
        });
        report("Camunda REST, task page of " + PAGE + " + one variable fetch per row", restPage);
        double[] restCount = measure(
                () -> get("/engine-rest/task/count?" + filter).path("count").asInt());
        report("Camunda REST, task count", restCount);
        System.out.printf(
                "BENCHMARK ratios (Tremplin / Camunda REST, p95): page %.2f, count %.2f%n",
                p(page, 95) / p(restPage, 95), p(count, 95) / p(restCount, 95));
    }

    /** Seeds one onboarding per demo jobseeker, then copies the open cases' runtime rows up to {@link #TASKS}. */
    private void generate() {
        List<String[]> people = jdbc.sql("select registration_number, agency from jobseeker")
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        for (String[] person : people) {
            if (!onboarding.isRunningFor(person[0])) {
                onboarding.proposeProgramme(person[0], Agency.byCode(person[1]).orElseThrow());
            }
        }
        int seed = jdbc.sql("select count(*) from act_ru_task")
                .query(Integer.class)
                .single();
        int copies = (TASKS - seed + seed - 1) / seed;
        String tasks = "select id_ from act_ru_task";
        copy(
                "act_ru_execution",
                Set.of("id_", "proc_inst_id_", "parent_id_", "super_exec_", "root_proc_inst_id_"),
                Map.of(),
                "true",
                copies);
        // a backlog built up over three months: each copy created at its own moment, due one to three weeks later
        copy(
                "act_ru_task",
                Set.of("id_", "execution_id_", "proc_inst_id_"),
                Map.of(
                        "create_time_", "create_time_ - " + DAYS_BACK + " * interval '1 day'",
                        "due_date_",
                                "create_time_ - " + DAYS_BACK
                                        + " * interval '1 day' + (7 + mod(abs(hashtext(id_)) + g, 15))"
                                        + " * interval '1 day'"),
                "true",
                copies);
        copy("act_ru_identitylink", Set.of("id_", "task_id_"), Map.of(), "task_id_ in (" + tasks + ")", copies);
        copy(
                "act_ru_authorization",
                Set.of("id_", "resource_id_"),
                Map.of(),
                "resource_type_ = 7 and resource_id_ in (" + tasks + ")",
                copies);
        copy(
                "act_ru_variable",
                Set.of("id_", "execution_id_", "proc_inst_id_", "task_id_", "var_scope_"),
                Map.of(),
                "bytearray_id_ is null",
                copies);
        for (String table : List.of(
                "act_ru_execution", "act_ru_task", "act_ru_identitylink", "act_ru_authorization", "act_ru_variable")) {
            jdbc.sql("analyze " + table).update();
        }
    }

    /**
     * Copies the table's matching rows {@code copies} times, the id columns suffixed with the copy's
     * number, some columns given new values (SQL over the original row).
     */
    private void copy(String table, Set<String> ids, Map<String, String> values, String where, int copies) {
        List<String> columns = jdbc.sql("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = ? order by ordinal_position""").param(table).query(String.class).list();
        String selected = String.join(
                ", ",
                columns.stream()
                        .map(column -> ids.contains(column)
                                ? "case when " + column + " is null then null else " + column + " || '~' || g end"
                                : values.getOrDefault(column, column))
                        .toList());
        int rows = jdbc.sql("insert into " + table + " (" + String.join(", ", columns) + ") select " + selected
                        + " from " + table + ", generate_series(1, " + copies + ") g where " + where)
                .update();
        System.out.printf("BENCHMARK generator: %s +%,d rows%n", table, rows);
    }

    private void signIn(String userId) {
        TestSignIn.as(identityService, userId);
    }

    private JsonNode get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("processowner:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static double[] measure(Callable<Integer> work) throws Exception {
        return new Rounds(WARM_UP, ROUNDS, MIN_ROUNDS, BUDGET_NANOS).measure(work);
    }

    private static double p(double[] sorted, int percentile) {
        return Rounds.p(sorted, percentile);
    }

    private static void report(String what, double[] times) {
        Rounds.report(what, times);
    }
}
