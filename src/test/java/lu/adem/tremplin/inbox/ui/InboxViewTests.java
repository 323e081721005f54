package lu.adem.tremplin.inbox.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;

import lu.adem.tremplin.inbox.list.InboxTask;
import lu.adem.tremplin.recommendation.ui.ChooseCourseView;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

class InboxViewTests extends KaribuViewTest {

    private InboxView open() {
        UI.getCurrent().navigate(InboxView.class);
        return _get(InboxView.class);
    }

    @Test
    void shouldListTheOpenTasksOfTheCounsellorsAgencyWithTheirJobseeker() {
        String counsellor = data.counsellor(Agency.LUXEMBOURG);
        var proposed = TestData.newJobseeker(Agency.LUXEMBOURG);
        var choosing = TestData.newJobseeker(Agency.LUXEMBOURG);
        data.proposedCase(proposed);
        data.courseChoice(choosing);
        signIn(counsellor);

        InboxView inbox = open();

        assertThat(inbox.grid.isVisible()).isTrue();
        assertThat(_size(inbox.grid)).isGreaterThanOrEqualTo(2);
        var items = inbox.grid.getGenericDataView().getItems().toList();
        assertThat(items).allSatisfy(task -> assertThat(task.agency()).isEqualTo(Agency.LUXEMBOURG.code()));
        assertThat(items)
                .filteredOn(task -> task.jobseekerId().equals(proposed.registrationNumber()))
                .singleElement()
                .satisfies(task -> {
                    assertThat(task.taskName()).isEqualTo("Propose the programme");
                    assertThat(task.jobseekerName())
                            .as("name from the jobseeker module")
                            .isEqualTo(proposed.fullName());
                });
        assertThat(items)
                .filteredOn(task -> task.jobseekerId().equals(choosing.registrationNumber()))
                .singleElement()
                .satisfies(task -> {
                    assertThat(task.taskName()).isEqualTo("Choose a course with the jobseeker");
                    assertThat(task.jobseekerName()).isEqualTo(choosing.fullName());
                });
        assertThat(inbox.count.getText()).endsWith("open tasks");
        assertThat(inbox.empty.isVisible()).isFalse();
    }

    @Test
    void shouldOpenTheCourseChoiceOnTheScreenThatItsModuleRegistered() {
        signIn("counsellor");
        InboxView inbox = open();
        var tasks = inbox.grid.getGenericDataView().getItems().toList();
        InboxTask choice = tasks.stream()
                .filter(task -> "ChooseCourse".equals(task.taskKey()))
                .findFirst()
                .orElseThrow();
        InboxTask other = tasks.stream()
                .filter(task -> !"ChooseCourse".equals(task.taskKey()))
                .findFirst()
                .orElseThrow();

        assertThat(inbox.taskPath(other)).isEqualTo("tasks/" + other.taskId());
        doubleClick(inbox.grid, tasks.indexOf(choice));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("tasks/choose-course/" + choice.taskId());
        _get(ChooseCourseView.class);
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).startsWith("Choose a course with");
    }

    private static void doubleClick(Grid<InboxTask> grid, int row) {
        com.github.mvysny.kaributesting.v10.GridKt._doubleClickItem(grid, row, 1, false, false, false, false);
    }

    @Test
    void shouldNeverShowAnotherAgencysTasks() {
        String counsellor = data.counsellor(Agency.ESCH_SUR_ALZETTE);
        String ours = data.proposedCase(Agency.ESCH_SUR_ALZETTE);
        String theirs = data.proposedCase(Agency.LUXEMBOURG);
        signIn(counsellor);

        assertThat(open().grid.getGenericDataView().getItems().toList())
                .allSatisfy(task -> assertThat(task.agency()).isEqualTo(Agency.ESCH_SUR_ALZETTE.code()))
                .extracting(lu.adem.tremplin.inbox.list.InboxTask::jobseekerId)
                .contains(ours)
                .doesNotContain(theirs);
    }

    @Test
    void shouldSayClearlyWhenThereIsNothingToDo() {
        // a counsellor not yet placed in an agency: no task can be offered to them, whatever else the database holds
        String newcomer = data.account("counsellor", "counsellor");
        signIn(newcomer);

        InboxView inbox = open();

        assertThat(inbox.grid.isVisible()).isFalse();
        assertThat(inbox.empty.isVisible()).isTrue();
        assertThat(inbox.empty.getText()).startsWith("No tasks for you or your agency");
        assertThat(inbox.count.getText()).isEqualTo("No open tasks");
    }

    @Test
    void shouldSpeakTheUsersLanguage() {
        String counsellor = data.counsellor(Agency.LUXEMBOURG);
        data.proposedCase(Agency.LUXEMBOURG);
        data.proposedCase(Agency.LUXEMBOURG);
        signIn(counsellor);
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);

        assertThat(open().count.getText()).endsWith("offene Aufgaben");
    }

    @Test
    void shouldCountEachListAndShowMyClaimedTaskUnderMyTasks() {
        String counsellor = data.counsellor(Agency.DIFFERDANGE);
        String task = data.openTask(data.proposedCase(Agency.DIFFERDANGE));
        var tasks = context.getBean(org.camunda.bpm.engine.TaskService.class);
        tasks.claim(task, counsellor);
        tasks.setDueDate(task, java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(2))));
        signIn(counsellor);

        InboxView inbox = open();

        assertThat(inbox.selectedList()).isEqualTo(lu.adem.tremplin.inbox.list.Inbox.TaskList.MINE);
        assertThat(inbox.tabs
                        .get(lu.adem.tremplin.inbox.list.Inbox.TaskList.MINE)
                        .getLabel())
                .isEqualTo("My tasks (1)");
        assertThat(inbox.tabs
                        .get(lu.adem.tremplin.inbox.list.Inbox.TaskList.OVERDUE)
                        .getLabel())
                .startsWith("Overdue (")
                .doesNotEndWith("(0)");
        assertThat(inbox.grid.getGenericDataView().getItems())
                .extracting(lu.adem.tremplin.inbox.list.InboxTask::taskId)
                .containsExactly(task);

        // as the counsellor does it: Tremplin changes the date on their behalf (they hold TASK_WORK only)
        assertThat(context.getBean(lu.adem.tremplin.inbox.TaskActions.class)
                        .setFollowUpDate(
                                java.util.List.of(task),
                                java.time.LocalDate.now().plusDays(5)))
                .allMatch(lu.adem.tremplin.inbox.TaskActions.Result::done);
        inbox.refresh();
        assertThat(inbox.tabs
                        .get(lu.adem.tremplin.inbox.list.Inbox.TaskList.MINE)
                        .getLabel())
                .isEqualTo("My tasks (0)");
        assertThat(inbox.tabs
                        .get(lu.adem.tremplin.inbox.list.Inbox.TaskList.FOLLOW_UP_LATER)
                        .getLabel())
                .isEqualTo("Follow up later (1)");
    }

    @Test
    void shouldListTasksDueTodayAndNotThoseDueTomorrow() {
        String counsellor = data.counsellor(Agency.DIFFERDANGE);
        var tasks = context.getBean(org.camunda.bpm.engine.TaskService.class);
        java.time.ZoneId luxembourg = java.time.ZoneId.of("Europe/Luxembourg");
        java.time.ZonedDateTime noon =
                java.time.LocalDate.now(luxembourg).atTime(12, 0).atZone(luxembourg);
        String dueToday = data.openTask(data.proposedCase(Agency.DIFFERDANGE));
        String dueTomorrow = data.openTask(data.proposedCase(Agency.DIFFERDANGE));
        tasks.setDueDate(dueToday, java.util.Date.from(noon.toInstant()));
        tasks.setDueDate(dueTomorrow, java.util.Date.from(noon.plusDays(1).toInstant()));
        signIn(counsellor);
        InboxView inbox = open();

        inbox.lists.setSelectedTab(inbox.tabs.get(lu.adem.tremplin.inbox.list.Inbox.TaskList.DUE_TODAY));

        assertThat(inbox.grid.getGenericDataView().getItems())
                .extracting(lu.adem.tremplin.inbox.list.InboxTask::taskId)
                .contains(dueToday)
                .doesNotContain(dueTomorrow);
    }

    @Test
    void shouldLeaveOutATaskTheEngineNoLongerLetsTheCounsellorRead() {
        String counsellor = data.counsellor(Agency.DIFFERDANGE);
        var authorizations = context.getBean(org.camunda.bpm.engine.AuthorizationService.class);
        String number = data.proposedCase(Agency.DIFFERDANGE);
        String task = data.openTask(number);
        authorizations
                .createAuthorizationQuery()
                .resourceType(org.camunda.bpm.engine.authorization.Resources.TASK)
                .resourceId(task)
                .list()
                .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
        signIn(counsellor);

        var inbox = context.getBean(lu.adem.tremplin.inbox.list.Inbox.class);
        var all = new lu.adem.tremplin.inbox.list.Inbox.Query(
                lu.adem.tremplin.inbox.list.Inbox.TaskList.AGENCY, number, null);

        assertThat(inbox.page(all, 0, 50))
                .as("the engine's check runs on the page's rows")
                .isEmpty();
    }

    @Test
    void shouldLeaveOutATaskRevokedFromTheCounsellor() {
        String counsellor = data.counsellor(Agency.DIFFERDANGE);
        var authorizations = context.getBean(org.camunda.bpm.engine.AuthorizationService.class);
        String revoked = data.proposedCase(Agency.DIFFERDANGE);
        String kept = data.proposedCase(Agency.DIFFERDANGE);
        String task = data.openTask(revoked);
        var revoke = authorizations.createNewAuthorization(
                org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId(counsellor);
        revoke.setResource(org.camunda.bpm.engine.authorization.Resources.TASK);
        revoke.setResourceId(task);
        revoke.removePermission(org.camunda.bpm.engine.authorization.Permissions.READ);
        authorizations.saveAuthorization(revoke);
        signIn(counsellor);

        var inbox = context.getBean(lu.adem.tremplin.inbox.list.Inbox.class);
        var list = lu.adem.tremplin.inbox.list.Inbox.TaskList.AGENCY;

        assertThat(inbox.page(new lu.adem.tremplin.inbox.list.Inbox.Query(list, revoked, null), 0, 50))
                .isEmpty();
        assertThat(inbox.page(new lu.adem.tremplin.inbox.list.Inbox.Query(list, kept, null), 0, 50))
                .hasSize(1);
    }

    @Test
    void shouldFindTheTasksOfAJobseekerByNameOrNumber() {
        String counsellor = data.counsellor(Agency.LUXEMBOURG);
        var named = TestData.newJobseeker(Agency.LUXEMBOURG);
        data.proposedCase(named);
        String other = data.proposedCase(Agency.LUXEMBOURG);
        signIn(counsellor);
        InboxView inbox = open();
        inbox.lists.setSelectedTab(inbox.tabs.get(lu.adem.tremplin.inbox.list.Inbox.TaskList.AGENCY));

        inbox.search.setValue(named.lastName());
        assertThat(inbox.grid.getGenericDataView().getItems())
                .singleElement()
                .satisfies(task -> assertThat(task.jobseekerName()).isEqualTo(named.fullName()));

        inbox.search.setValue(other);
        assertThat(inbox.grid.getGenericDataView().getItems())
                .singleElement()
                .satisfies(task -> assertThat(task.jobseekerId()).isEqualTo(other));

        inbox.search.setValue("Nobody Atall");
        assertThat(inbox.empty.getText()).isEqualTo("No task of this list matches this jobseeker.");
    }

    /** A new counsellor of Luxembourg whose agency has at least three tasks of two kinds. */
    private String counsellorWithSeveralTasks() {
        data.proposedCase(Agency.LUXEMBOURG);
        data.courseChoice(TestData.newJobseeker(Agency.LUXEMBOURG));
        data.proposedCase(Agency.LUXEMBOURG);
        return data.counsellor(Agency.LUXEMBOURG);
    }

    @Test
    void shouldSortByTaskName() {
        signIn(counsellorWithSeveralTasks());
        InboxView inbox = open();
        inbox.lists.setSelectedTab(inbox.tabs.get(lu.adem.tremplin.inbox.list.Inbox.TaskList.AGENCY));

        inbox.sort.setValue(lu.adem.tremplin.inbox.list.Inbox.Sort.TASK);

        var names = inbox.grid
                .getGenericDataView()
                .getItems()
                .map(lu.adem.tremplin.inbox.list.InboxTask::taskName)
                .toList();
        assertThat(names).isSorted();
    }

    @Test
    void shouldSortByJobseekerNumber() {
        signIn(counsellorWithSeveralTasks());
        InboxView inbox = open();
        inbox.lists.setSelectedTab(inbox.tabs.get(lu.adem.tremplin.inbox.list.Inbox.TaskList.AGENCY));

        inbox.sort.setValue(lu.adem.tremplin.inbox.list.Inbox.Sort.JOBSEEKER);

        var numbers = inbox.grid
                .getGenericDataView()
                .getItems()
                .map(lu.adem.tremplin.inbox.list.InboxTask::jobseekerId)
                .toList();
        assertThat(numbers).hasSizeGreaterThan(1).isSorted();
    }

    @Test
    void shouldSortNewestFirst() {
        signIn(counsellorWithSeveralTasks());
        InboxView inbox = open();
        inbox.lists.setSelectedTab(inbox.tabs.get(lu.adem.tremplin.inbox.list.Inbox.TaskList.AGENCY));

        inbox.sort.setValue(lu.adem.tremplin.inbox.list.Inbox.Sort.CREATED);

        var created = inbox.grid
                .getGenericDataView()
                .getItems()
                .map(lu.adem.tremplin.inbox.list.InboxTask::created)
                .toList();
        assertThat(created).hasSizeGreaterThan(1).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void shouldClaimSeveralTasksAndReportTheOneThatWasGoneMeanwhile() {
        String counsellor = data.counsellor(Agency.DIFFERDANGE);
        var tasks = context.getBean(org.camunda.bpm.engine.TaskService.class);
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(data.openTask(data.proposedCase(Agency.DIFFERDANGE)));
        }
        signIn(counsellor);
        InboxView inbox = open();
        inbox.lists.setSelectedTab(inbox.tabs.get(lu.adem.tremplin.inbox.list.Inbox.TaskList.AGENCY));
        inbox.grid
                .getGenericDataView()
                .getItems()
                .filter(task -> ids.contains(task.taskId()))
                .forEach(task -> inbox.select(task, true));
        // a colleague completes one of them first
        identityService.clearAuthentication();
        tasks.complete(ids.get(1), java.util.Map.of("proposalChannel", "PHONE", "proposalOutcome", "LATER"));
        signIn(counsellor);

        inbox.claimSelected.click();

        assertThat(inbox.bulkResult.getText())
                .startsWith("Done for 2; refused: Propose the programme")
                .contains("task no longer open");
        identityService.clearAuthentication();
        assertThat(tasks.createTaskQuery()
                        .taskAssignee(counsellor)
                        .taskIdIn(ids.get(0), ids.get(2))
                        .count())
                .isEqualTo(2);
    }

    /** Two new Differdange tasks, chosen in the agency list of a fresh view signed in as a new counsellor there. */
    private java.util.List<String> twoChosenTasks(InboxView[] view) {
        String user = data.counsellor(Agency.DIFFERDANGE);
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ids.add(data.openTask(data.proposedCase(Agency.DIFFERDANGE)));
        }
        signIn(user);
        view[0] = open();
        InboxView inbox = view[0];
        inbox.lists.setSelectedTab(inbox.tabs.get(lu.adem.tremplin.inbox.list.Inbox.TaskList.AGENCY));
        inbox.grid
                .getGenericDataView()
                .getItems()
                .filter(task -> ids.contains(task.taskId()))
                .forEach(task -> inbox.select(task, true));
        return ids;
    }

    private static void apply() {
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Apply"))
                .click();
    }

    @Test
    void shouldHandSeveralTasksToAColleagueOfTheAgency() {
        String colleagueId = data.counsellor(Agency.DIFFERDANGE);
        InboxView[] view = new InboxView[1];
        var ids = twoChosenTasks(view);

        view[0].handOverSelected.click();
        @SuppressWarnings("unchecked")
        var colleague = (com.vaadin.flow.component.combobox.ComboBox<String>)
                _get(com.vaadin.flow.component.combobox.ComboBox.class);
        colleague.setValue(colleagueId);
        apply();

        assertThat(view[0].bulkResult.getText()).isEqualTo("Done for 2 tasks.");
        identityService.clearAuthentication();
        assertThat(context.getBean(org.camunda.bpm.engine.TaskService.class)
                        .createTaskQuery()
                        .taskAssignee(colleagueId)
                        .taskIdIn(ids.toArray(String[]::new))
                        .count())
                .isEqualTo(2);
    }

    @Test
    void shouldSetTheDueDateOfSeveralTasks() {
        InboxView[] view = new InboxView[1];
        var ids = twoChosenTasks(view);
        java.time.LocalDate day = java.time.LocalDate.now().plusDays(9);

        view[0].dueSelected.click();
        _get(com.vaadin.flow.component.datepicker.DatePicker.class).setValue(day);
        apply();

        assertThat(view[0].bulkResult.getText()).isEqualTo("Done for 2 tasks.");
        identityService.clearAuthentication();
        assertThat(context.getBean(org.camunda.bpm.engine.TaskService.class)
                        .createTaskQuery()
                        .taskIdIn(ids.toArray(String[]::new))
                        .list())
                .allSatisfy(task -> assertThat(task.getDueDate()
                                .toInstant()
                                .atZone(java.time.ZoneId.of("Europe/Luxembourg"))
                                .toLocalDate())
                        .isEqualTo(day));
    }

    @Test
    void shouldPutSeveralTasksOffToAFollowUpDate() {
        InboxView[] view = new InboxView[1];
        var ids = twoChosenTasks(view);

        view[0].followUpSelected.click();
        _get(com.vaadin.flow.component.datepicker.DatePicker.class)
                .setValue(java.time.LocalDate.now().plusDays(5));
        apply();

        assertThat(view[0].bulkResult.getText()).isEqualTo("Done for 2 tasks.");
        assertThat(view[0].tabs
                        .get(lu.adem.tremplin.inbox.list.Inbox.TaskList.FOLLOW_UP_LATER)
                        .getLabel())
                .isEqualTo("Follow up later (2)");
        identityService.clearAuthentication();
        assertThat(context.getBean(org.camunda.bpm.engine.TaskService.class)
                        .createTaskQuery()
                        .taskIdIn(ids.toArray(String[]::new))
                        .list())
                .allSatisfy(task -> assertThat(task.getFollowUpDate()).isNotNull());
    }

    @Test
    void shouldRefuseToHandATaskToSomeoneOfAnotherAgency() {
        String counsellor = data.counsellor(Agency.DIFFERDANGE);
        String colleague = data.counsellor(Agency.DIFFERDANGE);
        String elsewhere = data.counsellor(Agency.ESCH_SUR_ALZETTE);
        String task = data.openTask(data.proposedCase(Agency.DIFFERDANGE));
        signIn(counsellor);
        var actions = context.getBean(lu.adem.tremplin.inbox.TaskActions.class);

        assertThat(actions.handOver(java.util.List.of(task), elsewhere))
                .singleElement()
                .satisfies(result -> assertThat(result.problem()).contains("does not work for this task's agency"));
        assertThat(actions.handOver(java.util.List.of(task), colleague))
                .singleElement()
                .satisfies(result -> assertThat(result.problem()).isNull());
    }

    @Test
    void shouldSwitchListsFromTheKeyboardAndListTheShortcuts() {
        signIn(data.counsellor(Agency.LUXEMBOURG));
        InboxView inbox = open();

        com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut(
                com.vaadin.flow.component.Key.DIGIT_3, com.vaadin.flow.component.KeyModifier.ALT);
        assertThat(inbox.selectedList()).isEqualTo(lu.adem.tremplin.inbox.list.Inbox.TaskList.OVERDUE);

        inbox.help.click();
        var dialog = _get(com.vaadin.flow.component.dialog.Dialog.class);
        assertThat(dialog.getElement().getTextRecursively())
                .contains("Alt+1")
                .contains("Ctrl+Enter")
                .contains("Alt+K");
    }

    @Test
    void shouldRefreshItselfWhenATaskArrives() {
        String counsellor = data.counsellor(Agency.DIFFERDANGE);
        signIn(counsellor);
        InboxView inbox = open();
        inbox.lists.setSelectedTab(inbox.tabs.get(lu.adem.tremplin.inbox.list.Inbox.TaskList.AGENCY));
        int before = (int) inbox.grid.getGenericDataView().getItems().count();

        identityService.clearAuthentication();
        data.proposedCase(Agency.DIFFERDANGE);
        signIn(counsellor);

        // delivered on the next tick of InboxSignals (at most a second), then pushed through the UI's queue
        String expected = "My agency, unassigned (" + (before + 1) + ")";
        long until = System.nanoTime() + 5_000_000_000L;
        while (!inbox.tabs
                        .get(lu.adem.tremplin.inbox.list.Inbox.TaskList.AGENCY)
                        .getLabel()
                        .equals(expected)
                && System.nanoTime() < until) {
            com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue(false);
            pause();
        }
        assertThat(inbox.tabs
                        .get(lu.adem.tremplin.inbox.list.Inbox.TaskList.AGENCY)
                        .getLabel())
                .isEqualTo(expected);
    }

    @Test
    void shouldSaveAViewAndBringItBack() {
        var elena = TestData.newJobseeker(Agency.LUXEMBOURG);
        data.proposedCase(elena);
        signIn(data.counsellor(Agency.LUXEMBOURG));
        InboxView inbox = open();
        inbox.lists.setSelectedTab(inbox.tabs.get(lu.adem.tremplin.inbox.list.Inbox.TaskList.AGENCY));
        inbox.search.setValue(elena.lastName());
        inbox.sort.setValue(lu.adem.tremplin.inbox.list.Inbox.Sort.TASK);

        inbox.saveAs("Elena's tasks");
        inbox.search.setValue("");
        inbox.lists.setSelectedTab(inbox.tabs.get(lu.adem.tremplin.inbox.list.Inbox.TaskList.MINE));
        inbox.apply(inbox.saved
                .getListDataView()
                .getItems()
                .filter(f -> f.name().equals("Elena's tasks"))
                .findFirst()
                .orElseThrow());

        assertThat(inbox.selectedList()).isEqualTo(lu.adem.tremplin.inbox.list.Inbox.TaskList.AGENCY);
        assertThat(inbox.search.getValue()).isEqualTo(elena.lastName());
        assertThat(inbox.sort.getValue()).isEqualTo(lu.adem.tremplin.inbox.list.Inbox.Sort.TASK);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    /** Claire of Wiltz is away today, Sophie covers; returns {claire, sophie}. */
    private String[] awayAndCovered() {
        String claire = data.counsellor(lu.adem.tremplin.shared.Agency.WILTZ);
        String sophie = data.counsellor(lu.adem.tremplin.shared.Agency.WILTZ);
        signIn(claire);
        var absences = context.getBean(lu.adem.tremplin.ownership.Absences.class);
        absences.record(claire, sophie, absences.today(), absences.today().plusDays(3));
        return new String[] {claire, sophie};
    }

    /** A jobseeker of Wiltz whose referent is the counsellor, the programme proposed. */
    private String referredTo(String counsellor) {
        return data.proposedCase(
                lu.adem.tremplin.support.TestData.newJobseeker(lu.adem.tremplin.shared.Agency.WILTZ, counsellor));
    }

    @Test
    void shouldShowTheCoveringColleagueWhomTheyCoverFor() {
        String[] people = awayAndCovered();
        String number = referredTo(people[0]);
        signIn(people[1]);

        InboxView inbox = open();
        inbox.lists.select(lu.adem.tremplin.inbox.list.Inbox.TaskList.MINE);
        var items = inbox.grid.getGenericDataView().getItems().toList();
        int row = items.indexOf(items.stream()
                .filter(task -> number.equals(task.jobseekerId()))
                .findFirst()
                .orElseThrow());
        assertThat(items.get(row).coveringFor()).isEqualTo(people[0]);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(inbox.grid, row, "assignee"))
                .isEqualTo(people[1] + " (covering for " + people[0] + ")");
    }
}
