package lu.adem.tremplin.cockpit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import lu.adem.tremplin.cockpit.OverdueWork;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

class CockpitViewTests extends KaribuViewTest {

    private static final java.util.concurrent.atomic.AtomicInteger HEATMAP_RUNS =
            new java.util.concurrent.atomic.AtomicInteger();

    private CockpitView open() {
        UI.getCurrent().navigate(CockpitView.class);
        return _get(CockpitView.class);
    }

    private static lu.adem.tremplin.cockpit.ProcessOverview.ProcessFigures onboarding(CockpitView view) {
        return view.grid
                .getListDataView()
                .getItems()
                .filter(process -> process.key().equals("onboarding"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void shouldShowRunningCasesAndOpenTasksOfEveryAgencyToASupervisor() {
        signIn(data.supervisor());
        var before = context.getBean(lu.adem.tremplin.cockpit.ProcessOverview.class).processes().stream()
                .filter(process -> process.key().equals("onboarding"))
                .findFirst()
                .orElseThrow();
        data.proposedCase(lu.adem.tremplin.shared.Agency.LUXEMBOURG);
        data.proposedCase(lu.adem.tremplin.shared.Agency.WILTZ);

        var after = onboarding(open());

        assertThat(after.runningCases()).as("this test's two new cases").isEqualTo(before.runningCases() + 2);
        assertThat(after.openTasks()).isEqualTo(before.openTasks() + 2).isLessThanOrEqualTo(after.runningCases());
        assertThat(after.incidents()).isEqualTo(before.incidents());
    }

    @Test
    void shouldShowEachCounsellorsOpenAndOverdueTasksAndRefuseTheFiguresToACounsellor() {
        String counsellor = data.counsellor(lu.adem.tremplin.shared.Agency.WILTZ);
        String task = data.openTask(data.proposedCase(lu.adem.tremplin.shared.Agency.WILTZ));
        data.proposedCase(lu.adem.tremplin.shared.Agency.LUXEMBOURG);
        var tasks = context.getBean(org.camunda.bpm.engine.TaskService.class);
        tasks.claim(task, counsellor);
        tasks.setDueDate(task, java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(1))));
        signIn(data.supervisor());

        CockpitView view = open();

        assertThat(view.workload.getListDataView().getItems())
                .filteredOn(line -> counsellor.equals(line.counsellor()))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.agency()).isEqualTo(lu.adem.tremplin.shared.Agency.WILTZ);
                    assertThat(line.openTasks()).isEqualTo(1);
                    assertThat(line.overdue()).isEqualTo(1);
                    assertThat(line.oldest().toDays()).isZero();
                });
        assertThat(view.workload.getListDataView().getItems()).anySatisfy(line -> {
            assertThat(line.counsellor()).as("an agency's unassigned tasks").isNull();
            assertThat(line.agency()).isEqualTo(lu.adem.tremplin.shared.Agency.LUXEMBOURG);
            assertThat(line.openTasks()).isPositive();
        });

        signIn(counsellor);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> context.getBean(lu.adem.tremplin.cockpit.TeamWorkload.class)
                                .lines())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void shouldShowTheHeatmapOfAPeriodAndListTheCasesWaitingAtAStep() {
        var tasks = context.getBean(org.camunda.bpm.engine.TaskService.class);
        String number = TestData.registrationNumber();
        data.proposedCase(lu.adem.tremplin.shared.Agency.DIEKIRCH);
        // a May of its own, so that a second run in this JVM counts only its own case
        int year = 2032 + HEATMAP_RUNS.getAndIncrement();
        java.time.Instant proposed =
                java.time.LocalDate.of(year, 5, 10).atTime(8, 0).toInstant(java.time.ZoneOffset.UTC);
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(proposed));
        try {
            context.getBean(lu.adem.tremplin.onboarding.Onboarding.class)
                    .proposeProgramme(number, lu.adem.tremplin.shared.Agency.DIEKIRCH);
            org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
                    java.util.Date.from(proposed.plus(java.time.Duration.ofHours(50))));
            String task = tasks.createTaskQuery()
                    .processInstanceBusinessKey(number)
                    .singleResult()
                    .getId();
            tasks.complete(task, java.util.Map.of("proposalOutcome", "LATER", "proposalChannel", "MEETING"));
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
        signIn(data.supervisor());
        CockpitView view = open();
        assertThat(view.process.getValue().key()).as("onboarding by default").isEqualTo("onboarding");

        // 10 May is summed into the day table, 12 May (the task's end) is read from the history itself
        var jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        try {
            assertThat(context.getBean(lu.adem.tremplin.cockpit.ActivityDays.class)
                            .rollUpTo(java.time.LocalDate.of(year, 5, 10)))
                    .isPositive();
            view.from.setValue(java.time.LocalDate.of(year, 5, 1));
            view.to.setValue(java.time.LocalDate.of(year, 5, 31));
            // summed to the end of May, the whole month is read from the month summaries: the same figures
            var days = context.getBean(lu.adem.tremplin.cockpit.ActivityDays.class);
            days.rollUpTo(java.time.LocalDate.of(year, 5, 31));
            assertThat(context.getBean(lu.adem.tremplin.cockpit.ProcessMap.class)
                            .picture(
                                    "onboarding",
                                    java.time.LocalDate.of(year, 5, 1),
                                    java.time.LocalDate.of(year, 5, 31))
                            .orElseThrow()
                            .activities())
                    .filteredOn(a ->
                            a.activityId().equals(lu.adem.tremplin.onboarding.OnboardingProcess.TASK_PROPOSE_PROGRAMME))
                    .singleElement()
                    .satisfies(propose -> {
                        assertThat(propose.passed()).isOne();
                        assertThat(propose.medianTime().toMinutes()).isBetween(50 * 60 - 75L, 50 * 60 + 75L);
                    });
        } finally {
            // later tests' history lies in days now marked summed: start the summaries afresh
            jdbc.sql("update cockpit_activity_rollup set rolled_to = null").update();
            jdbc.sql("delete from cockpit_activity_day").update();
            jdbc.sql("delete from cockpit_activity_month").update();
        }

        assertThat(view.activities.getListDataView().getItems())
                .filteredOn(a ->
                        a.activityId().equals(lu.adem.tremplin.onboarding.OnboardingProcess.TASK_PROPOSE_PROGRAMME))
                .singleElement()
                .satisfies(propose -> {
                    assertThat(propose.name()).isEqualTo("Propose the programme");
                    assertThat(propose.passed()).isOne();
                    assertThat(propose.medianTime().toMinutes())
                            .as("50 hours, within the 5 %% bucket")
                            .isBetween(50 * 60 - 75L, 50 * 60 + 75L);
                    assertThat(propose.waiting())
                            .as("this test's Diekirch case waits there now")
                            .isPositive();
                });
        assertThat(view.activities.getListDataView().getItems())
                .filteredOn(a -> a.activityId().equals(lu.adem.tremplin.onboarding.OnboardingProcess.START))
                .singleElement()
                .satisfies(start ->
                        assertThat(start.passed()).as("from the day table").isOne());
        view.selectActivity(lu.adem.tremplin.onboarding.OnboardingProcess.TIMER_ASK_AGAIN);
        assertThat(view.cases.getListDataView().getItems()).anySatisfy(waiting -> {
            assertThat(waiting.registrationNumber()).isEqualTo(number);
            assertThat(waiting.since()).isEqualTo(proposed.plus(java.time.Duration.ofHours(50)));
        });
        assertThat(view.casesTitle.getText()).contains("Ask again after 30 days");
        assertThat(ProcessMapDiagram.heat(java.time.Duration.ofHours(50)))
                .as("under three days")
                .isEqualTo(2);
        assertThat(ProcessMapDiagram.heat(java.time.Duration.ofMinutes(59))).isZero();
        assertThat(ProcessMapDiagram.heat(java.time.Duration.ofDays(8))).isEqualTo(4);
    }

    @Test
    void shouldListOverdueTasksAndHandThemOverToAColleagueOfTheAgency() {
        String colleague = data.counsellor(lu.adem.tremplin.shared.Agency.WILTZ);
        String task = data.openTask(data.proposedCase(lu.adem.tremplin.shared.Agency.WILTZ));
        var tasks = context.getBean(org.camunda.bpm.engine.TaskService.class);
        tasks.setDueDate(task, java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(3))));
        signIn(data.supervisor());
        CockpitView view = open();
        view.tabs.setSelectedIndex(1);
        view.overdueAgency.setValue(lu.adem.tremplin.shared.Agency.WILTZ);

        var late = view.overdue
                .getListDataView()
                .getItems()
                .filter(t -> t.taskId().equals(task))
                .findFirst()
                .orElseThrow();
        assertThat(late.agency()).isEqualTo(lu.adem.tremplin.shared.Agency.WILTZ);
        assertThat(late.assignee()).isNull();
        assertThat(late.late(java.time.Instant.now()).toDays()).isEqualTo(3);
        assertThat(view.overdue.getListDataView().getItems())
                .allSatisfy(t -> assertThat(t.agency()).isEqualTo(lu.adem.tremplin.shared.Agency.WILTZ));
        view.overdue.select(late);
        assertThat(view.colleague.getListDataView().getItems()).contains(colleague);
        view.colleague.setValue(colleague);
        assertThat(view.handOver.isEnabled()).isTrue();
        view.handOver.click();

        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee())
                .isEqualTo(colleague);
        assertThat(view.overdue
                        .getListDataView()
                        .getItems()
                        .filter(t -> t.taskId().equals(task))
                        .findFirst()
                        .orElseThrow()
                        .assignee())
                .isEqualTo(colleague);

        view.overdueCounsellor.setValue(colleague);

        assertThat(view.overdue.getListDataView().getItems())
                .extracting(OverdueWork.OverdueTask::taskId)
                .containsExactly(task);
    }

    @Test
    void shouldListFollowedCoursesWithoutProgressByThreshold() {
        var runtime = context.getBean(org.camunda.bpm.engine.RuntimeService.class);
        String number = TestData.registrationNumber();
        java.time.Instant started = java.time.Instant.now().minus(java.time.Duration.ofDays(30));
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(started));
        try {
            runtime.createProcessInstanceByKey(lu.adem.tremplin.followup.FollowUpProcess.KEY)
                    .businessKey(number)
                    .setVariables(java.util.Map.of(
                            "jobseekerId",
                            number,
                            "agency",
                            "wiltz",
                            "route",
                            "AUTONOMOUS",
                            "enrolledCourseId",
                            "7100001",
                            "progressPercent",
                            0,
                            "pilotEndsAt",
                            java.util.Date.from(started.plus(java.time.Duration.ofDays(300)))))
                    .startBeforeActivity(lu.adem.tremplin.followup.FollowUpProcess.TIMER_WEEK)
                    .execute();
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
        signIn(data.supervisor());
        CockpitView view = open();

        assertThat(view.stalled.getListDataView().getItems())
                .filteredOn(c -> number.equals(c.registrationNumber()))
                .singleElement()
                .satisfies(course -> {
                    assertThat(course.days()).isEqualTo(30);
                    assertThat(course.threshold())
                            .as("past the call, before the review")
                            .isEqualTo(28);
                    assertThat(course.courseId()).isEqualTo("7100001");
                    assertThat(course.agency()).isEqualTo(lu.adem.tremplin.shared.Agency.WILTZ);
                });
    }

    @Test
    void shouldListIncidentsWithTheirCaseAndRetryThem() {
        var runtime = context.getBean(org.camunda.bpm.engine.RuntimeService.class);
        var management = context.getBean(org.camunda.bpm.engine.ManagementService.class);
        String number = TestData.registrationNumber();
        String caseId = runtime.createProcessInstanceByKey(lu.adem.tremplin.followup.FollowUpProcess.KEY)
                .businessKey(number)
                .setVariables(java.util.Map.of(
                        "jobseekerId",
                        number,
                        "agency",
                        "wiltz",
                        "route",
                        "AUTONOMOUS",
                        "enrolledCourseId",
                        "7100001",
                        "progressPercent",
                        0,
                        "pilotEndsAt",
                        java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(300)))))
                .startBeforeActivity(lu.adem.tremplin.followup.FollowUpProcess.TIMER_WEEK)
                .execute()
                .getId();
        var job = management
                .createJobQuery()
                .processInstanceId(caseId)
                .activityId(lu.adem.tremplin.followup.FollowUpProcess.TIMER_WEEK)
                .singleResult();
        // what the job executor leaves when the learning platform stays down: no retries left, an incident
        management.setJobRetries(job.getId(), 0);
        signIn(data.supervisor());
        CockpitView view = open();

        view.tabs.setSelectedIndex(2);
        var incident = view.incidents
                .getListDataView()
                .getItems()
                .filter(i -> caseId.equals(i.caseId()))
                .findFirst()
                .orElseThrow();
        assertThat(incident.registrationNumber()).isEqualTo(number);
        assertThat(incident.processKey()).isEqualTo("follow-up");
        assertThat(incident.activityId()).isEqualTo(lu.adem.tremplin.followup.FollowUpProcess.TIMER_WEEK);
        assertThat(incident.retryable()).isTrue();
        view.incidents.select(incident);
        assertThat(view.retrySelected.isEnabled()).isTrue();
        view.retrySelected.click();

        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries())
                .isOne();
        assertThat(view.incidents.getListDataView().getItems()).noneMatch(i -> caseId.equals(i.caseId()));
    }

    @Test
    void shouldRefuseEveryCockpitServiceToACounsellor() {
        signIn(data.counsellor(lu.adem.tremplin.shared.Agency.LUXEMBOURG));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> context.getBean(lu.adem.tremplin.cockpit.OverdueWork.class)
                                .overdueTasks(null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> context.getBean(lu.adem.tremplin.cockpit.Incidents.class)
                                .retry(java.util.List.of("any")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> context.getBean(lu.adem.tremplin.cockpit.ProcessMap.class)
                                .waitingAt("onboarding", "ProposeProgramme"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void shouldListWhoIsAwayTodayAndWhoCoversInTheTeamWorkload() {
        String claire = data.counsellor(lu.adem.tremplin.shared.Agency.WILTZ);
        String sophie = data.counsellor(lu.adem.tremplin.shared.Agency.WILTZ);
        signIn(data.supervisor());
        var absences = context.getBean(lu.adem.tremplin.ownership.Absences.class);
        absences.record(claire, sophie, absences.today(), absences.today());

        CockpitView view = open();

        assertThat(view.workloadTab.absent.getListDataView().getItems())
                .filteredOn(absence -> absence.counsellor().equals(claire))
                .singleElement()
                .satisfies(absence -> assertThat(absence.coveredBy()).isEqualTo(sophie));
    }
}
