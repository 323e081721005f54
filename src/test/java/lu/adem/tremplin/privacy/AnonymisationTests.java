package lu.adem.tremplin.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import lu.adem.tremplin.followup.FollowUpProcess;
import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.reporting.PilotReview;
import lu.adem.tremplin.reporting.PilotReviewTests;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.shared.PersonalData;
import lu.adem.tremplin.shared.Roles;
import lu.adem.tremplin.shared.engine.tables.EngineTableScan;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

/**
 * Anonymising a jobseeker on the pilot test data set: their running case ends with the recorded reason, no
 * engine table holds their registration number, no module lists anything under it, and the pilot review's
 * figures are exactly the same before and after. The modules' own {@link PersonalData} beans (jobseeker,
 * reporting, messages…) come from another branch: once merged, the same test covers their rows too.
 */
class AnonymisationTests extends KaribuViewTest {

    /** A month of its own (July 2033), so that the facts this test adds change no other test's figures. */
    private static final Instant IN_JULY_2033 = Instant.parse("2033-07-15T09:30:00Z");

    @Test
    void shouldAnonymiseAJobseekerWithRunningAndEndedCasesAndKeepThePilotFigures() {
        PilotReviewTests.fixedDataSet(context);
        Jobseeker jobseeker = data.register(TestData.newJobseeker(Agency.WILTZ));
        String number = jobseeker.registrationNumber();
        String ended = data.asTremplin(() -> endedOnboarding(number));
        String running = data.asTremplin(() -> runningFollowUp(number));
        signIn(data.supervisor());
        PilotReview review = context.getBean(PilotReview.class);
        var before = review.figures(PilotReviewTests.MARCH_1, LocalDate.of(2033, 7, 31));
        assertThat(before.total().toString()).as("the data set counts people").containsPattern("=[1-9]");
        List<String> runningCases =
                data.asTremplin(() -> context
                        .getBean(RuntimeService.class)
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(number)
                        .list()
                        .stream()
                        .map(c -> c.getId())
                        .toList());
        assertThat(runningCases)
                .as("the follow-up, and the course recommendation that enrolment started")
                .contains(running);
        DataSource dataSource = context.getBean(DataSource.class);
        assertThat(EngineTableScan.columnsHolding(dataSource, number)).isNotEmpty();

        signIn(data.account("dpoan", Roles.groupOf(Roles.DPO)));
        Anonymisation.Result result =
                context.getBean(Anonymisation.class).anonymise(number, "Request of 2 December, ticket 4711");

        assertThat(result.alreadyAnonymised()).isFalse();
        assertThat(result.casesEnded()).isEqualTo(runningCases.size());
        assertThat(result.pseudonym()).matches("X[A-Z2-7]{11}");
        List<HistoricProcessInstance> endedByUs = data.asTremplin(() -> context.getBean(HistoryService.class)
                .createHistoricProcessInstanceQuery()
                .processInstanceIds(new java.util.HashSet<>(runningCases))
                .list());
        assertThat(endedByUs).hasSize(runningCases.size()).allSatisfy(c -> {
            assertThat(c.getDeleteReason()).isEqualTo(Anonymisation.CASE_END_REASON);
            assertThat(c.getEndTime()).isNotNull();
            assertThat(c.getBusinessKey()).isEqualTo(result.pseudonym());
        });
        assertThat(EngineTableScan.columnsHolding(dataSource, number))
                .as("the engine's history holds no registration number of theirs")
                .isEmpty();
        for (PersonalData holder : context.getBeansOfType(PersonalData.class).values()) {
            assertThat(holder.heldAbout(number)).as(holder.section()).isEmpty();
        }
        assertThat(context.getBean(lu.adem.tremplin.shared.engine.tables.EngineHistory.class)
                        .heldAbout(result.pseudonym()))
                .extracting(c -> c.get("case"))
                .contains(ended, running);
        // what the jobseeker's file shows of them now: no name, no contact, under the pseudonym
        Jobseeker anonymised = context.getBean(lu.adem.tremplin.jobseeker.Jobseekers.class)
                .find(result.pseudonym())
                .orElseThrow();
        assertThat(anonymised.fullName()).doesNotContain(jobseeker.firstName()).doesNotContain(jobseeker.lastName());
        assertThat(anonymised.email()).isNull();
        assertThat(anonymised.phone()).isNull();
        assertThat(anonymised.referentCounsellor()).isNull();
        assertThat(context.getBean(lu.adem.tremplin.jobseeker.Jobseekers.class).find(number))
                .isEmpty();
        signIn(data.supervisor());
        assertThat(review.figures(PilotReviewTests.MARCH_1, LocalDate.of(2033, 7, 31)))
                .isEqualTo(before);
    }

    @Test
    void shouldRecordTheAnonymisationUnderThePseudonymOnlyAndDoItOnce() {
        String number = data.jobseeker(Agency.LUXEMBOURG);
        String dpo = data.account("dpoan", Roles.groupOf(Roles.DPO));
        signIn(dpo);
        context.publishEvent(lu.adem.tremplin.shared.PersonalDataAccessed.of(
                lu.adem.tremplin.shared.PersonalDataAccessed.FILE_OPENED, number, "jobseeker/file"));
        Anonymisation anonymisation = context.getBean(Anonymisation.class);

        Anonymisation.Result first = anonymisation.anonymise(number, "Erasure request by letter");
        Anonymisation.Result again = anonymisation.anonymise(number, "Erasure request by letter");

        assertThat(again).isEqualTo(new Anonymisation.Result(first.pseudonym(), true, 0));
        Map<String, Object> row = context.getBean(JdbcClient.class)
                .sql("select * from anonymisation where pseudonym = ?")
                .param(first.pseudonym())
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("ANONYMISED_BY", dpo)
                .containsEntry("TRIGGER_KIND", "REQUEST")
                .containsEntry("REASON", "Erasure request by letter");
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(number));
        assertThat(context.getBean(AccessLog.class).about(first.pseudonym(), 5))
                .extracting(AccessLog.Entry::action, AccessLog.Entry::userId)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("anonymised", dpo),
                        org.assertj.core.groups.Tuple.tuple("file-opened", dpo));
        assertThat(context.getBean(AccessLog.class).about(number, 5)).isEmpty();
        assertThat(anonymisation.isPseudonym(first.pseudonym())).isTrue();
    }

    @Test
    void shouldLetOnlyTheDataProtectionOfficerAnonymiseAndOnlyWithAReason() {
        String number = data.jobseeker(Agency.WILTZ);
        Anonymisation anonymisation = context.getBean(Anonymisation.class);

        signIn(data.supervisor());
        assertThatThrownBy(() -> anonymisation.anonymise(number, "because")).isInstanceOf(AccessDeniedException.class);
        signIn(data.administrator());
        assertThatThrownBy(() -> anonymisation.anonymise(number, "because")).isInstanceOf(AccessDeniedException.class);
        signIn(data.account("dpoan", Roles.groupOf(Roles.DPO)));
        assertThatThrownBy(() -> anonymisation.anonymise(number, "  ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(context.getBean(JdbcClient.class)
                        .sql(
                                "select count(*) from anonymisation where anonymised_by like 'dpoan%' and reason = 'because'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private String endedOnboarding(String number) {
        ClockUtil.setCurrentTime(Date.from(IN_JULY_2033));
        try {
            return context.getBean(RuntimeService.class)
                    .createProcessInstanceByKey(OnboardingProcess.KEY)
                    .businessKey(number)
                    .setVariables(Map.of(
                            CaseVariables.JOBSEEKER_ID,
                            number,
                            CaseVariables.AGENCY,
                            "wiltz",
                            CaseVariables.ROUTE,
                            "AUTONOMOUS"))
                    .startBeforeActivity(OnboardingProcess.END_ENROLLED)
                    .execute()
                    .getId();
        } finally {
            ClockUtil.reset();
        }
    }

    private String runningFollowUp(String number) {
        ClockUtil.setCurrentTime(Date.from(IN_JULY_2033.plus(Duration.ofDays(1))));
        try {
            RuntimeService runtime = context.getBean(RuntimeService.class);
            String id = runtime.createProcessInstanceByKey(FollowUpProcess.KEY)
                    .businessKey(number)
                    .setVariables(Map.of(
                            CaseVariables.JOBSEEKER_ID,
                            number,
                            CaseVariables.AGENCY,
                            "wiltz",
                            CaseVariables.ROUTE,
                            "AUTONOMOUS",
                            CaseVariables.ENROLLED_COURSE,
                            "RV31-C1",
                            FollowUpProcess.VAR_PROGRESS,
                            0,
                            FollowUpProcess.VAR_PILOT_ENDS_AT,
                            Date.from(IN_JULY_2033.plus(Duration.ofDays(200)))))
                    .startBeforeActivity(FollowUpProcess.TIMER_WEEK)
                    .execute()
                    .getId();
            runtime.setVariable(id, FollowUpProcess.VAR_PROGRESS, 40);
            return id;
        } finally {
            ClockUtil.reset();
        }
    }
}
