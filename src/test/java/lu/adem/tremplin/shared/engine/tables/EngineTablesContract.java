package lu.adem.tremplin.shared.engine.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import lu.adem.tremplin.shared.engine.tables.TaskLists.Dates;
import lu.adem.tremplin.shared.engine.tables.TaskLists.Holder;
import lu.adem.tremplin.support.TestData;

/**
 * Every query of the engine-table seam against a real engine, run on H2 ({@code EngineTablesTests}) and
 * on PostgreSQL ({@code PostgresIntegrationTests.EngineTablesOnPostgres}). Each test makes its own process
 * (a unique key), cases, users and groups, so it shares the database with any other test.
 */
public abstract class EngineTablesContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    TaskLists taskLists;

    @Autowired
    TaskReadGrants taskReadGrants;

    @Autowired
    OpenWork openWork;

    @Autowired
    EngineGauges engineGauges;

    @Autowired
    RunningCases runningCases;

    @Autowired
    ActivityHistory activityHistory;

    @Autowired
    JobseekerCases jobseekerCases;

    @Autowired
    FormDefinitions formDefinitions;

    @Autowired
    AccountLocks accountLocks;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    @AfterEach
    void asTheSystemOnTheRealClock() {
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    // --- TaskLists

    @Test
    void shouldListAGroupsUnassignedTasksAndTheUsersOwnByDueDateAndCountThem() {
        String key = deployProcess();
        String user = unique("user");
        String group = unique("agency-seam");
        String later = taskOf(start(key, group));
        String sooner = taskOf(start(key, group));
        String mine = taskOf(start(key, group));
        String takenByAnother = taskOf(start(key, group));
        String otherGroups = taskOf(start(key, unique("agency-other")));
        String suspended = taskOf(start(key, group));
        due(later, now.plus(Duration.ofDays(2)));
        due(sooner, now.plus(Duration.ofDays(1)));
        taskService.setAssignee(mine, user);
        taskService.setAssignee(takenByAnother, unique("colleague"));
        runtimeService.suspendProcessInstanceById(instanceOf(suspended));

        var agency = filter(user, group, Holder.CANDIDATE_GROUP, Dates.NOT_PUT_OFF);
        var both = filter(user, group, Holder.ASSIGNEE_OR_CANDIDATE_GROUP, Dates.NOT_PUT_OFF);

        assertThat(taskLists.pageIds(agency, TaskLists.Order.DUE, 0, 50)).containsExactly(sooner, later);
        assertThat(taskLists.count(agency)).isEqualTo(2);
        assertThat(taskLists.pageIds(
                        filter(user, group, Holder.ASSIGNEE, Dates.NOT_PUT_OFF), TaskLists.Order.DUE, 0, 50))
                .containsExactly(mine);
        assertThat(taskLists.pageIds(both, TaskLists.Order.DUE, 0, 50))
                .as("no due date last")
                .containsExactly(sooner, later, mine);
        assertThat(taskLists.pageIds(both, TaskLists.Order.DUE, 1, 1)).containsExactly(later);
        assertThat(taskLists.count(both)).isEqualTo(3);
        assertThat(List.of(takenByAnother, otherGroups, suspended))
                .doesNotContainAnyElementsOf(taskLists.pageIds(both, TaskLists.Order.DUE, 0, 50));
    }

    @Test
    void shouldListTasksByTheirDatesAgainstTheGivenMoment() {
        String key = deployProcess();
        String user = unique("user");
        String group = unique("agency-seam");
        String overdue = taskOf(start(key, group));
        String dueToday = taskOf(start(key, group));
        String putOff = taskOf(start(key, group));
        String backFromFollowUp = taskOf(start(key, group));
        due(overdue, now.minus(Duration.ofHours(1)));
        due(dueToday, now.plus(Duration.ofHours(3)));
        followUp(putOff, now.plus(Duration.ofDays(2)));
        followUp(backFromFollowUp, now.minus(Duration.ofDays(1)));
        Holder either = Holder.ASSIGNEE_OR_CANDIDATE_GROUP;

        assertThat(ids(filter(user, group, either, Dates.OVERDUE))).containsExactly(overdue);
        assertThat(ids(new TaskLists.Filter(
                        user,
                        List.of(group),
                        either,
                        Dates.DUE_WITHIN,
                        now,
                        now,
                        now.plus(Duration.ofDays(1)),
                        null,
                        null)))
                .containsExactly(dueToday);
        assertThat(ids(filter(user, group, either, Dates.PUT_OFF))).containsExactly(putOff);
        assertThat(ids(filter(user, group, either, Dates.NOT_PUT_OFF)))
                .containsExactlyInAnyOrder(overdue, dueToday, backFromFollowUp);
    }

    @Test
    void shouldFindTasksByTheCasesBusinessKeyAndSortByItByNameAndNewestFirst() {
        String key = deployProcess();
        String user = unique("user");
        String group = unique("agency-seam");
        String number = unique("DE-SEAM-");
        Instant first = now.minus(Duration.ofHours(3));
        String b = taskOf(startAt(first, key, number + "B", group, Map.of()));
        String a = taskOf(startAt(first.plusSeconds(60), key, number + "A", group, Map.of()));
        String thirdCase = startAt(first.plusSeconds(120), key, number + "C", group, Map.of());
        taskService.complete(taskOf(thirdCase));
        String second = taskOf(thirdCase);
        var all = filter(user, group, Holder.CANDIDATE_GROUP, Dates.NOT_PUT_OFF);

        assertThat(taskLists.pageIds(all, TaskLists.Order.BUSINESS_KEY, 0, 50)).containsExactly(a, b, second);
        assertThat(taskLists.pageIds(all, TaskLists.Order.NEWEST, 0, 50))
                .as("the second step was created last")
                .containsExactly(second, a, b);
        assertThat(taskLists.pageIds(all, TaskLists.Order.NAME, 0, 50))
                .as("First step, then Second step")
                .containsExactly(b, a, second);
        var byNumber = new TaskLists.Filter(
                user,
                List.of(group),
                Holder.CANDIDATE_GROUP,
                Dates.NOT_PUT_OFF,
                now,
                null,
                null,
                "%" + number + "A%",
                null);
        assertThat(taskLists.pageIds(byNumber, TaskLists.Order.DUE, 0, 50)).containsExactly(a);
        var byNumbers = new TaskLists.Filter(
                user,
                List.of(group),
                Holder.CANDIDATE_GROUP,
                Dates.NOT_PUT_OFF,
                now,
                null,
                null,
                null,
                List.of(number + "B", number + "C"));
        assertThat(taskLists.pageIds(byNumbers, TaskLists.Order.DUE, 0, 50)).containsExactlyInAnyOrder(b, second);
        assertThat(taskLists.count(byNumbers)).isEqualTo(2);
    }

    @Test
    void shouldIndexTheInboxListsAndCountsOnTheEngineTables() throws java.sql.SQLException {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
            List<String> onTasks = indexNames(connection, "ACT_RU_TASK");
            assertThat(onTasks).contains(EngineIndexes.TASK_DUE, EngineIndexes.TASK_FOLLOW_UP);
            if (postgres) {
                assertThat(onTasks).as("covering, partial: PostgreSQL only").contains(EngineIndexes.TASK_UNASSIGNED);
                assertThat(indexNames(connection, "ACT_RU_IDENTITYLINK")).contains(EngineIndexes.CANDIDATE_LINK);
            }
        }
    }

    // --- TaskReadGrants

    @Test
    void shouldConfirmOnlyTasksThatCamundasOwnTaskQueryListsForACounsellor() {
        String key = deployProcess();
        String counsellor = unique("counsellor");
        String agency = unique("agency-seam");
        String elsewhere = unique("agency-other");
        List<String> groups = List.of("counsellor", agency);
        String offered = taskOf(start(key, agency));
        String grantTakenAway = taskOf(start(key, agency));
        String grantedToHer = taskOf(start(key, elsewhere));
        String grantedWithoutRead = taskOf(start(key, elsewhere));
        String grantedToEveryone = taskOf(start(key, elsewhere));
        String notHers = taskOf(start(key, elsewhere));
        authorizationService
                .createAuthorizationQuery()
                .resourceType(Resources.TASK)
                .resourceId(grantTakenAway)
                .list()
                .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
        grant(Authorization.AUTH_TYPE_GRANT, counsellor, grantedToHer, Permissions.READ);
        grant(Authorization.AUTH_TYPE_GRANT, counsellor, grantedWithoutRead, Permissions.UPDATE);
        grant(Authorization.AUTH_TYPE_GLOBAL, Authorization.ANY, grantedToEveryone, Permissions.READ);
        List<String> page =
                List.of(offered, grantTakenAway, grantedToHer, grantedWithoutRead, grantedToEveryone, notHers);

        var confirmed = taskReadGrants.readable(counsellor, groups, page);

        identityService.setAuthentication(counsellor, groups);
        List<String> camunda =
                taskService.createTaskQuery().taskIdIn(page.toArray(String[]::new)).listPage(0, page.size()).stream()
                        .map(Task::getId)
                        .toList();
        identityService.clearAuthentication();
        assertThat(camunda).containsExactlyInAnyOrder(offered, grantedToHer, grantedToEveryone);
        assertThat(confirmed).hasValueSatisfying(ids -> assertThat(ids).containsExactlyInAnyOrderElementsOf(camunda));
    }

    @Test
    void shouldConfirmNothingOnceARevokeNamesTheUserAndLeaveTheDecisionToTheEngine() {
        String key = deployProcess();
        String counsellor = unique("counsellor");
        String agency = unique("agency-seam");
        String offered = taskOf(start(key, agency));
        String revoked = taskOf(start(key, agency));
        Authorization revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId(counsellor);
        revoke.setResource(Resources.TASK);
        revoke.setResourceId(revoked);
        revoke.removePermission(Permissions.READ);
        authorizationService.saveAuthorization(revoke);

        assertThat(taskReadGrants.readable(counsellor, List.of(agency), List.of(offered, revoked)))
                .isEmpty();
        assertThat(taskReadGrants.readable(unique("colleague"), List.of(agency), List.of(offered, revoked)))
                .hasValueSatisfying(ids -> assertThat(ids).containsExactlyInAnyOrder(offered, revoked));
    }

    // --- EngineGauges

    @Test
    void shouldCountOpenAndOverdueTasksPerStepAndAgencyAndIncidentsPerProcess() {
        String key = deployProcess();
        String group = unique("agency-seam");
        String overdue = taskOf(start(key, group));
        taskOf(start(key, group));
        String withIncident = start(key, group);
        due(overdue, now.minus(Duration.ofDays(1)));
        runtimeService.createIncident("seamTest", withIncident, "test", "an incident of the engine tables test");

        assertThat(engineGauges.openTasks(now))
                .filteredOn(row -> row.processKey().equals(key))
                .containsExactly(new EngineGauges.OpenTasks(key, "first", group, 3, 1));
        assertThat(engineGauges.openIncidents())
                .filteredOn(row -> row.processKey().equals(key))
                .containsExactly(new EngineGauges.OpenIncidents(key, "seamTest", 1));
        // the job counts are the whole engine's (other tests' jobs among them): the query runs on this database
        EngineGauges.Jobs jobs = engineGauges.jobs(now);
        assertThat(List.of(jobs.due(), jobs.locked(), jobs.failed())).allMatch(count -> count >= 0);
    }

    // --- OpenWork

    @Test
    void shouldListOverdueTasksOfAGroupEarliestFirstWithTheirCase() {
        String key = deployProcess();
        String group = unique("agency-seam");
        String number = unique("DE-SEAM-");
        String pastDue = taskOf(startAt(now.minus(Duration.ofDays(3)), key, number, group, Map.of()));
        String pastFollowUp = taskOf(start(key, group));
        String notYet = taskOf(start(key, group));
        due(pastDue, now.minus(Duration.ofDays(2)));
        taskService.setAssignee(pastDue, "someone");
        followUp(pastFollowUp, now.minus(Duration.ofHours(1)));
        due(notYet, now.plus(Duration.ofDays(1)));

        assertThat(openWork.overdue(now, group, 50))
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("processDefinitionId")
                .containsExactly(
                        new OpenWork.OverdueTask(
                                pastDue,
                                "First step",
                                key,
                                number,
                                group,
                                "someone",
                                now.minus(Duration.ofDays(2)),
                                null,
                                null,
                                "first"),
                        new OpenWork.OverdueTask(
                                pastFollowUp,
                                "First step",
                                key,
                                null,
                                group,
                                null,
                                null,
                                now.minus(Duration.ofHours(1)),
                                null,
                                "first"));
        assertThat(openWork.overdue(now, group, 1))
                .extracting(OpenWork.OverdueTask::taskId)
                .containsExactly(pastDue);
        assertThat(openWork.overdue(now, null, 2000))
                .extracting(OpenWork.OverdueTask::taskId)
                .contains(pastDue, pastFollowUp)
                .doesNotContain(notYet);
    }

    @Test
    void shouldCountWhatEachAssigneeAndEachGroupHolds() {
        String key = deployProcess();
        String user = unique("user");
        String group = unique("agency-seam");
        Instant created = now.minus(Duration.ofDays(4));
        String oldest = taskOf(startAt(created, key, null, group, Map.of()));
        String newer = taskOf(start(key, group));
        String waiting = taskOf(startAt(created.plusSeconds(3600), key, null, group, Map.of()));
        taskOf(start(key, group));
        taskService.setAssignee(oldest, user);
        taskService.setAssignee(newer, user);
        due(newer, now.minus(Duration.ofMinutes(5)));
        due(waiting, now.minus(Duration.ofMinutes(5)));

        assertThat(openWork.byAssignee(now))
                .filteredOn(held -> held.holder().equals(user))
                .containsExactly(new OpenWork.Held(user, 2, 1, created));
        assertThat(openWork.unassignedByCandidateGroup(now))
                .filteredOn(held -> held.holder().equals(group))
                .containsExactly(new OpenWork.Held(group, 2, 1, created.plusSeconds(3600)));
    }

    // --- RunningCases

    @Test
    void shouldCountAndListTheCasesWaitingAtEachActivity() {
        String key = deployProcess();
        String group = unique("agency-seam");
        Instant since = now.minus(Duration.ofHours(5));
        String firstCase = startAt(since, key, "DE-SEAM-1", group, Map.of());
        String secondCase = startAt(since.plusSeconds(60), key, "DE-SEAM-2", group, Map.of());
        String movedOn = start(key, group);
        due(taskOf(firstCase), now.minus(Duration.ofHours(1)));
        taskService.setAssignee(taskOf(secondCase), "someone");
        taskService.complete(taskOf(movedOn));

        assertThat(runningCases.waitingPerActivity(key, now))
                .containsExactlyInAnyOrder(
                        new RunningCases.Waiting("first", 2, 1), new RunningCases.Waiting("second", 1, 0));
        assertThat(runningCases.waitingCount(key, "first")).isEqualTo(2);
        assertThat(runningCases.waitingAt(key, "first", 10))
                .containsExactly(
                        new RunningCases.WaitingCase(
                                firstCase, "DE-SEAM-1", since, taskOf(firstCase), null, now.minus(Duration.ofHours(1))),
                        new RunningCases.WaitingCase(
                                secondCase, "DE-SEAM-2", since.plusSeconds(60), taskOf(secondCase), "someone", null));
        assertThat(runningCases.waitingAt(key, "first", 1))
                .extracting(RunningCases.WaitingCase::caseId)
                .containsExactly(firstCase);
    }

    @Test
    void shouldFindRunningCasesWhoseProgressWentQuiet() {
        String key = deployProcess();
        String group = unique("agency-seam");
        Instant since = now.minus(Duration.ofDays(14));
        Instant longAgo = now.minus(Duration.ofDays(40));
        String neverProgressed = startAt(longAgo, key, "DE-SEAM-Q1", group, Map.of("agencyCode", "wiltz"));
        String progressedLongAgo = startAt(
                longAgo,
                key,
                "DE-SEAM-Q2",
                group,
                Map.of(
                        "agencyCode",
                        "wiltz",
                        "courseId",
                        "7300001",
                        "lastProgressMs",
                        now.minus(Duration.ofDays(20)).toEpochMilli()));
        startAt(
                longAgo,
                key,
                "DE-SEAM-Q3",
                group,
                Map.of("lastProgressMs", now.minus(Duration.ofDays(2)).toEpochMilli()));
        startAt(now.minus(Duration.ofDays(3)), key, "DE-SEAM-Q4", group, Map.of());

        assertThat(runningCases.quietSince(key, since, "lastProgressMs", List.of("agencyCode", "courseId")))
                .containsExactlyInAnyOrder(
                        new RunningCases.QuietCase(
                                neverProgressed, "DE-SEAM-Q1", longAgo, null, Map.of("agencyCode", "wiltz")),
                        new RunningCases.QuietCase(
                                progressedLongAgo,
                                "DE-SEAM-Q2",
                                longAgo,
                                now.minus(Duration.ofDays(20)),
                                Map.of("agencyCode", "wiltz", "courseId", "7300001")));
    }

    // --- JobseekerCases

    @Test
    void shouldReadTheRunningCasesOpenStepsAndLastCompletedTaskOfJobseekers() {
        String key = deployProcess();
        String group = unique("agency-seam");
        String followed = unique("DE-SEAM-C");
        String done = unique("DE-SEAM-D");
        Instant longAgo = now.minus(Duration.ofDays(40));
        Date learnt = Date.from(now.minus(Duration.ofDays(2)));
        String moving = startAt(longAgo, key, followed, group, Map.of("lastLearning", learnt));
        String first = taskOf(moving);
        taskService.setAssignee(first, "alice");
        completeAt(now.minus(Duration.ofDays(5)), first, Map.of());
        due(taskOf(moving), now.plus(Duration.ofDays(3)));
        String waiting = startAt(now.minus(Duration.ofDays(1)), key, followed, group, Map.of());
        String ended = startAt(longAgo, key, done, group, Map.of());
        taskService.setAssignee(taskOf(ended), "bob");
        completeAt(now.minus(Duration.ofDays(4)), taskOf(ended), Map.of());
        taskService.setAssignee(taskOf(ended), "bob");
        completeAt(now.minus(Duration.ofDays(3)), taskOf(ended), Map.of());
        String definition = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .singleResult()
                .getId();

        assertThat(jobseekerCases.running(List.of(followed, done, "DE-SEAM-NOBODY"), "lastLearning"))
                .containsExactlyInAnyOrder(
                        new JobseekerCases.RunningCase(moving, followed, definition, longAgo, learnt.toInstant()),
                        new JobseekerCases.RunningCase(
                                waiting, followed, definition, now.minus(Duration.ofDays(1)), null));
        assertThat(jobseekerCases.openSteps(List.of(moving, waiting, ended)))
                .containsExactlyInAnyOrder(
                        new JobseekerCases.OpenStep(
                                moving,
                                definition,
                                "second",
                                "userTask",
                                "Second step",
                                taskOf(moving),
                                now.plus(Duration.ofDays(3))),
                        new JobseekerCases.OpenStep(
                                waiting, definition, "first", "userTask", "First step", taskOf(waiting), null));
        assertThat(jobseekerCases.lastCompletedTasks(List.of(followed, done)))
                .containsExactlyInAnyOrder(
                        new JobseekerCases.LastCompletedTask(
                                followed, definition, "first", "First step", "alice", now.minus(Duration.ofDays(5))),
                        new JobseekerCases.LastCompletedTask(
                                done, definition, "second", "Second step", "bob", now.minus(Duration.ofDays(3))));
        assertThat(jobseekerCases.running(List.of(), "lastLearning")).isEmpty();
        assertThat(jobseekerCases.openSteps(List.of())).isEmpty();
        assertThat(jobseekerCases.lastCompletedTasks(List.of())).isEmpty();
    }

    // --- ActivityHistory

    @Test
    void shouldSumFinishedActivitiesPerBucketCountingACasesFirstPassOnce() {
        String key = deployProcess();
        String group = unique("agency-seam");
        Instant started = Instant.parse("2031-03-04T08:00:00Z").plusSeconds(SEQUENCE.incrementAndGet());
        String instance = startAt(started, key, null, group, Map.of("again", true));
        completeAt(started.plus(Duration.ofHours(1)), taskOf(instance), Map.of());
        completeAt(started.plus(Duration.ofHours(1)), taskOf(instance), Map.of());
        completeAt(started.plus(Duration.ofHours(2)), taskOf(instance), Map.of("again", false));
        completeAt(started.plus(Duration.ofHours(2)), taskOf(instance), Map.of());
        int hour = bucket(Duration.ofHours(1));

        // three days summed at once: the day before, the day of the case, the day after
        List<ActivityHistory.DaySum> days = activityHistory
                .endedOnDays(List.of(
                        started.minus(Duration.ofDays(1)),
                        started,
                        started.plus(Duration.ofDays(1)),
                        started.plus(Duration.ofDays(2))))
                .stream()
                .filter(day -> day.sum().processKey().equals(key))
                .toList();
        assertThat(days).extracting(ActivityHistory.DaySum::day).containsOnly(1);
        List<ActivityHistory.Sum> sums =
                days.stream().map(ActivityHistory.DaySum::sum).toList();

        assertThat(sums)
                .contains(
                        new ActivityHistory.Sum(key, "first", hour, 2, 1),
                        new ActivityHistory.Sum(key, "start", 0, 1, 1),
                        new ActivityHistory.Sum(key, "end", 0, 1, 1));
        assertThat(sums)
                .filteredOn(sum -> sum.activityId().equals("second"))
                .singleElement()
                .satisfies(second -> assertThat(second.passes())
                        .as("both passes ended at once: bucket 0")
                        .isEqualTo(2));
        assertThat(activityHistory.endedBetween(key, started, started.plus(Duration.ofDays(1))))
                .containsExactlyInAnyOrderElementsOf(sums);
        assertThat(activityHistory.endedBetween(
                        key, started.plus(Duration.ofHours(3)), started.plus(Duration.ofDays(1))))
                .isEmpty();
        assertThat(activityHistory.firstEnd())
                .hasValueSatisfying(first -> assertThat(first).isBeforeOrEqualTo(started));
    }

    // --- FormDefinitions

    @Test
    void shouldListEveryVersionOfADeployedFormAndFindItsLatest() {
        String formKey = unique("seam-form-");
        String firstDeployment = deployForm(formKey, "Before");
        String secondDeployment = deployForm(formKey, "After");
        String resource = "engine-tables/" + formKey + ".form";

        assertThat(formDefinitions.all())
                .filteredOn(form -> form.key().equals(formKey))
                .extracting(form -> form.version() + " " + form.deploymentId() + " " + form.resourceName())
                .containsExactlyInAnyOrder(
                        "1 " + firstDeployment + " " + resource, "2 " + secondDeployment + " " + resource);
        assertThat(formDefinitions.latest(formKey)).hasValueSatisfying(latest -> {
            assertThat(latest.version()).isEqualTo(2);
            assertThat(latest.deploymentId()).isEqualTo(secondDeployment);
            assertThat(new String(readAll(latest), StandardCharsets.UTF_8)).contains("After");
        });
        assertThat(formDefinitions.latest(unique("no-such-form-"))).isEmpty();
    }

    // --- AccountLocks

    @Test
    void shouldListAccountsTheEngineHoldsLockedUntilTheirLockEnds() {
        String locked = unique("locked");
        String expired = unique("expired");
        identityService.saveUser(identityService.newUser(locked));
        identityService.saveUser(identityService.newUser(expired));
        Instant until = now.plus(Duration.ofMinutes(20));
        try {
            lock(locked, 4, until);
            lock(expired, 9, now.minus(Duration.ofMinutes(1)));

            assertThat(accountLocks.lockedAt(now))
                    .filteredOn(lock ->
                            lock.userId().equals(locked) || lock.userId().equals(expired))
                    .containsExactly(new AccountLocks.EngineLock(locked, 4, until));
            assertThat(accountLocks.lockedAt(until))
                    .noneMatch(lock -> lock.userId().equals(locked));
        } finally {
            // a lock left behind would show on the sign-in locks screen of tests sharing this database
            identityService.deleteUser(locked);
            identityService.deleteUser(expired);
        }
    }

    // --- the test's own data

    private static List<String> indexNames(java.sql.Connection connection, String table) throws java.sql.SQLException {
        var metaData = connection.getMetaData();
        String name = metaData.storesLowerCaseIdentifiers() ? table.toLowerCase(java.util.Locale.ROOT) : table;
        List<String> names = new java.util.ArrayList<>();
        try (var indexes = metaData.getIndexInfo(null, null, name, false, false)) {
            while (indexes.next()) {
                String index = indexes.getString("INDEX_NAME");
                if (index != null) {
                    names.add(index.toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        return names;
    }

    private static String unique(String prefix) {
        return prefix + TestData.uniqueId().toLowerCase(java.util.Locale.ROOT);
    }

    /** A process of its own: two user tasks offered to {@code ${group}}, and back to the first while {@code again}. */
    private String deployProcess() {
        String key = unique("seam");
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://tremplin.test">
                  <bpmn:process id="%s" name="Engine tables test" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="start"/>
                    <bpmn:sequenceFlow id="toFirst" sourceRef="start" targetRef="first"/>
                    <bpmn:userTask id="first" name="First step" camunda:candidateGroups="${group}" camunda:formRef="privacy-notice"
                        camunda:formRefBinding="latest"/>
                    <bpmn:sequenceFlow id="toSecond" sourceRef="first" targetRef="second"/>
                    <bpmn:userTask id="second" name="Second step" camunda:candidateGroups="${group}" camunda:formRef="privacy-notice"
                        camunda:formRefBinding="latest"/>
                    <bpmn:sequenceFlow id="toChoice" sourceRef="second" targetRef="choice"/>
                    <bpmn:exclusiveGateway id="choice" default="toEnd"/>
                    <bpmn:sequenceFlow id="again" sourceRef="choice" targetRef="first">
                      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${again}</bpmn:conditionExpression>
                    </bpmn:sequenceFlow>
                    <bpmn:sequenceFlow id="toEnd" sourceRef="choice" targetRef="end"/>
                    <bpmn:endEvent id="end"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key);
        // a resource name outside bpmn/ keeps the test's processes out of the workbench's list
        repositoryService
                .createDeployment()
                .name("engine-tables-test")
                .addString("engine-tables/" + key + ".bpmn", bpmn)
                .deploy();
        return key;
    }

    private String deployForm(String formKey, String label) {
        String form = """
                {"id": "%s", "type": "default", "schemaVersion": 16,
                 "components": [{"id": "note", "key": "note", "type": "textfield", "label": "%s"}]}
                """.formatted(formKey, label);
        return repositoryService
                .createDeployment()
                .name("engine-tables-test")
                .addString("engine-tables/" + formKey + ".form", form)
                .deploy()
                .getId();
    }

    private byte[] readAll(FormDefinitions.FormDefinition form) {
        try (var in = repositoryService.getResourceAsStream(form.deploymentId(), form.resourceName())) {
            return in.readAllBytes();
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    private String start(String key, String group) {
        return startAt(null, key, null, group, Map.of());
    }

    /** Starts a case (at {@code at} on the engine's clock, unless null); returns its id. */
    private String startAt(Instant at, String key, String businessKey, String group, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("group", group);
        all.putIfAbsent("again", false);
        if (at != null) {
            ClockUtil.setCurrentTime(Date.from(at));
        }
        try {
            return runtimeService
                    .startProcessInstanceByKey(key, businessKey, all)
                    .getId();
        } finally {
            ClockUtil.reset();
        }
    }

    private void completeAt(Instant at, String taskId, Map<String, Object> variables) {
        ClockUtil.setCurrentTime(Date.from(at));
        try {
            taskService.complete(taskId, variables);
        } finally {
            ClockUtil.reset();
        }
    }

    /** The one open task of the case the task or case id belongs to. */
    private String taskOf(String caseId) {
        return taskService
                .createTaskQuery()
                .processInstanceId(caseId)
                .singleResult()
                .getId();
    }

    private String instanceOf(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
    }

    private void due(String taskId, Instant due) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        task.setDueDate(Date.from(due));
        taskService.saveTask(task);
    }

    private void followUp(String taskId, Instant followUp) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        task.setFollowUpDate(Date.from(followUp));
        taskService.saveTask(task);
    }

    private void grant(int type, String userId, String taskId, Permissions permission) {
        Authorization grant = authorizationService.createNewAuthorization(type);
        grant.setUserId(userId);
        grant.setResource(Resources.TASK);
        grant.setResourceId(taskId);
        grant.addPermission(permission);
        authorizationService.saveAuthorization(grant);
    }

    private void lock(String userId, int attempts, Instant until) {
        jdbc.sql("update ACT_ID_USER set ATTEMPTS_ = :attempts, LOCK_EXP_TIME_ = :until where ID_ = :id")
                .param("attempts", attempts)
                .param("until", java.sql.Timestamp.from(until))
                .param("id", userId)
                .update();
    }

    private TaskLists.Filter filter(String user, String group, Holder holder, Dates dates) {
        return new TaskLists.Filter(user, List.of(group), holder, dates, now, null, null, null, null);
    }

    private List<String> ids(TaskLists.Filter filter) {
        return taskLists.pageIds(filter, TaskLists.Order.DUE, 0, 50);
    }

    private static int bucket(Duration duration) {
        return (int) Math.floor(Math.log(duration.toMillis() + 1) / Math.log(ActivityHistory.BUCKET_BASE));
    }
}
