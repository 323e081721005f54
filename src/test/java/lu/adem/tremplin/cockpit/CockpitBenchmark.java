package lu.adem.tremplin.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import lu.adem.tremplin.followup.FollowUpProcess;
import lu.adem.tremplin.onboarding.Onboarding;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.reporting.PilotReview;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.shared.engine.tables.ActivityHistory;
import lu.adem.tremplin.support.Figure;
import lu.adem.tremplin.support.LocalPostgres;
import lu.adem.tremplin.support.Rounds;
import lu.adem.tremplin.support.TestSignIn;

/**
 * Benchmark, not a test (Surefire runs *Tests only): the supervisors' cockpit and the pilot review with ten
 * years of Adem, 1,000,000 finished onboarding cases over {@value #DAYS} days ({@code benchmark.scale}), on
 * PostgreSQL. Their facts ({@code pilot_journey}, {@code pilot_course}) cover the ten years; Camunda's activity
 * history covers the cases that ended in the last {@value #HISTORY_DAYS} days (what a history time to live of
 * a year keeps); the older years' day summaries are the summed year's, shifted back a year at a time, and the
 * month summaries are rebuilt from them (ADR 0011, note on issue 15). The rest of this comment describes one
 * year of the generator. Run:
 * {@code ./mvnw test -Dtest=CockpitBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (the local
 * PostgreSQL server, or TREMPLIN_TEST_PG_URL / _USER / _PASSWORD; a database of its own, dropped by the
 * next run, so it can be inspected with psql in between).
 * <p>
 * Generator, set-based SQL (generate_series), not the engine: first the demo data set (200 jobseekers, the
 * 3,000-course sample catalogue) gets one real onboarding each through the engine, a quarter of them past
 * their first task, and 40 real follow-up cases are started 15 to 93 days ago (they wait for their first
 * progress reading, so the cockpit lists them as courses without progress). The open cases' runtime rows
 * (executions, tasks, candidate-group links, task grants, variables) and their history rows are copied
 * with new ids {@value #OPEN_COPIES} times, each copy created on a day of its own in the last 20 days
 * (tasks due a week after), a third of the tasks assigned to one of four counsellors of their agency; 30
 * open incidents. Then a year of finished history with real activity ids of {@code bpmn/onboarding.bpmn}
 * and {@code bpmn/follow-up.bpmn}, UUIDs for ids as the engine's, rows written in the order they ended:
 * {@value #CASES} onboarding cases started over the last 365 days along 20 paths (declined, not eligible,
 * withdrawn; the four routes, each activated at once, the next day, after a reminder, or never), 4 to 26
 * finished activity instances each (18 on average) with durations drawn around each step's typical time
 * (user tasks days, service tasks milliseconds, timers their fixed time); one {@code pilot_journey} row per
 * case (registration numbers from a pool of 20,000, six agencies, invitation and activation where the path
 * has them, about 85 % and 70 %); and one or two courses for about 80 % and 18 % of the activated (about
 * 60,000 {@code pilot_course} rows, courses of the catalogue, some more popular), each a follow-up case
 * along 7 paths (14 to 28 activity instances) whose history is written once it has ended, its completion
 * and certificate times taken from it; courses still running have facts only. ANALYZE at the end.
 * <p>
 * Measured as the supervisor, up to {@value #WARM_UP} warm-up and {@value #ROUNDS} measured rounds each
 * (fewer when a measurement passes 60 s, at least 3):
 * <ul>
 * <li>the cockpit's load, what {@code CockpitView}'s constructor calls, in one round:
 * {@link ProcessOverview#processes}, {@link ProcessMap#processes}, {@link ProcessMap#picture} of
 * onboarding over the default period (the last 30 days), {@link OverdueWork#overdueTasks} of every agency,
 * {@link OverdueWork#stalledCourses}, {@link Incidents#open}, {@link TeamWorkload#lines}; then each of
 * them alone;</li>
 * <li>the onboarding picture over a whole year, and {@link ProcessMap#waitingAt} its first task;</li>
 * <li>the pilot review, {@link PilotReview#figures}, over the whole year and over the last 30 days.</li>
 * </ul>
 * Before measuring, {@link ActivityDays} sums every past day of the generated history (what its hourly job
 * does on first start; the time is printed). Targets, asserted once every figure is printed: p95 &lt; 1 s for
 * the cockpit's load, the year's picture, the waiting cases and both pilot reviews.
 */
@SpringBootTest
@ActiveProfiles("postgres")
class CockpitBenchmark {

    static final String PREFIX = "tremplin_cockpit_bench_";
    /** {@code benchmark.scale} (or the environment's BENCHMARK_SCALE; default 1) multiplies the number of cases and jobseekers, not the period. */
    static final double SCALE = Double.parseDouble(
            System.getProperty("benchmark.scale", System.getenv().getOrDefault("BENCHMARK_SCALE", "1")));
    /** Ten years of Adem: finished onboarding cases over {@value #DAYS} days. */
    static final int CASES = (int) Math.round(1_000_000 * SCALE);

    static final int DAYS = 3650;
    /**
     * Days of activity history kept (Camunda's history cleanup, removal time = end + time to live): the cases
     * that ended in the last year keep their activity instances; older ones only their facts and day summaries.
     */
    static final int HISTORY_DAYS = 365;

    static final int REGISTRATIONS = (int) Math.max(1_000, Math.round(150_000 * SCALE));
    static final int OPEN_COPIES = 20;
    /** Cases whose history one statement writes. */
    static final int CHUNK = 50_000;

    static final int WARM_UP = 5;
    static final int ROUNDS = 50;
    static final long BUDGET_NANOS = 20_000_000_000L;
    static final int MIN_ROUNDS = 3;
    static final double TARGET_MS = 1000;
    /** Days before its seed that an open copy was created: 0 to 19, the same for every row of one copy. */
    static final String DAYS_BACK = "mod(g * 37 + (hashtext(proc_inst_id_)::bigint + 2147483648), 20)";

    @Autowired
    ProcessOverview processOverview;

    @Autowired
    ProcessMap processMap;

    @Autowired
    OverdueWork overdueWork;

    @Autowired
    Incidents incidents;

    @Autowired
    TeamWorkload teamWorkload;

    @Autowired
    PilotReview pilotReview;

    @Autowired
    ActivityDays activityDays;

    @Autowired
    ActivityHistory activityHistory;

    @Autowired
    Onboarding onboarding;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    IdentityService identityService;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        LocalPostgres.freshApplication(PREFIX, "cockpit-bench", registry);
        // a throwaway database: the demo jobseekers, accounts and sample catalogue are the benchmark's
        registry.add("tremplin.demo.enabled", () -> "true");
        // the first-start summing is measured after the generation, not raced by the hourly job during it
        registry.add("tremplin.cockpit.rollup-delay", () -> "P1D");
    }

    @Test
    void cockpitAndPilotReviewWithAYearOfHistory() throws Exception {
        long generating = System.nanoTime();
        Timestamp now = Timestamp.from(ClockUtil.getCurrentTime().toInstant());
        ensureCatalogue();
        seedOpenCases();
        copyOpenCases();
        generateOnboardingHistory(now);
        generateCourses(now);
        for (String table : List.of(
                "act_hi_actinst",
                "act_hi_procinst",
                "act_ru_execution",
                "act_ru_task",
                "act_ru_identitylink",
                "act_ru_authorization",
                "act_ru_variable",
                "act_ru_incident",
                "pilot_journey",
                "pilot_course",
                "course")) {
            jdbc.sql("analyze " + table).update();
        }
        long generated = (System.nanoTime() - generating) / 1_000_000;
        for (String count : List.of(
                "select count(*) from act_hi_procinst where proc_def_key_ = 'onboarding' and end_time_ is not null",
                "select count(*) from act_hi_procinst where proc_def_key_ = 'follow-up' and end_time_ is not null",
                "select count(*) from act_hi_procinst where end_time_ is null",
                "select count(*) from act_hi_actinst",
                "select count(*) from act_hi_actinst where end_time_ is null",
                "select count(*) from act_hi_actinst where proc_def_key_ = 'onboarding'"
                        + " and end_time_ >= now() - interval '30 days'",
                "select count(*) from act_ru_execution",
                "select count(*) from act_ru_task",
                "select count(*) from act_ru_task where due_date_ < now()",
                "select count(*) from act_ru_task where assignee_ is not null",
                "select count(*) from act_ru_variable",
                "select count(*) from act_ru_incident",
                "select count(*) from pilot_journey",
                "select count(*) from pilot_journey where invited_at is not null",
                "select count(*) from pilot_journey where activated_at is not null",
                "select count(*) from pilot_course",
                "select count(*) from pilot_course where completed_at is not null",
                "select count(*) from pilot_course where certificate_at is not null",
                "select count(*) from course")) {
            System.out.printf(
                    "BENCHMARK rows: %,d = %s%n",
                    jdbc.sql(count).query(Long.class).single(), count);
        }
        long activityRows = jdbc.sql("select count(*) from act_hi_actinst")
                .query(Long.class)
                .single();
        new Figure(
                        "Cockpit benchmark generator: %,d finished onboarding cases over %d days, %,d activity instances"
                                .formatted(CASES, DAYS, activityRows),
                        "%,d ms".formatted(generated),
                        "—",
                        "—",
                        "—",
                        null)
                .print();
        assertThat(jdbc.sql("select count(*) from pilot_journey where registration_number like 'BENCH-%'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(CASES);

        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ProcessMap.LUXEMBOURG);
        // what the hourly job does on a database with ten years of history and no summaries yet (first start);
        // the job may already have run during the generation, before the generated days existed: start afresh
        jdbc.sql("update cockpit_activity_rollup set rolled_to = null").update();
        jdbc.sql("delete from cockpit_activity_day").update();
        jdbc.sql("delete from cockpit_activity_month").update();
        long summing = System.nanoTime();
        int summed = activityDays.rollUpTo(today.minusDays(1));
        long summedMillis = (System.nanoTime() - summing) / 1_000_000;
        long yearRows = jdbc.sql("select count(*) from cockpit_activity_day")
                .query(Long.class)
                .single();
        // the older years' summaries, made while their history existed: the summed year's, shifted a year at a time
        int earliest = (int) jdbc.sql("select min(on_day) from cockpit_activity_day")
                .query(java.sql.Date.class)
                .single()
                .toLocalDate()
                .toEpochDay();
        jdbc.sql("""
                insert into cockpit_activity_day (process_key, activity_id, on_day, bucket, passes, cases)
                select d.process_key, d.activity_id, d.on_day - 365 * y, d.bucket, d.passes, d.cases
                from cockpit_activity_day d cross join generate_series(1, :years) y
                where d.on_day >= :yearAgo and d.on_day - 365 * y >= :oldest and d.on_day - 365 * y < :earliest""")
                .param("yearAgo", java.sql.Date.valueOf(today.minusDays(365)))
                .param("years", DAYS / 365)
                .param("oldest", java.sql.Date.valueOf(today.minusDays(DAYS)))
                .param("earliest", java.sql.Date.valueOf(LocalDate.ofEpochDay(earliest)))
                .update();
        jdbc.sql("delete from cockpit_activity_month").update();
        jdbc.sql("""
                insert into cockpit_activity_month (process_key, activity_id, on_month, bucket, passes, cases)
                select process_key, activity_id, cast(date_trunc('month', on_day) as date), bucket, sum(passes), sum(cases)
                from cockpit_activity_day
                group by process_key, activity_id, cast(date_trunc('month', on_day) as date), bucket""").update();
        jdbc.sql("analyze cockpit_activity_month").update();
        jdbc.sql("analyze cockpit_activity_day").update();
        long dayRows = jdbc.sql("select count(*) from cockpit_activity_day")
                .query(Long.class)
                .single();
        new Figure(
                        ("Cockpit day summaries on first start: %,d days of history (%,d activity instances) summed"
                                        + " into %,d rows (%,d rows with the older years')")
                                .formatted(summed, activityRows, yearRows, dayRows),
                        "%,d ms".formatted(summedMillis),
                        "—",
                        "—",
                        "—",
                        null)
                .print();

        TestSignIn.as(identityService, "supervisor");
        LocalDate month = today.minusDays(29);
        LocalDate year = today.minusDays(364);
        LocalDate period = today.minusDays(DAYS - 1);
        String size = "%,d finished onboarding cases over %d years".formatted(CASES, DAYS / 365);

        ProcessMap.Picture picture =
                processMap.picture(OnboardingProcess.KEY, period, today).orElseThrow();
        picture.activities()
                .forEach(a -> System.out.printf(
                        "BENCHMARK whole-period picture: %-28s waiting %,6d overdue %,6d passed %,9d median %s%n",
                        a.activityId(),
                        a.waiting(),
                        a.overdue(),
                        a.passed(),
                        ProcessMap.shortDuration(a.medianTime())));
        System.out.printf(
                "BENCHMARK cockpit sizes: processes %d, month picture %d activities, overdue tasks %d,"
                        + " stalled courses %d, incidents %d, workload lines %d, waiting at ProposeProgramme %d%n",
                processOverview.processes().size(),
                processMap
                        .picture(OnboardingProcess.KEY, month, today)
                        .orElseThrow()
                        .activities()
                        .size(),
                overdueWork.overdueTasks(null).size(),
                overdueWork.stalledCourses().size(),
                incidents.open().size(),
                teamWorkload.lines().size(),
                processMap.waitingAt(OnboardingProcess.KEY, "ProposeProgramme").size());
        PilotReview.Figures periodFigures = pilotReview.figures(period, today);
        PilotReview.Figures monthFigures = pilotReview.figures(month, today);
        System.out.printf(
                "BENCHMARK pilot review: whole period %s; 30 days %s; %d course-type lines%n",
                periodFigures.total(),
                monthFigures.total(),
                periodFigures.courseTypes().size());
        assertThat(periodFigures.total().invited()).as("each jobseeker once").isGreaterThan(REGISTRATIONS / 2);

        target(
                "Cockpit load (the seven calls of CockpitView's constructor, picture of the last 30 days), " + size,
                () -> cockpitLoad(month, today));
        report(
                "… ProcessOverview.processes",
                measure(() -> processOverview.processes().size()));
        report("… ProcessMap.processes", measure(() -> processMap.processes().size()));
        report(
                "… ProcessMap.picture(onboarding, last 30 days)",
                measure(() -> processMap
                        .picture(OnboardingProcess.KEY, month, today)
                        .orElseThrow()
                        .activities()
                        .size()));
        report(
                "… OverdueWork.overdueTasks(every agency)",
                measure(() -> overdueWork.overdueTasks(null).size()));
        report(
                "… OverdueWork.stalledCourses",
                measure(() -> overdueWork.stalledCourses().size()));
        report("… Incidents.open", measure(() -> incidents.open().size()));
        report("… TeamWorkload.lines", measure(() -> teamWorkload.lines().size()));
        target(
                "ProcessMap.waitingAt(onboarding, ProposeProgramme), " + size,
                () -> processMap
                        .waitingAt(OnboardingProcess.KEY, "ProposeProgramme")
                        .size());
        // the heatmap over the whole period and over a year: the day summaries up to yesterday, today from the
        // history (ActivityDays); the reference sums the year straight from ACT_HI_ACTINST (one round)
        target(
                "Cockpit onboarding picture over the whole period (%d days), %s".formatted(DAYS, size),
                () -> processMap
                        .picture(OnboardingProcess.KEY, period, today)
                        .orElseThrow()
                        .activities()
                        .size());
        double[] yearPicture = measure(() -> processMap
                .picture(OnboardingProcess.KEY, year, today)
                .orElseThrow()
                .activities()
                .size());
        double[] yearFromHistory = new Rounds(0, 1, 1, 0)
                .measure(() -> activityHistory
                        .endedBetween(
                                OnboardingProcess.KEY, ProcessMap.start(year), ProcessMap.start(today.plusDays(1)))
                        .size());
        new Figure(
                        "Cockpit onboarding picture over the last 365 days, " + size,
                        Figure.times(yearPicture),
                        "p95 < 1 s",
                        "straight from ACT_HI_ACTINST without day summaries: " + Figure.times(yearFromHistory),
                        Figure.ratio(p(yearPicture, 50) / p(yearFromHistory, 50)),
                        p(yearPicture, 95) < TARGET_MS)
                .print();
        target(
                "Pilot review (PilotReview.figures) over the whole period (%d days), %s".formatted(DAYS, size),
                () -> pilotReview.figures(period, today).byAgency().size());
        target(
                "Pilot review (PilotReview.figures) over the last 365 days, " + size,
                () -> pilotReview.figures(year, today).byAgency().size());
        target(
                "Pilot review (PilotReview.figures) over the last 30 days, " + size,
                () -> pilotReview.figures(month, today).byAgency().size());
        System.out.printf(
                "BENCHMARK cockpit on PostgreSQL: whole class %,d ms%n", (System.nanoTime() - generating) / 1_000_000);
    }

    /** Measures, prints the figure with its target (p95 under a second); a missed target does not fail. */
    private static void target(String what, Callable<Integer> work) throws Exception {
        double[] times = measure(work);
        Figure.of(what, Figure.times(times), "p95 < 1 s", p(times, 95) < TARGET_MS)
                .print();
    }

    private int cockpitLoad(LocalDate from, LocalDate to) {
        int size = processOverview.processes().size();
        size += processMap.processes().size();
        size += processMap
                .picture(OnboardingProcess.KEY, from, to)
                .orElseThrow()
                .activities()
                .size();
        size += overdueWork.overdueTasks(null).size();
        size += overdueWork.stalledCourses().size();
        size += incidents.open().size();
        size += teamWorkload.lines().size();
        return size;
    }

    // ---- generator: the catalogue, real open cases and their copies

    /** The sample catalogue (demo) is the courses' catalogue; a few hundred made-up courses when it is empty. */
    private void ensureCatalogue() {
        if (jdbc.sql("select count(*) from course where retired = false")
                        .query(Integer.class)
                        .single()
                > 0) {
            return;
        }
        jdbc.sql("""
                insert into course (platform_id, title, language, difficulty, duration_hours, topic, skills, paths, url,
                  search_text, retired, updated_at)
                select 'BENCH-' || n, 'Course ' || n, (array['FR','EN','ES','DE'])[1 + mod(n, 4)],
                  (array['BEGINNER','INTERMEDIATE','ADVANCED'])[1 + mod(n / 4, 3)], 1 + mod(n * 7, 30),
                  (array['office','web','data','communication','job-search','languages','digital-basics'])[1 + mod(n / 12, 7)],
                  '|', '|', 'https://example.org/' || n, 'course ' || n, false, now()
                from generate_series(1, 400) n""").update();
    }

    /**
     * Real cases through the engine: one onboarding per demo jobseeker, a quarter past their first task
     * (accepted; eligibility decides the rest), a few declined; 40 follow-ups started in the past.
     */
    private void seedOpenCases() {
        identityService.clearAuthentication();
        List<String[]> people = jdbc.sql(
                        "select registration_number, agency from jobseeker order by registration_number")
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        for (String[] person : people) {
            if (!onboarding.isRunningFor(person[0])) {
                onboarding.proposeProgramme(person[0], Agency.byCode(person[1]).orElseThrow());
            }
        }
        List<Task> first = taskService
                .createTaskQuery()
                .processDefinitionKey(OnboardingProcess.KEY)
                .taskDefinitionKey(OnboardingProcess.TASK_PROPOSE_PROGRAMME)
                .orderByTaskId()
                .asc()
                .list();
        for (int i = 0; i < first.size(); i++) {
            if (i % 4 == 0) {
                taskService.complete(
                        first.get(i).getId(),
                        Map.of(
                                OnboardingProcess.VAR_PROPOSAL_CHANNEL,
                                "MEETING",
                                OnboardingProcess.VAR_PROPOSAL_OUTCOME,
                                OnboardingProcess.OUTCOME_ACCEPTED));
            } else if (i % 20 == 1) {
                taskService.complete(
                        first.get(i).getId(),
                        Map.of(
                                OnboardingProcess.VAR_PROPOSAL_CHANNEL,
                                "PHONE",
                                OnboardingProcess.VAR_PROPOSAL_OUTCOME,
                                OnboardingProcess.OUTCOME_DECLINED,
                                OnboardingProcess.VAR_DECLINE_REASON,
                                "NOT_INTERESTED"));
            }
        }
        List<String> courses = jdbc.sql("select platform_id from course where retired = false order by platform_id")
                .query(String.class)
                .list();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        try {
            for (int i = 0; i < 40; i++) {
                String[] person = people.get((i * 5) % people.size());
                ClockUtil.setCurrentTime(Date.from(now.minus(Duration.ofDays(15 + 2L * i))));
                runtimeService
                        .createMessageCorrelation(FollowUpProcess.MESSAGE_COURSE_ENROLLED)
                        .processInstanceBusinessKey(person[0])
                        .setVariables(Map.of(
                                CaseVariables.JOBSEEKER_ID,
                                person[0],
                                CaseVariables.AGENCY,
                                person[1],
                                CaseVariables.ROUTE,
                                "AUTONOMOUS",
                                CaseVariables.ENROLLED_COURSE,
                                courses.get((i * 73) % courses.size())))
                        .correlateStartMessage();
            }
        } finally {
            ClockUtil.reset();
        }
        // four counsellors per agency, for the workload
        for (Agency agency : Agency.values()) {
            for (int i = 0; i < 4; i++) {
                String id = "bench" + agency.code().replace("-", "") + i;
                if (identityService.createUserQuery().userId(id).count() == 0) {
                    var user = identityService.newUser(id);
                    user.setFirstName("Counsellor " + i);
                    user.setLastName(agency.displayName());
                    identityService.saveUser(user);
                    identityService.createMembership(id, "counsellor");
                    identityService.createMembership(id, agency.groupId());
                }
            }
        }
    }

    /** Copies the runtime and history rows of every open case {@link #OPEN_COPIES} times; a third of the tasks assigned. */
    private void copyOpenCases() {
        String seed = "position('~' in %s) = 0";
        String openCases = "select id_ from act_hi_procinst where end_time_ is null and " + seed.formatted("id_");
        String tasks = "select id_ from act_ru_task where " + seed.formatted("id_");
        copy(
                "act_ru_execution",
                Set.of("id_", "proc_inst_id_", "parent_id_", "super_exec_", "root_proc_inst_id_", "act_inst_id_"),
                Map.of(),
                seed.formatted("id_"));
        copy(
                "act_ru_task",
                Set.of("id_", "execution_id_", "proc_inst_id_"),
                Map.of(
                        "create_time_", "create_time_ - " + DAYS_BACK + " * interval '1 day'",
                        "due_date_", "due_date_ - " + DAYS_BACK + " * interval '1 day'"),
                seed.formatted("id_"));
        copy("act_ru_identitylink", Set.of("id_", "task_id_"), Map.of(), "task_id_ in (" + tasks + ")");
        copy(
                "act_ru_authorization",
                Set.of("id_", "resource_id_"),
                Map.of(),
                "resource_type_ = 7 and resource_id_ in (" + tasks + ")");
        copy(
                "act_ru_variable",
                Set.of("id_", "execution_id_", "proc_inst_id_", "task_id_", "var_scope_"),
                Map.of(),
                "bytearray_id_ is null and " + seed.formatted("id_"));
        copy(
                "act_hi_actinst",
                Set.of(
                        "id_",
                        "parent_act_inst_id_",
                        "root_proc_inst_id_",
                        "proc_inst_id_",
                        "execution_id_",
                        "task_id_",
                        "call_proc_inst_id_"),
                Map.of(
                        "start_time_", "start_time_ - " + DAYS_BACK + " * interval '1 day'",
                        "end_time_", "end_time_ - " + DAYS_BACK + " * interval '1 day'"),
                "proc_inst_id_ in (" + openCases + ")");
        copy(
                "act_hi_procinst",
                Set.of("id_", "proc_inst_id_", "root_proc_inst_id_", "super_process_instance_id_"),
                Map.of("start_time_", "start_time_ - " + DAYS_BACK + " * interval '1 day'"),
                "end_time_ is null and " + seed.formatted("id_"));
        int assigned = jdbc.sql("""
                update act_ru_task t set assignee_ = 'bench' || replace(substr(l.group_id_, 8), '-', '')
                    || mod(hashtext(t.id_)::bigint + 2147483648, 4)
                from act_ru_identitylink l
                where l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ like 'agency-%'
                  and t.assignee_ is null and mod(hashtext(t.id_)::bigint + 2147483648, 3) = 0""").update();
        System.out.printf("BENCHMARK generator: %,d open tasks assigned%n", assigned);
        List<String> executions = jdbc.sql("""
                select id_ from act_ru_execution where parent_id_ is null and proc_def_id_ like 'onboarding:%'
                order by id_ limit 30""").query(String.class).list();
        for (String execution : executions) {
            runtimeService.createIncident(
                    "platformUnavailable",
                    execution,
                    "learning-platform",
                    "Learning platform unreachable (generated for the benchmark)");
        }
    }

    /** Copies the table's matching rows, the id columns suffixed with the copy's number, some columns given new values. */
    private void copy(String table, Set<String> ids, Map<String, String> values, String where) {
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
        long began = System.nanoTime();
        int rows = jdbc.sql("insert into " + table + " (" + String.join(", ", columns) + ") select " + selected
                        + " from " + table + ", generate_series(1, " + OPEN_COPIES + ") g where " + where)
                .update();
        System.out.printf(
                "BENCHMARK generator: %s +%,d rows (%,d ms)%n", table, rows, (System.nanoTime() - began) / 1_000_000);
    }

    // ---- generator: a year of finished history

    /**
     * Activities of onboarding: id, Camunda's activity type, typical time ({@code =} a fixed timer). Paths
     * below name them; {@code X(} … {@code )} is a scope's children, {@code +7d} time passing between two
     * steps without a row, {@code X~} a canceled activity.
     */
    static final String ONBOARDING_ACTIVITIES = """
            JobseekerIdentified startEvent 5ms
            ProposeProgramme userTask 2d
            JobseekerAnswer exclusiveGateway 5ms
            AskAgainLater intermediateTimer =30d
            CheckEligibility serviceTask 150ms
            Eligible exclusiveGateway 5ms
            GivePrivacyNotice userTask 1d
            AssessDigitalReadiness callActivity 4d
            ByRoute exclusiveGateway 5ms
            BookGuidedStart userTask 2d
            BookSessions serviceTask 300ms
            ConfirmAttendance userTask 10d
            Attended exclusiveGateway 5ms
            ContactAboutMissedSessions userTask 3d
            AfterMissedSessions exclusiveGateway 5ms
            ReferToBasicTraining userTask 1d
            ReassessAfterTraining intermediateTimer =56d
            DecideLanguageSupport userTask 2d
            LanguageDecision exclusiveGateway 5ms
            ReassessAfterLanguageSupport intermediateTimer =56d
            Withdrawn noneEndEvent 5ms
            InviteToLearningPlatform serviceTask 800ms
            AwaitActivation subProcess 0ms
            AwaitStarted startEvent 5ms
            CheckActivation serviceTask 400ms
            Activated exclusiveGateway 5ms
            CheckAgainTomorrow intermediateTimer =1d
            AccountActive noneEndEvent 5ms
            ActivationReminderDue boundaryTimer 5ms
            RemindToActivate serviceTask 500ms
            ReminderSent noneEndEvent 5ms
            ActivationOverdue boundaryTimer 5ms
            CallAboutActivation userTask 2d
            CallDone noneEndEvent 5ms
            Enrolled messageEndEvent 50ms
            NotEligible noneEndEvent 5ms
            ProgrammeDeclined noneEndEvent 5ms
            """;

    static final String FOLLOW_UP_ACTIVITIES = """
            CourseEnrolled messageStartEvent 20ms
            PrepareFollowUp serviceTask 100ms
            FollowCourse subProcess 0ms
            FollowStarted startEvent 5ms
            Learning subProcess 0ms
            LearningStarted startEvent 5ms
            SyncProgress serviceTask 700ms
            ProgressNews exclusiveGateway 5ms
            WaitAWeek intermediateTimer =7d
            LearningProgressed noneEndEvent 5ms
            NoProgress14Days boundaryTimer 5ms
            RemindToLearn serviceTask 400ms
            Reminded noneEndEvent 5ms
            NoProgress28Days boundaryTimer 5ms
            CallJobseeker userTask 2d
            Called noneEndEvent 5ms
            NoProgress60Days boundaryTimer 5ms
            ReviewProgress userTask 3d
            ReviewOutcome exclusiveGateway 5ms
            SwitchCourse messageEndEvent 50ms
            Withdrawn noneEndEvent 5ms
            CourseCompleted exclusiveGateway 5ms
            CertificateReceived exclusiveGateway 5ms
            RecordCertificate userTask 2d
            OfferNextCourse userTask 3d
            NextCourse exclusiveGateway 5ms
            StartNextCourse messageEndEvent 50ms
            CourseFinished noneEndEvent 5ms
            JobFound boundaryMessage 5ms
            PilotEnds boundaryTimer 5ms
            FollowUpEnded noneEndEvent 5ms
            EndedWithAJob noneEndEvent 5ms
            EndedWithThePilot noneEndEvent 5ms
            """;

    /** A path through a process: its share in ‰, the route it sets (onboarding), the progress it leaves (follow-up). */
    record PathDef(String name, int permille, String route, int progressFrom, int progressTo, String steps) {}

    private static List<PathDef> onboardingPaths() {
        String head = "JobseekerIdentified ProposeProgramme JobseekerAnswer";
        String eligible = head + " CheckEligibility Eligible GivePrivacyNotice AssessDigitalReadiness ByRoute";
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("AUTONOMOUS", eligible + " InviteToLearningPlatform");
        routes.put(
                "GUIDED_START",
                eligible + " BookGuidedStart BookSessions ConfirmAttendance Attended InviteToLearningPlatform");
        routes.put(
                "BASIC_TRAINING",
                eligible + " ReferToBasicTraining ReassessAfterTraining AssessDigitalReadiness ByRoute"
                        + " InviteToLearningPlatform");
        routes.put(
                "LANGUAGE_SUPPORT",
                eligible + " DecideLanguageSupport LanguageDecision ReassessAfterLanguageSupport"
                        + " AssessDigitalReadiness ByRoute InviteToLearningPlatform");
        Map<String, Integer> routeShare =
                Map.of("AUTONOMOUS", 450, "GUIDED_START", 200, "BASIC_TRAINING", 120, "LANGUAGE_SUPPORT", 80);
        Map<String, String> tails = new LinkedHashMap<>();
        tails.put("at once", " AwaitActivation( AwaitStarted CheckActivation Activated AccountActive ) Enrolled");
        tails.put(
                "next day",
                " AwaitActivation( AwaitStarted CheckActivation Activated CheckAgainTomorrow CheckActivation"
                        + " Activated AccountActive ) Enrolled");
        tails.put(
                "after a reminder",
                " AwaitActivation( AwaitStarted CheckActivation Activated +6d ActivationReminderDue"
                        + " RemindToActivate ReminderSent CheckAgainTomorrow CheckActivation Activated AccountActive ) Enrolled");
        tails.put(
                "never",
                " AwaitActivation~( AwaitStarted CheckActivation Activated +6d ActivationReminderDue"
                        + " RemindToActivate ReminderSent +6d ActivationOverdue CallAboutActivation CallDone +20d CheckAgainTomorrow~ )");
        Map<String, Integer> tailShare = Map.of("at once", 330, "next day", 380, "after a reminder", 110, "never", 180);
        List<PathDef> paths = new ArrayList<>();
        paths.add(new PathDef("declined", 70, null, 0, 0, head + " ProgrammeDeclined"));
        paths.add(new PathDef("not eligible", 40, null, 0, 0, head + " CheckEligibility Eligible NotEligible"));
        paths.add(new PathDef(
                "language support, withdrawn",
                20,
                "LANGUAGE_SUPPORT",
                0,
                0,
                eligible + " DecideLanguageSupport LanguageDecision Withdrawn"));
        paths.add(new PathDef(
                "guided start, withdrawn",
                20,
                "GUIDED_START",
                0,
                0,
                eligible
                        + " BookGuidedStart BookSessions ConfirmAttendance Attended ContactAboutMissedSessions AfterMissedSessions"
                        + " Withdrawn"));
        routes.forEach((route, steps) -> tails.forEach((tail, tailSteps) -> paths.add(new PathDef(
                route + ", activated " + tail,
                routeShare.get(route) * tailShare.get(tail) / 1000,
                route,
                0,
                0,
                steps + tailSteps))));
        return paths;
    }

    private static List<PathDef> followUpPaths() {
        String start = "CourseEnrolled PrepareFollowUp FollowCourse( FollowStarted";
        String interrupted = "CourseEnrolled PrepareFollowUp FollowCourse~( FollowStarted";
        String progress = " Learning( LearningStarted SyncProgress ProgressNews WaitAWeek SyncProgress ProgressNews"
                + " LearningProgressed ) CourseCompleted";
        String stall = " Learning~( LearningStarted SyncProgress ProgressNews WaitAWeek SyncProgress ProgressNews"
                + " NoProgress14Days RemindToLearn Reminded WaitAWeek SyncProgress ProgressNews WaitAWeek NoProgress28Days"
                + " CallJobseeker Called +30d NoProgress60Days ReviewProgress WaitAWeek~ ) ReviewOutcome";
        List<PathDef> paths = new ArrayList<>();
        paths.add(
                new PathDef(
                        "completed, certificate",
                        90,
                        null,
                        100,
                        100,
                        start + progress + progress
                                + " CertificateReceived RecordCertificate OfferNextCourse NextCourse CourseFinished ) FollowUpEnded"));
        paths.add(new PathDef(
                "completed, no certificate",
                50,
                null,
                100,
                100,
                start + progress + progress + " CertificateReceived OfferNextCourse NextCourse StartNextCourse )"));
        paths.add(new PathDef(
                "found a job",
                250,
                null,
                5,
                60,
                interrupted + " Learning~( LearningStarted SyncProgress"
                        + " ProgressNews WaitAWeek SyncProgress ProgressNews WaitAWeek~ ) ) JobFound EndedWithAJob"));
        paths.add(
                new PathDef(
                        "progressed, then found a job",
                        200,
                        null,
                        30,
                        95,
                        interrupted + progress
                                + " Learning~( LearningStarted SyncProgress ProgressNews WaitAWeek~ ) ) JobFound EndedWithAJob"));
        paths.add(new PathDef("stalled, withdrawn after review", 160, null, 0, 15, start + stall + " Withdrawn )"));
        paths.add(new PathDef("stalled, switched course", 100, null, 0, 30, start + stall + " SwitchCourse )"));
        paths.add(
                new PathDef(
                        "ended with the pilot",
                        150,
                        null,
                        10,
                        90,
                        interrupted + progress
                                + " Learning~( LearningStarted SyncProgress ProgressNews WaitAWeek~ ) ) PilotEnds EndedWithThePilot"));
        return paths;
    }

    /**
     * {@value #CASES} finished onboarding cases over the last 365 days (history rows) and their
     * {@code pilot_journey} rows.
     */
    private void generateOnboardingHistory(Timestamp now) {
        long began = System.nanoTime();
        steps(OnboardingProcess.KEY, ONBOARDING_ACTIVITIES, onboardingPaths());
        update("drop table if exists bench_case");
        update("""
                create unlogged table bench_case as
                select n, gen_random_uuid()::text id, 'BENCH-' || lpad(r::text, 6, '0') reg,
                  case when mod(r, 100) < 40 then 'luxembourg' when mod(r, 100) < 60 then 'esch-sur-alzette'
                       when mod(r, 100) < 72 then 'diekirch' when mod(r, 100) < 84 then 'differdange'
                       when mod(r, 100) < 92 then 'wasserbillig' else 'wiltz' end agency,
                  p.path, p.route, null::timestamp start_time
                from (select n, mod(hashtext('reg' || n)::bigint + 2147483648, %d) r,
                        mod(hashtext('path' || n)::bigint + 2147483648, 1000) u
                      from generate_series(1, %d) n) c
                join bench_path p on c.u between p.lo and p.hi""".formatted(REGISTRATIONS, CASES));
        timeline();
        // started at a moment of its own in the last 365 days, early enough to have ended by now
        jdbc.sql("""
                update bench_case c set start_time = cast(:now as timestamp) - interval '%d days'
                  + random() * (interval '%d days' - t.total_ms * interval '1 millisecond' - interval '1 hour')
                from bench_total t where t.n = c.n""".formatted(DAYS, DAYS)).param("now", now).update();
        ordered(0x10000000L);
        history(OnboardingProcess.KEY, now);
        int journeys = update("""
                insert into pilot_journey (case_id, registration_number, agency, route, proposed_at, invited_at,
                  activated_at, ended_at)
                select c.id, c.reg, c.agency, c.route, c.start_time, c.start_time + t.invited_ms * interval '1 millisecond',
                  c.start_time + t.activated_ms * interval '1 millisecond', c.start_time + t.total_ms * interval '1 millisecond'
                from bench_case c join bench_total t on t.n = c.n order by c.k""");
        System.out.printf(
                "BENCHMARK generator: onboarding history and %,d pilot_journey rows (%,d ms)%n",
                journeys, (System.nanoTime() - began) / 1_000_000);
    }

    /**
     * One or two followed courses per activated jobseeker ({@code pilot_course}), each a follow-up case whose
     * history is written once it has ended; the ones still running have facts only.
     */
    private void generateCourses(Timestamp now) {
        long began = System.nanoTime();
        steps(FollowUpProcess.KEY, FOLLOW_UP_ACTIVITIES, followUpPaths());
        update("drop table if exists bench_case");
        jdbc.sql("""
                create unlogged table bench_case as
                select row_number() over (order by j.case_id, k.k) n, gen_random_uuid()::text id,
                  j.registration_number reg, j.agency, j.route, p.path,
                  j.activated_at + (case when mod(hashtext('early' || j.case_id)::bigint + 2147483648, 100) < 75
                      then 1 + random() * 28 else 31 + random() * 60 end) * interval '1 day'
                    + (k.k - 1) * (20 + random() * 60) * interval '1 day' start_time
                from pilot_journey j
                cross join (values (1, 80), (2, 18)) k(k, share)
                join bench_path p on mod(hashtext('fpath' || j.case_id || k.k)::bigint + 2147483648, 1000)
                  between p.lo and p.hi
                where j.registration_number like 'BENCH-%' and j.activated_at is not null
                  and mod(hashtext('courses' || j.case_id)::bigint + 2147483648, 100) < k.share""").update();
        jdbc.sql("delete from bench_case where start_time > cast(:now as timestamp) - interval '2 days'")
                .param("now", now)
                .update();
        ordered(0x40000000L);
        timeline();
        update("drop table if exists bench_courses");
        update("""
                create unlogged table bench_courses as
                select array_agg(platform_id order by platform_id) courses from course where retired = false""");
        jdbc.sql("""
                insert into pilot_course (case_id, registration_number, agency, route, course_id, started_at, progress,
                  completed_at, certificate_at, ended_at)
                select c.id, c.reg, c.agency, c.route,
                  b.courses[1 + floor(power(random(), 2) * cardinality(b.courses))::int], c.start_time,
                  case when ended then p.progress_from + floor(random() * (p.progress_to - p.progress_from + 1))::int
                       else floor(random() * 96)::int end,
                  case when ended then c.start_time + t.completed_ms * interval '1 millisecond' end,
                  case when ended then c.start_time + t.certificate_ms * interval '1 millisecond' end,
                  case when ended then c.start_time + t.total_ms * interval '1 millisecond' end
                from bench_case c join bench_total t on t.n = c.n join bench_path p on p.path = c.path
                cross join bench_courses b
                cross join lateral (select c.start_time + t.total_ms * interval '1 millisecond' < cast(:now as timestamp) ended) e
                order by c.k""").param("now", now).update();
        jdbc.sql("""
                delete from bench_case c using bench_total t
                where t.n = c.n and c.start_time + t.total_ms * interval '1 millisecond' >= cast(:now as timestamp)""").param("now", now).update();
        history(FollowUpProcess.KEY, now);
        for (String table :
                List.of("bench_case", "bench_total", "bench_timeline", "bench_step", "bench_path", "bench_courses")) {
            update("drop table if exists " + table);
        }
        System.out.printf(
                "BENCHMARK generator: pilot_course and follow-up history (%,d ms)%n",
                (System.nanoTime() - began) / 1_000_000);
    }

    /** Writes the process's paths into {@code bench_path} (share ranges) and {@code bench_step} (their rows). */
    private void steps(String processKey, String activities, List<PathDef> paths) {
        update("drop table if exists bench_step");
        update("drop table if exists bench_path");
        update("""
                create unlogged table bench_path (path int primary key, name varchar(80), lo int, hi int, route varchar(32),
                  progress_from int, progress_to int)""");
        update("""
                create unlogged table bench_step (path int, seq int, act_id varchar(64), act_type varchar(32),
                  act_name varchar(255), median_ms bigint, fixed boolean, gap_ms bigint, span int, parent_seq int,
                  parent_act varchar(64), canceled boolean, primary key (path, seq))""");
        String definition = jdbc.sql("select id_ from act_re_procdef where key_ = ? order by version_ desc limit 1")
                .param(processKey)
                .query(String.class)
                .single();
        Map<String, String> names = new LinkedHashMap<>();
        repositoryService
                .getBpmnModelInstance(definition)
                .getModelElementsByType(FlowNode.class)
                .forEach(node -> names.put(node.getId(), node.getName()));
        Map<String, String[]> meta = new LinkedHashMap<>();
        activities
                .lines()
                .map(String::trim)
                .filter(line -> !line.isEmpty())
                .forEach(line -> meta.put(line.split(" ")[0], line.split(" ")));
        int lo = 0;
        for (int path = 0; path < paths.size(); path++) {
            PathDef def = paths.get(path);
            int hi = path == paths.size() - 1 ? 999 : lo + def.permille() - 1;
            jdbc.sql("insert into bench_path values (?, ?, ?, ?, ?, ?, ?)")
                    .params(path, def.name(), lo, hi, def.route(), def.progressFrom(), def.progressTo())
                    .update();
            lo = hi + 1;
            List<Object[]> rows = new ArrayList<>();
            Deque<Integer> scopes = new ArrayDeque<>();
            long gap = 0;
            for (String token : def.steps().trim().split("\\s+")) {
                if (token.equals(")")) {
                    int open = scopes.pop();
                    rows.get(open - 1)[8] = rows.size() - open;
                    continue;
                }
                if (token.startsWith("+")) {
                    gap += millis(token.substring(1));
                    continue;
                }
                boolean scope = token.endsWith("(");
                String id = scope ? token.substring(0, token.length() - 1) : token;
                boolean canceled = id.endsWith("~");
                id = canceled ? id.substring(0, id.length() - 1) : id;
                String[] activity = meta.get(id);
                if (activity == null || !names.containsKey(id)) {
                    throw new IllegalStateException("No activity " + id + " in " + processKey);
                }
                int seq = rows.size() + 1;
                Integer parent = scopes.peek();
                boolean fixed = activity[2].startsWith("=");
                rows.add(new Object[] {
                    path,
                    seq,
                    id,
                    activity[1],
                    names.get(id) == null ? id : names.get(id),
                    millis(fixed ? activity[2].substring(1) : activity[2]),
                    fixed,
                    gap,
                    0,
                    parent == null ? 0 : parent,
                    parent == null ? null : rows.get(parent - 1)[2],
                    canceled
                });
                gap = 0;
                if (scope) {
                    scopes.push(seq);
                }
            }
            if (!scopes.isEmpty()) {
                throw new IllegalStateException("Unclosed scope in path " + def.name());
            }
            for (Object[] row : rows) {
                jdbc.sql("insert into bench_step values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(row)
                        .update();
            }
        }
    }

    /**
     * {@code bench_timeline}: each case's rows with their offset from the case's start and their duration
     * (scopes: until their last descendant ends); {@code bench_total}: each case's length and key moments.
     */
    private void timeline() {
        update("drop table if exists bench_timeline");
        update("drop table if exists bench_total");
        update("""
                create unlogged table bench_timeline as
                select n, seq, act_id, span, dur_ms, sum(dur_ms + gap_ms) over (partition by n order by seq) - dur_ms off_ms
                from (select c.n, s.seq, s.act_id, s.span, s.gap_ms,
                        case when s.span > 0 then 0
                             when s.fixed then s.median_ms + floor(random() * 60000)::bigint
                             else greatest(1, floor(s.median_ms * exp(random() * 2 - 1))::bigint) end dur_ms
                      from bench_case c join bench_step s on s.path = c.path) d""");
        update("""
                update bench_timeline t set dur_ms = e.off_ms + e.dur_ms - t.off_ms
                from bench_timeline e where t.span > 0 and e.n = t.n and e.seq = t.seq + t.span""");
        update("""
                create unlogged table bench_total as
                select n, max(off_ms + dur_ms) total_ms,
                  max(case when act_id = 'InviteToLearningPlatform' then off_ms + dur_ms end) invited_ms,
                  max(case when act_id = 'Enrolled' then off_ms + dur_ms end) activated_ms,
                  max(case when act_id = 'CertificateReceived' then off_ms + dur_ms end) completed_ms,
                  max(case when act_id = 'RecordCertificate' then off_ms + dur_ms end) certificate_ms
                from bench_timeline group by n""");
        update("create index on bench_timeline (n, seq)");
        update("create unique index on bench_total (n)");
        update("analyze bench_timeline");
        update("analyze bench_total");
    }

    /** The history rows (process and activity instances) of the cases in {@code bench_case}, all ended. */
    private void history(String processKey, Timestamp now) {
        String definition = jdbc.sql("select id_ from act_re_procdef where key_ = ? order by version_ desc limit 1")
                .param(processKey)
                .query(String.class)
                .single();
        long began = System.nanoTime();
        // Camunda's history cleanup keeps the cases that ended in the last HISTORY_DAYS days
        update("drop table if exists bench_kept");
        jdbc.sql("""
                create unlogged table bench_kept as select c.k from bench_case c join bench_total t on t.n = c.n
                where c.start_time + t.total_ms * interval '1 millisecond'
                  >= cast(:now as timestamp) - interval '%d days'""".formatted(HISTORY_DAYS)).param("now", now).update();
        update("create unique index on bench_kept (k)");
        update("analyze bench_kept");
        long first = jdbc.sql("select coalesce(min(k), 1) from bench_kept")
                .query(Long.class)
                .single();
        long last = jdbc.sql("select coalesce(max(k), 0) from bench_kept")
                .query(Long.class)
                .single();
        int activities = 0;
        for (long from = first; from <= last; from += CHUNK) {
            activities += jdbc.sql("""
                insert into act_hi_actinst (id_, parent_act_inst_id_, proc_def_key_, proc_def_id_, root_proc_inst_id_,
                  proc_inst_id_, execution_id_, act_id_, task_id_, call_proc_inst_id_, act_name_, act_type_, assignee_,
                  start_time_, end_time_, duration_, act_inst_state_, sequence_counter_)
                select case when length(s.act_id) > 27 then '' else s.act_id || ':' end || %1$s,
                  case when s.parent_seq = 0 then c.id when length(s.parent_act) > 27 then %2$s
                       else s.parent_act || ':' || %2$s end,
                  :key, :definition, c.id, c.id,
                  case when s.parent_seq = 0 then c.id else %3$s end,
                  s.act_id, case when s.act_type = 'userTask' then %4$s end,
                  case when s.act_type = 'callActivity' then %5$s end,
                  s.act_name, s.act_type,
                  case when s.act_type = 'userTask' then 'bench' || replace(c.agency, '-', '') || mod(c.n, 4) end,
                  c.start_time + t.off_ms * interval '1 millisecond',
                  c.start_time + (t.off_ms + t.dur_ms) * interval '1 millisecond', t.dur_ms,
                  case when s.canceled then 2 when s.act_type like '%%EndEvent' then 1 else 4 end, s.seq
                from bench_case c join bench_timeline t on t.n = c.n join bench_step s on s.path = c.path and s.seq = t.seq
                where c.k >= :from and c.k < :to and c.k in (select k from bench_kept)
                order by c.k, s.seq""".formatted(
                                    caseId("s.seq"),
                                    caseId("s.parent_seq"),
                                    caseId("'x' || s.parent_seq"),
                                    caseId("'t' || s.seq"),
                                    caseId("'c' || s.seq")))
                    .param("key", processKey)
                    .param("definition", definition)
                    .param("from", from)
                    .param("to", from + CHUNK)
                    .update();
        }
        int cases = jdbc.sql("""
                insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_,
                  end_time_, duration_, start_act_id_, end_act_id_, root_proc_inst_id_, delete_reason_, state_)
                select c.id, c.id, c.reg, :key, :definition, c.start_time,
                  c.start_time + t.total_ms * interval '1 millisecond', t.total_ms,
                  (select s.act_id from bench_step s where s.path = c.path and s.seq = 1),
                  case when l.canceled then null else l.act_id end, c.id,
                  case when l.canceled then 'Withdrawn by the counsellor' end,
                  case when l.canceled then 'EXTERNALLY_TERMINATED' else 'COMPLETED' end
                from bench_case c join bench_total t on t.n = c.n
                cross join lateral (select s.act_id, s.canceled from bench_step s where s.path = c.path
                                    order by s.seq desc limit 1) l
                where c.k in (select k from bench_kept)
                order by c.k""")
                .param("key", processKey)
                .param("definition", definition)
                .update();
        System.out.printf(
                "BENCHMARK generator: %s history +%,d cases, +%,d activity instances (%,d ms)%n",
                processKey, cases, activities, (System.nanoTime() - began) / 1_000_000);
    }

    /**
     * An id of the case's own, a UUID whose first 8 digits are the case's (time-ordered, like UUID v7), the rest
     * derived from {@code salt}: the case's rows then reach each index of the history in nearly ascending order.
     */
    private static String caseId(String salt) {
        return "left(c.id, 8) || substr(md5(c.id || " + salt + ")::uuid::text, 9)";
    }

    /**
     * Renumbers {@code bench_case} in the order the cases started ({@code k}) and gives each an id that sorts
     * the same way (the first 8 hex digits are {@code offset + k}), so that the history is written in
     * ascending order of its indexes' keys instead of at random places of 13 indexes (ten times slower).
     */
    private void ordered(long offset) {
        update("drop table if exists bench_ordered");
        update("""
                create unlogged table bench_ordered as
                select c.*, r.k, lpad(to_hex(%d + r.k), 8, '0') || substr(md5(c.id)::uuid::text, 9) ordered_id
                from bench_case c join (select n, row_number() over (order by start_time, n) k from bench_case) r
                  on r.n = c.n""".formatted(offset));
        update("drop table bench_case");
        update("alter table bench_ordered rename to bench_case");
        update("alter table bench_case drop column id");
        update("alter table bench_case rename column ordered_id to id");
        update("create unique index on bench_case (n)");
        update("create unique index on bench_case (k)");
        update("analyze bench_case");
    }

    private int update(String sql) {
        return jdbc.sql(sql).update();
    }

    private static long millis(String duration) {
        if (duration.endsWith("ms")) {
            return Long.parseLong(duration.substring(0, duration.length() - 2));
        }
        long amount = Long.parseLong(duration.substring(0, duration.length() - 1));
        return switch (duration.charAt(duration.length() - 1)) {
            case 's' -> amount * 1000;
            case 'h' -> amount * 3_600_000;
            case 'd' -> amount * 86_400_000;
            default -> throw new IllegalArgumentException(duration);
        };
    }

    // ---- measuring

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
