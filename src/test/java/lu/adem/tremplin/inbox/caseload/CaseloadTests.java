package lu.adem.tremplin.inbox.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import lu.adem.tremplin.followup.FollowUpProcess;
import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

/**
 * My caseload with exact expectations: this test's own counsellor, the referent of jobseekers the test
 * registers, with cases it starts (placed at the step it needs) and each flag on and off, by the engine's
 * one clock where time matters.
 */
class CaseloadTests extends KaribuViewTest {

    static final Instant NOW = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    Caseload caseload;
    RuntimeService runtime;
    TaskService tasks;
    JdbcClient jdbc;
    String counsellor;

    @BeforeEach
    void counsellorOfDiekirch() {
        caseload = context.getBean(Caseload.class);
        runtime = context.getBean(RuntimeService.class);
        tasks = context.getBean(TaskService.class);
        jdbc = context.getBean(JdbcClient.class);
        counsellor = data.counsellor(Agency.DIEKIRCH);
    }

    private final List<String> started = new java.util.ArrayList<>();

    /** Back to real time, and this test's cases deleted: other tests of the shared context never see them. */
    @AfterEach
    void realTimeAndNoCaseLeft() {
        ClockUtil.reset();
        data.asTremplin(() -> {
            started.forEach(id -> runtime.deleteProcessInstanceIfExists(id, "test over", true, true, true, true));
            return null;
        });
    }

    /** Registers a jobseeker of the agency whose referent is {@code referent}; returns the number. */
    String jobseeker(String lastName, Agency agency, String referent) {
        String number = TestData.registrationNumber();
        data.register(new Jobseeker(
                null, number, "Test", lastName, agency, referent, EnumSet.of(Language.FR), null, null, null, null));
        return number;
    }

    String mine(String lastName) {
        return jobseeker(lastName, Agency.DIEKIRCH, counsellor);
    }

    /** Runs the work as Tremplin with the engine's clock at {@code at}. */
    <T> T at(Instant at, Supplier<T> work) {
        ClockUtil.setCurrentTime(Date.from(at));
        try {
            return data.asTremplin(work);
        } finally {
            ClockUtil.reset();
        }
    }

    String onboardingStartedAt(String number, Instant at) {
        return at(
                at,
                () -> runtime.createProcessInstanceByKey(OnboardingProcess.KEY)
                        .businessKey(number)
                        .setVariables(Map.of(CaseVariables.JOBSEEKER_ID, number, CaseVariables.AGENCY, "diekirch"))
                        .startBeforeActivity(OnboardingProcess.TASK_PROPOSE_PROGRAMME)
                        .execute()
                        .getId());
    }

    /** A follow-up of a course placed before {@code activity}, started at {@code at}. */
    String followUpAt(String number, String activity, Instant at) {
        return at(
                at,
                () -> runtime.createProcessInstanceByKey(FollowUpProcess.KEY)
                        .businessKey(number)
                        .setVariables(Map.of(
                                CaseVariables.JOBSEEKER_ID,
                                number,
                                CaseVariables.AGENCY,
                                "diekirch",
                                CaseVariables.ENROLLED_COURSE,
                                "C-" + number,
                                FollowUpProcess.VAR_PROGRESS,
                                0,
                                FollowUpProcess.VAR_PILOT_ENDS_AT,
                                Date.from(at.plus(Duration.ofDays(300)))))
                        .startBeforeActivity(activity)
                        .execute()
                        .getId());
    }

    private String started(String caseId) {
        started.add(caseId);
        return caseId;
    }

    List<CaseloadLine> lines(Caseload.Query query) {
        signIn(counsellor);
        return caseload.all(query, Locale.ENGLISH);
    }

    CaseloadLine line(String number) {
        return lines(new Caseload.Query(number, null, null)).stream()
                .filter(l -> l.registrationNumber().equals(number))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void shouldListOnlyMyJobseekersWithTheirCurrentStepAndNextDueDate() {
        String waiting = mine("Alpha");
        String quiet = mine("Bravo");
        String someoneElses = jobseeker("Charlie", Agency.DIEKIRCH, data.counsellor(Agency.DIEKIRCH));
        String case1 = onboardingStartedAt(waiting, NOW);
        onboardingStartedAt(someoneElses, NOW);
        Date due =
                tasks.createTaskQuery().processInstanceId(case1).singleResult().getDueDate();

        List<CaseloadLine> all = lines(new Caseload.Query(null, null, Caseload.Sort.NAME));

        assertThat(all).extracting(CaseloadLine::registrationNumber).containsExactly(waiting, quiet);
        assertThat(all.get(0).name()).isEqualTo("Test Alpha");
        assertThat(all.get(0).currentSteps()).containsExactly("Propose the programme");
        assertThat(all.get(0).nextDue()).isEqualTo(due == null ? null : due.toInstant());
        assertThat(all.get(0).lastContact()).isNull();
        assertThat(all.get(0).flags()).isEmpty();
        assertThat(all.get(1).currentSteps()).isEmpty();
        assertThat(all.get(1).nextDue()).isNull();
        assertThat(all.get(1).flags())
                .as("no running case: nothing to progress")
                .isEmpty();
        assertThat(caseload.all(new Caseload.Query(null, null, null), Locale.FRENCH)
                        .get(0)
                        .currentSteps())
                .as("step names in the user's language")
                .containsExactly("Proposer le programme");
    }

    @Test
    void shouldShowWhereACaseWaitsWithoutAnOpenTask() {
        String number = mine("Delta");
        followUpAt(number, FollowUpProcess.TIMER_WEEK, NOW);

        assertThat(line(number).currentSteps()).containsExactly("A week later");
        assertThat(line(number).nextDue()).isNull();
    }

    @Test
    void shouldFlagCertificateToRecordUntilItIsRecordedThenShowTheLastContact() {
        String number = mine("Echo");
        String followUp = followUpAt(number, FollowUpProcess.TASK_RECORD_CERTIFICATE, NOW.minus(Duration.ofDays(20)));
        assertThat(line(number).flags()).contains(CaseloadFlag.CERTIFICATE_TO_RECORD);
        assertThat(line(number).lastContact()).isNull();

        String task = data.asTremplin(() -> tasks.createTaskQuery()
                .processInstanceId(followUp)
                .singleResult()
                .getId());
        Instant recorded = NOW.minus(Duration.ofDays(1));
        at(recorded, () -> {
            tasks.claim(task, counsellor);
            tasks.complete(task, Map.of("certificateOnActionPlan", true, "certificateOnCv", true));
            return null;
        });

        CaseloadLine after = line(number);
        assertThat(after.flags()).doesNotContain(CaseloadFlag.CERTIFICATE_TO_RECORD, CaseloadFlag.NO_PROGRESS);
        assertThat(after.currentSteps()).containsExactly("Offer a next course");
        assertThat(after.lastContact())
                .isEqualTo(new CaseloadLine.LastContact(
                        "Record the certificate on the action plan and CV", counsellor, recorded));
    }

    @Test
    void shouldFlagNoProgressAfterFourteenQuietDaysOnly() {
        String quiet = mine("Foxtrot");
        String recent = mine("Golf");
        String learning = mine("Hotel");
        onboardingStartedAt(quiet, NOW.minus(Duration.ofDays(15)));
        onboardingStartedAt(recent, NOW.minus(Duration.ofDays(13)));
        String followUp = followUpAt(learning, FollowUpProcess.TIMER_WEEK, NOW.minus(Duration.ofDays(40)));
        data.asTremplin(() -> {
            runtime.setVariable(followUp, FollowUpProcess.VAR_LAST_ACTIVITY, Date.from(NOW.minus(Duration.ofDays(2))));
            return null;
        });

        assertThat(line(quiet).flags()).containsExactly(CaseloadFlag.NO_PROGRESS);
        assertThat(line(recent).flags()).isEmpty();
        assertThat(line(learning).flags()).as("learning reported 2 days ago").isEmpty();
        assertThat(lines(new Caseload.Query(null, CaseloadFlag.NO_PROGRESS, null)))
                .extracting(CaseloadLine::registrationNumber)
                .containsExactly(quiet);
    }

    @Test
    void shouldFlagACourseCompletedInTheLastThirtyDays() {
        String lately = mine("India");
        String longAgo = mine("Juliet");
        String late = followUpAt(lately, FollowUpProcess.TIMER_WEEK, NOW.minus(Duration.ofDays(60)));
        String old = followUpAt(longAgo, FollowUpProcess.TIMER_WEEK, NOW.minus(Duration.ofDays(60)));
        at(NOW.minus(Duration.ofDays(29)), () -> {
            runtime.setVariable(late, FollowUpProcess.VAR_COMPLETED, true);
            return null;
        });
        at(NOW.minus(Duration.ofDays(31)), () -> {
            runtime.setVariable(old, FollowUpProcess.VAR_COMPLETED, true);
            return null;
        });

        assertThat(line(lately).flags()).contains(CaseloadFlag.COURSE_COMPLETED);
        assertThat(line(longAgo).flags()).doesNotContain(CaseloadFlag.COURSE_COMPLETED);
    }

    @Test
    void shouldFlagAnExpiredUnansweredLatestLinkWhileItsAssessmentRuns() {
        String expired = mine("Kilo");
        String answered = mine("Lima");
        String renewed = mine("Mike");
        String ended = mine("November");
        link(expired, onboardingStartedAt(expired, NOW), NOW.minus(Duration.ofDays(1)), null);
        link(
                answered,
                onboardingStartedAt(answered, NOW),
                NOW.minus(Duration.ofDays(1)),
                NOW.minus(Duration.ofDays(2)));
        String renewedCase = onboardingStartedAt(renewed, NOW);
        link(renewed, renewedCase, NOW.minus(Duration.ofDays(1)), null);
        link(renewed, renewedCase, NOW.plus(Duration.ofDays(6)), null);
        link(ended, "a-case-that-ended", NOW.minus(Duration.ofDays(1)), null);

        assertThat(line(expired).flags()).containsExactly(CaseloadFlag.LINK_EXPIRED);
        assertThat(line(answered).flags()).isEmpty();
        assertThat(line(renewed).flags()).as("a newer link still valid").isEmpty();
        assertThat(line(ended).flags()).isEmpty();
    }

    private void link(String number, String caseId, Instant expires, Instant used) {
        jdbc.sql("""
                insert into self_assessment_link (token_hash, jobseeker_id, process_instance_id, language, created_at,
                  expires_at, used_at) values (:hash, :number, :case, 'fr', :created, :expires, :used)""")
                .param("hash", TestData.uniqueId())
                .param("number", number)
                .param("case", caseId)
                .param("created", java.sql.Timestamp.from(expires.minus(Duration.ofDays(7))))
                .param("expires", java.sql.Timestamp.from(expires))
                .param("used", used == null ? null : java.sql.Timestamp.from(used), java.sql.Types.TIMESTAMP)
                .update();
    }

    @Test
    void shouldSearchAndSortByNextDueAndLastContact() {
        String later = mine("Oscar");
        String sooner = mine("Papa");
        String none = mine("Quebec");
        onboardingStartedAt(later, NOW);
        onboardingStartedAt(sooner, NOW);
        data.asTremplin(() -> {
            String laterTask = tasks.createTaskQuery()
                    .processInstanceBusinessKey(later)
                    .singleResult()
                    .getId();
            String soonerTask = tasks.createTaskQuery()
                    .processInstanceBusinessKey(sooner)
                    .singleResult()
                    .getId();
            tasks.setDueDate(laterTask, Date.from(NOW.plus(Duration.ofDays(5))));
            tasks.setDueDate(soonerTask, Date.from(NOW.plus(Duration.ofDays(2))));
            return null;
        });

        assertThat(lines(new Caseload.Query(null, null, Caseload.Sort.NEXT_DUE)))
                .extracting(CaseloadLine::registrationNumber)
                .containsExactly(sooner, later, none);
        assertThat(lines(new Caseload.Query(null, null, Caseload.Sort.LAST_CONTACT)))
                .extracting(CaseloadLine::registrationNumber)
                .as("never contacted first, by name among equals")
                .containsExactly(later, sooner, none);
        assertThat(lines(new Caseload.Query("papa", null, null)))
                .extracting(CaseloadLine::registrationNumber)
                .containsExactly(sooner);
        assertThat(lines(new Caseload.Query(none.substring(3), null, null)))
                .extracting(CaseloadLine::registrationNumber)
                .containsExactly(none);
        signIn(counsellor);
        assertThat(caseload.page(new Caseload.Query(null, null, Caseload.Sort.NEXT_DUE), 1, 1, Locale.ENGLISH))
                .extracting(CaseloadLine::registrationNumber)
                .containsExactly(later);
        assertThat(caseload.count(new Caseload.Query(null, null, null))).isEqualTo(3);
    }

    @Test
    void shouldNeverShowAnotherCounsellorsJobseekers() {
        String colleague = data.counsellor(Agency.DIEKIRCH);
        String mineToo = mine("Romeo");
        String theirs = jobseeker("Sierra", Agency.DIEKIRCH, colleague);
        String otherAgency = jobseeker("Tango", Agency.WILTZ, counsellor);

        assertThat(lines(new Caseload.Query(null, null, null)))
                .extracting(CaseloadLine::registrationNumber)
                .containsExactly(mineToo);
        assertThat(lines(new Caseload.Query(theirs, null, null))).isEmpty();
        assertThat(lines(new Caseload.Query(otherAgency, null, null)))
                .as("named referent of a jobseeker of an agency not theirs")
                .isEmpty();
        signIn(colleague);
        assertThat(caseload.all(new Caseload.Query(null, null, null), Locale.ENGLISH))
                .extracting(CaseloadLine::registrationNumber)
                .containsExactly(theirs);
        signIn(data.supervisor());
        assertThatThrownBy(() -> caseload.all(new Caseload.Query(null, null, null), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }
}
