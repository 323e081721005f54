package lu.adem.tremplin.inbox.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import lu.adem.tremplin.followup.FollowUpProcess;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.support.Figure;
import lu.adem.tremplin.support.LocalPostgres;
import lu.adem.tremplin.support.Rounds;
import lu.adem.tremplin.support.TestSignIn;

/**
 * Benchmark, not a test (Surefire runs *Tests only): My caseload of a counsellor with 300 jobseekers, on
 * PostgreSQL. Run: {@code tools/benchmarks.sh -o -Dtest=CaseloadBenchmark} (the local PostgreSQL server; a
 * database of its own, dropped at the end). {@code benchmark.scale} multiplies the other counsellors' jobseekers.
 * <p>
 * Generator: the demo data set, then 300 jobseekers of Luxembourg whose referent is the measured counsellor and
 * 10,000 of the other counsellors of the six agencies, all with the same mix of cases started through the engine
 * over the last 60 days: every one an onboarding waiting at "Propose the programme"; every third a follow-up
 * whose "Record the certificate" was completed (so a last contact, and "Offer a next course" open); every
 * fifth a follow-up waiting a week with a learning activity; every seventh a follow-up with "Record the
 * certificate" open. Every fourth has an expired self-assessment link, every tenth a course completed in the
 * last 30 days. Then {@code VACUUM ANALYZE}.
 * <p>
 * Measured: {@link Caseload#page} of the first 50 lines, as the counsellor, in French, by name, by next due
 * date, and filtered by a flag (each reads and computes the whole caseload: six queries).
 */
@SpringBootTest
@ActiveProfiles("postgres")
class CaseloadBenchmark {

    static final String PREFIX = "tremplin_bench_caseload_";
    static final double SCALE = Double.parseDouble(System.getProperty("benchmark.scale", "1.0"));
    static final int MINE = 300;
    static final int OTHERS = (int) Math.round(10_000 * SCALE);
    static final String COUNSELLOR = "benchreferent";
    static final Rounds PAGES = new Rounds(30, 200, 5, 30_000_000_000L);

    @Autowired
    Caseload caseload;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identityService;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        LocalPostgres.freshApplication(PREFIX, "caseload-bench", registry);
        registry.add("tremplin.demo.enabled", () -> "true");
    }

    @Test
    void caseloadOfThreeHundredJobseekers() throws Exception {
        long began = System.nanoTime();
        Instant now = Instant.now();
        for (int i = 0; i < MINE + OTHERS; i++) {
            boolean mine = i < MINE;
            Agency agency = mine ? Agency.LUXEMBOURG : Agency.values()[i % Agency.values().length];
            String referent = mine ? COUNSELLOR : "other" + (i % 40);
            jobseekerWithCases(String.format(Locale.ROOT, "DE-B-%06d", i), i, agency, referent, now);
            if (i % 500 == 0) {
                System.out.printf("BENCHMARK generator: %,d jobseekers with their cases%n", i);
            }
        }
        for (String table : List.of(
                "jobseeker",
                "self_assessment_link",
                "pilot_course",
                "act_hi_procinst",
                "act_hi_taskinst",
                "act_hi_actinst",
                "act_ru_task",
                "act_ru_variable",
                "act_ru_execution")) {
            jdbc.sql("vacuum analyze " + table).update();
        }
        long generated = (System.nanoTime() - began) / 1_000_000;
        int instances = jdbc.sql("select count(*) from act_hi_procinst")
                .query(Integer.class)
                .single();
        System.out.printf(
                "BENCHMARK caseload on PostgreSQL: %,d jobseekers, %,d cases, generated in %,d ms%n",
                MINE + OTHERS, instances, generated);

        identityService.saveUser(identityService.newUser(COUNSELLOR));
        identityService.createMembership(COUNSELLOR, "counsellor");
        identityService.createMembership(COUNSELLOR, Agency.LUXEMBOURG.groupId());
        TestSignIn.as(identityService, COUNSELLOR);

        Caseload.Query byName = new Caseload.Query(null, null, Caseload.Sort.NAME);
        List<CaseloadLine> first = caseload.page(byName, 0, 50, Locale.FRENCH);
        assertThat(first)
                .hasSize(50)
                .allSatisfy(line -> assertThat(line.currentSteps()).isNotEmpty());
        assertThat(caseload.count(byName)).isEqualTo(MINE);
        for (CaseloadFlag flag : CaseloadFlag.values()) {
            assertThat(caseload.count(new Caseload.Query(null, flag, null)))
                    .as(flag.name())
                    .isPositive();
        }
        measure("by name", byName, instances);
        measure("by next due date", new Caseload.Query(null, null, Caseload.Sort.NEXT_DUE), instances);
        measure(
                "flag 'certificate to record'",
                new Caseload.Query(null, CaseloadFlag.CERTIFICATE_TO_RECORD, null),
                instances);
        System.out.printf("BENCHMARK CaseloadBenchmark done in %,d s%n", (System.nanoTime() - began) / 1_000_000_000L);
    }

    private void measure(String what, Caseload.Query query, int instances) throws Exception {
        double[] times =
                PAGES.measure(() -> caseload.page(query, 0, 50, Locale.FRENCH).size());
        new Figure(
                        "My caseload, first page of 50 (Caseload.page, " + what + "), a counsellor with " + MINE
                                + " jobseekers among " + String.format(Locale.ROOT, "%,d", MINE + OTHERS)
                                + " jobseekers and " + String.format(Locale.ROOT, "%,d", instances) + " cases",
                        Figure.times(times),
                        "p95 ≤ 100 ms",
                        "—",
                        "—",
                        Rounds.p(times, 95) <= 100)
                .print();
    }

    private void jobseekerWithCases(String number, int i, Agency agency, String referent, Instant now) {
        jdbc.sql("""
                insert into jobseeker (registration_number, first_name, last_name, agency, referent_counsellor,
                  languages, created_at, updated_at, version)
                values (:number, 'Bench', :last, :agency, :referent, 'FR', current_timestamp, current_timestamp, 0)""")
                .param("number", number)
                .param("last", "Person" + Integer.toString(i * 7919 % 100_000, 36))
                .param("agency", agency.code())
                .param("referent", referent)
                .update();
        Instant started = now.minus(Duration.ofHours(1 + (i * 37L) % (60 * 24)));
        String onboarding = startAt(
                started, OnboardingProcess.KEY, number, agency, OnboardingProcess.TASK_PROPOSE_PROGRAMME, Map.of());
        if (i % 3 == 0) {
            String followUp = startAt(
                    started,
                    FollowUpProcess.KEY,
                    number,
                    agency,
                    FollowUpProcess.TASK_RECORD_CERTIFICATE,
                    Map.of(CaseVariables.ENROLLED_COURSE, "C1"));
            String task = tasks.createTaskQuery()
                    .processInstanceId(followUp)
                    .singleResult()
                    .getId();
            ClockUtil.setCurrentTime(Date.from(started.plus(Duration.ofHours(5))));
            try {
                tasks.setAssignee(task, referent);
                tasks.complete(task, Map.of("certificateOnActionPlan", true, "certificateOnCv", true));
            } finally {
                ClockUtil.reset();
            }
        }
        if (i % 5 == 0) {
            startAt(
                    started,
                    FollowUpProcess.KEY,
                    number,
                    agency,
                    FollowUpProcess.TIMER_WEEK,
                    Map.of(
                            CaseVariables.ENROLLED_COURSE,
                            "C2",
                            FollowUpProcess.VAR_LAST_ACTIVITY,
                            Date.from(started.plus(Duration.ofDays(1)))));
        }
        if (i % 7 == 0) {
            startAt(
                    started,
                    FollowUpProcess.KEY,
                    number,
                    agency,
                    FollowUpProcess.TASK_RECORD_CERTIFICATE,
                    Map.of(CaseVariables.ENROLLED_COURSE, "C3"));
        }
        if (i % 4 == 0) {
            jdbc.sql("""
                    insert into self_assessment_link (token_hash, jobseeker_id, process_instance_id, language,
                      created_at, expires_at) values (:hash, :number, :case, 'fr', :created, :expires)""")
                    .param("hash", "bench-" + number)
                    .param("number", number)
                    .param("case", onboarding)
                    .param("created", Timestamp.from(started))
                    .param("expires", Timestamp.from(started.plus(Duration.ofMinutes(30))))
                    .update();
        }
        if (i % 10 == 0) {
            jdbc.sql("""
                    insert into pilot_course (case_id, registration_number, agency, course_id, started_at, progress,
                      completed_at) values (:case, :number, :agency, 'C9', :started, 100, :completed)""")
                    .param("case", "bench-" + number)
                    .param("number", number)
                    .param("agency", agency.code())
                    .param("started", Timestamp.from(started.minus(Duration.ofDays(40))))
                    .param("completed", Timestamp.from(now.minus(Duration.ofDays(3))))
                    .update();
        }
    }

    private String startAt(
            Instant at, String key, String number, Agency agency, String activity, Map<String, Object> extra) {
        Map<String, Object> variables = new HashMap<>(extra);
        variables.put(CaseVariables.JOBSEEKER_ID, number);
        variables.put(CaseVariables.AGENCY, agency.code());
        variables.put(FollowUpProcess.VAR_PROGRESS, 0);
        variables.put(FollowUpProcess.VAR_PILOT_ENDS_AT, Date.from(at.plus(Duration.ofDays(300))));
        ClockUtil.setCurrentTime(Date.from(at));
        try {
            return runtime.createProcessInstanceByKey(key)
                    .businessKey(number)
                    .setVariables(variables)
                    .startBeforeActivity(activity)
                    .execute()
                    .getId();
        } finally {
            ClockUtil.reset();
        }
    }
}
