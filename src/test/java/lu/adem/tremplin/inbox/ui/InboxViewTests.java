package lu.adem.tremplin.inbox.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.KaribuViewTest;

class InboxViewTests extends KaribuViewTest {

    private InboxView open() {
        UI.getCurrent().navigate(InboxView.class);
        return _get(InboxView.class);
    }

    @Test
    void shouldListTheOpenTasksOfTheCounsellorsAgencyWithTheirJobseeker() {
        signIn("counsellor");

        InboxView inbox = open();

        assertThat(inbox.grid.isVisible()).isTrue();
        assertThat(_size(inbox.grid)).isGreaterThanOrEqualTo(3);
        assertThat(inbox.grid.getGenericDataView().getItems())
                .allSatisfy(task -> assertThat(task.agency()).isEqualTo(Agency.LUXEMBOURG.code()))
                .anySatisfy(task -> assertThat(task.jobseekerId()).isEqualTo("DE-2026-004211"))
                .allSatisfy(task -> assertThat(task.jobseekerName()).as("name from the jobseeker module").isNotBlank())
                .anySatisfy(task -> assertThat(task.taskName()).isEqualTo("Propose the programme"))
                .anySatisfy(task -> assertThat(task.taskName()).isEqualTo("Choose a course with the jobseeker"));
        assertThat(inbox.count.getText()).endsWith("open tasks");
        assertThat(inbox.empty.isVisible()).isFalse();
    }

    @Test
    void shouldNeverShowAnotherAgencysTasks() {
        signIn("counsellor2");

        assertThat(open().grid.getGenericDataView().getItems())
                .isNotEmpty()
                .allSatisfy(task -> assertThat(task.agency()).isEqualTo(Agency.ESCH_SUR_ALZETTE.code()));
    }

    @Test
    void shouldSayClearlyWhenThereIsNothingToDo() {
        account("counsellorwasserbillig", "counsellor", Agency.WASSERBILLIG.groupId());
        signIn("counsellorwasserbillig");

        InboxView inbox = open();

        assertThat(inbox.grid.isVisible()).isFalse();
        assertThat(inbox.empty.isVisible()).isTrue();
        assertThat(inbox.empty.getText()).startsWith("No tasks for you or your agency");
        assertThat(inbox.count.getText()).isEqualTo("No open tasks");
    }

    @Test
    void shouldSpeakTheUsersLanguage() {
        signIn("counsellor");
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);

        assertThat(open().count.getText()).endsWith("offene Aufgaben");
    }

    @Test
    void shouldCountEachListAndShowMyClaimedTaskUnderMyTasks() {
        account("counsellordifferdange2", "counsellor", Agency.DIFFERDANGE.groupId());
        String number = "DE-2026-INBOX" + System.nanoTime() % 100_000;
        context.getBean(lu.adem.tremplin.onboarding.Onboarding.class).proposeProgramme(number, Agency.DIFFERDANGE);
        var tasks = context.getBean(org.camunda.bpm.engine.TaskService.class);
        String task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
        tasks.claim(task, "counsellordifferdange2");
        tasks.setDueDate(task, java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(2))));
        signIn("counsellordifferdange2");

        InboxView inbox = open();

        assertThat(inbox.selectedList()).isEqualTo(lu.adem.tremplin.inbox.Inbox.TaskList.MINE);
        assertThat(inbox.tabs.get(lu.adem.tremplin.inbox.Inbox.TaskList.MINE).getLabel()).isEqualTo("My tasks (1)");
        assertThat(inbox.tabs.get(lu.adem.tremplin.inbox.Inbox.TaskList.OVERDUE).getLabel()).startsWith("Overdue (")
                .doesNotEndWith("(0)");
        assertThat(inbox.grid.getGenericDataView().getItems()).extracting(lu.adem.tremplin.inbox.InboxTask::taskId)
                .containsExactly(task);

        // as the counsellor does it: Tremplin changes the date on their behalf (they hold TASK_WORK only)
        assertThat(context.getBean(lu.adem.tremplin.inbox.TaskActions.class)
                .setFollowUpDate(java.util.List.of(task), java.time.LocalDate.now().plusDays(5)))
                .allMatch(lu.adem.tremplin.inbox.TaskActions.Result::done);
        inbox.refresh();
        assertThat(inbox.tabs.get(lu.adem.tremplin.inbox.Inbox.TaskList.MINE).getLabel()).isEqualTo("My tasks (0)");
        assertThat(inbox.tabs.get(lu.adem.tremplin.inbox.Inbox.TaskList.FOLLOW_UP_LATER).getLabel())
                .isEqualTo("Follow up later (1)");
    }

    @Test
    void shouldListTasksDueTodayAndNotThoseDueTomorrow() {
        account("counsellordifferdange6", "counsellor", Agency.DIFFERDANGE.groupId());
        var onboarding = context.getBean(lu.adem.tremplin.onboarding.Onboarding.class);
        var tasks = context.getBean(org.camunda.bpm.engine.TaskService.class);
        String today = "DE-2026-TODAY" + System.nanoTime() % 100_000;
        String tomorrow = "DE-2026-TOMOR" + System.nanoTime() % 100_000;
        onboarding.proposeProgramme(today, Agency.DIFFERDANGE);
        onboarding.proposeProgramme(tomorrow, Agency.DIFFERDANGE);
        java.time.ZoneId luxembourg = java.time.ZoneId.of("Europe/Luxembourg");
        java.time.ZonedDateTime noon = java.time.LocalDate.now(luxembourg).atTime(12, 0).atZone(luxembourg);
        String dueToday = tasks.createTaskQuery().processInstanceBusinessKey(today).singleResult().getId();
        String dueTomorrow = tasks.createTaskQuery().processInstanceBusinessKey(tomorrow).singleResult().getId();
        tasks.setDueDate(dueToday, java.util.Date.from(noon.toInstant()));
        tasks.setDueDate(dueTomorrow, java.util.Date.from(noon.plusDays(1).toInstant()));
        signIn("counsellordifferdange6");
        InboxView inbox = open();

        inbox.lists.setSelectedTab(inbox.tabs.get(lu.adem.tremplin.inbox.Inbox.TaskList.DUE_TODAY));

        assertThat(inbox.grid.getGenericDataView().getItems()).extracting(lu.adem.tremplin.inbox.InboxTask::taskId)
                .contains(dueToday).doesNotContain(dueTomorrow);
    }

    @Test
    void shouldLeaveOutATaskTheEngineNoLongerLetsTheCounsellorRead() {
        account("counsellordifferdange7", "counsellor", Agency.DIFFERDANGE.groupId());
        var onboarding = context.getBean(lu.adem.tremplin.onboarding.Onboarding.class);
        var tasks = context.getBean(org.camunda.bpm.engine.TaskService.class);
        var authorizations = context.getBean(org.camunda.bpm.engine.AuthorizationService.class);
        String number = "DE-2026-REVOK" + System.nanoTime() % 100_000;
        onboarding.proposeProgramme(number, Agency.DIFFERDANGE);
        String task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
        authorizations.createAuthorizationQuery().resourceType(org.camunda.bpm.engine.authorization.Resources.TASK)
                .resourceId(task).list().forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
        signIn("counsellordifferdange7");

        var inbox = context.getBean(lu.adem.tremplin.inbox.Inbox.class);
        var all = new lu.adem.tremplin.inbox.Inbox.Query(lu.adem.tremplin.inbox.Inbox.TaskList.AGENCY, number, null);

        assertThat(inbox.page(all, 0, 50)).as("the engine's check runs on the page's rows").isEmpty();
    }

    @Test
    void shouldLeaveOutATaskRevokedFromTheCounsellor() {
        account("counsellordifferdange8", "counsellor", Agency.DIFFERDANGE.groupId());
        var onboarding = context.getBean(lu.adem.tremplin.onboarding.Onboarding.class);
        var tasks = context.getBean(org.camunda.bpm.engine.TaskService.class);
        var authorizations = context.getBean(org.camunda.bpm.engine.AuthorizationService.class);
        String revoked = "DE-2026-REVOC" + System.nanoTime() % 100_000;
        String kept = "DE-2026-KEPT" + System.nanoTime() % 100_000;
        onboarding.proposeProgramme(revoked, Agency.DIFFERDANGE);
        onboarding.proposeProgramme(kept, Agency.DIFFERDANGE);
        String task = tasks.createTaskQuery().processInstanceBusinessKey(revoked).singleResult().getId();
        var revoke = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId("counsellordifferdange8");
        revoke.setResource(org.camunda.bpm.engine.authorization.Resources.TASK);
        revoke.setResourceId(task);
        revoke.removePermission(org.camunda.bpm.engine.authorization.Permissions.READ);
        authorizations.saveAuthorization(revoke);
        signIn("counsellordifferdange8");

        var inbox = context.getBean(lu.adem.tremplin.inbox.Inbox.class);
        var list = lu.adem.tremplin.inbox.Inbox.TaskList.AGENCY;

        assertThat(inbox.page(new lu.adem.tremplin.inbox.Inbox.Query(list, revoked, null), 0, 50)).isEmpty();
        assertThat(inbox.page(new lu.adem.tremplin.inbox.Inbox.Query(list, kept, null), 0, 50)).hasSize(1);
    }

    @Test
    void shouldFindTheTasksOfAJobseekerByNameOrNumber() {
        signIn("counsellor");
        InboxView inbox = open();
        inbox.lists.setSelectedTab(inbox.tabs.get(lu.adem.tremplin.inbox.Inbox.TaskList.AGENCY));

        inbox.search.setValue("Faber");
        assertThat(inbox.grid.getGenericDataView().getItems()).isNotEmpty()
                .allSatisfy(task -> assertThat(task.jobseekerName()).contains("Faber"));

        inbox.search.setValue("DE-2026-004387");
        assertThat(inbox.grid.getGenericDataView().getItems()).isNotEmpty()
                .allSatisfy(task -> assertThat(task.jobseekerId()).isEqualTo("DE-2026-004387"));

        inbox.search.setValue("Nobody Atall");
        assertThat(inbox.empty.getText()).isEqualTo("No task of this list matches this jobseeker.");
    }

    @Test
    void shouldSortByTaskName() {
        signIn("counsellor");
        InboxView inbox = open();
        inbox.lists.setSelectedTab(inbox.tabs.get(lu.adem.tremplin.inbox.Inbox.TaskList.AGENCY));

        inbox.sort.setValue(lu.adem.tremplin.inbox.Inbox.Sort.TASK);

        var names = inbox.grid.getGenericDataView().getItems().map(lu.adem.tremplin.inbox.InboxTask::taskName).toList();
        assertThat(names).isSorted();
    }

    @Test
    void shouldSortByJobseekerNumber() {
        signIn("counsellor");
        InboxView inbox = open();
        inbox.lists.setSelectedTab(inbox.tabs.get(lu.adem.tremplin.inbox.Inbox.TaskList.AGENCY));

        inbox.sort.setValue(lu.adem.tremplin.inbox.Inbox.Sort.JOBSEEKER);

        var numbers = inbox.grid.getGenericDataView().getItems().map(lu.adem.tremplin.inbox.InboxTask::jobseekerId).toList();
        assertThat(numbers).hasSizeGreaterThan(1).isSorted();
    }

    @Test
    void shouldSortNewestFirst() {
        signIn("counsellor");
        InboxView inbox = open();
        inbox.lists.setSelectedTab(inbox.tabs.get(lu.adem.tremplin.inbox.Inbox.TaskList.AGENCY));

        inbox.sort.setValue(lu.adem.tremplin.inbox.Inbox.Sort.CREATED);

        var created = inbox.grid.getGenericDataView().getItems().map(lu.adem.tremplin.inbox.InboxTask::created).toList();
        assertThat(created).hasSizeGreaterThan(1).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void shouldClaimSeveralTasksAndReportTheOneThatWasGoneMeanwhile() {
        account("counsellordifferdange3", "counsellor", Agency.DIFFERDANGE.groupId());
        var onboarding = context.getBean(lu.adem.tremplin.onboarding.Onboarding.class);
        var tasks = context.getBean(org.camunda.bpm.engine.TaskService.class);
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String number = "DE-2026-BULK" + i + System.nanoTime() % 100_000;
            onboarding.proposeProgramme(number, Agency.DIFFERDANGE);
            ids.add(tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId());
        }
        signIn("counsellordifferdange3");
        InboxView inbox = open();
        inbox.lists.setSelectedTab(inbox.tabs.get(lu.adem.tremplin.inbox.Inbox.TaskList.AGENCY));
        inbox.grid.getGenericDataView().getItems().filter(task -> ids.contains(task.taskId())).forEach(task -> inbox.select(task, true));
        // a colleague completes one of them first
        identityService.clearAuthentication();
        tasks.complete(ids.get(1), java.util.Map.of("proposalChannel", "PHONE", "proposalOutcome", "LATER"));
        signIn("counsellordifferdange3");

        inbox.claimSelected.click();

        assertThat(inbox.bulkResult.getText()).startsWith("Done for 2; refused: Propose the programme")
                .contains("task no longer open");
        identityService.clearAuthentication();
        assertThat(tasks.createTaskQuery().taskAssignee("counsellordifferdange3").taskIdIn(ids.get(0), ids.get(2)).count())
                .isEqualTo(2);
    }

    /** Two new Differdange tasks, chosen in the agency list of a fresh view signed in as {@code user}. */
    private java.util.List<String> twoChosenTasks(String user, InboxView[] view) {
        account(user, "counsellor", Agency.DIFFERDANGE.groupId());
        var onboarding = context.getBean(lu.adem.tremplin.onboarding.Onboarding.class);
        var tasks = context.getBean(org.camunda.bpm.engine.TaskService.class);
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String number = "DE-2026-BK" + i + System.nanoTime() % 1_000_000;
            onboarding.proposeProgramme(number, Agency.DIFFERDANGE);
            ids.add(tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId());
        }
        signIn(user);
        view[0] = open();
        InboxView inbox = view[0];
        inbox.lists.setSelectedTab(inbox.tabs.get(lu.adem.tremplin.inbox.Inbox.TaskList.AGENCY));
        inbox.grid.getGenericDataView().getItems().filter(task -> ids.contains(task.taskId())).forEach(task -> inbox.select(task, true));
        return ids;
    }

    private static void apply() {
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Apply")).click();
    }

    @Test
    void shouldHandSeveralTasksToAColleagueOfTheAgency() {
        account("counsellordifferdange10", "counsellor", Agency.DIFFERDANGE.groupId());
        InboxView[] view = new InboxView[1];
        var ids = twoChosenTasks("counsellordifferdange9", view);

        view[0].handOverSelected.click();
        @SuppressWarnings("unchecked")
        var colleague = (com.vaadin.flow.component.combobox.ComboBox<String>) _get(com.vaadin.flow.component.combobox.ComboBox.class);
        colleague.setValue("counsellordifferdange10");
        apply();

        assertThat(view[0].bulkResult.getText()).isEqualTo("Done for 2 tasks.");
        identityService.clearAuthentication();
        assertThat(context.getBean(org.camunda.bpm.engine.TaskService.class).createTaskQuery()
                .taskAssignee("counsellordifferdange10").taskIdIn(ids.toArray(String[]::new)).count()).isEqualTo(2);
    }

    @Test
    void shouldSetTheDueDateOfSeveralTasks() {
        InboxView[] view = new InboxView[1];
        var ids = twoChosenTasks("counsellordifferdange11", view);
        java.time.LocalDate day = java.time.LocalDate.now().plusDays(9);

        view[0].dueSelected.click();
        _get(com.vaadin.flow.component.datepicker.DatePicker.class).setValue(day);
        apply();

        assertThat(view[0].bulkResult.getText()).isEqualTo("Done for 2 tasks.");
        identityService.clearAuthentication();
        assertThat(context.getBean(org.camunda.bpm.engine.TaskService.class).createTaskQuery().taskIdIn(ids.toArray(String[]::new))
                .list()).allSatisfy(task -> assertThat(task.getDueDate().toInstant().atZone(java.time.ZoneId.of("Europe/Luxembourg"))
                        .toLocalDate()).isEqualTo(day));
    }

    @Test
    void shouldPutSeveralTasksOffToAFollowUpDate() {
        InboxView[] view = new InboxView[1];
        var ids = twoChosenTasks("counsellordifferdange12", view);

        view[0].followUpSelected.click();
        _get(com.vaadin.flow.component.datepicker.DatePicker.class).setValue(java.time.LocalDate.now().plusDays(5));
        apply();

        assertThat(view[0].bulkResult.getText()).isEqualTo("Done for 2 tasks.");
        assertThat(view[0].tabs.get(lu.adem.tremplin.inbox.Inbox.TaskList.FOLLOW_UP_LATER).getLabel()).isEqualTo("Follow up later (2)");
        identityService.clearAuthentication();
        assertThat(context.getBean(org.camunda.bpm.engine.TaskService.class).createTaskQuery().taskIdIn(ids.toArray(String[]::new))
                .list()).allSatisfy(task -> assertThat(task.getFollowUpDate()).isNotNull());
    }

    @Test
    void shouldRefuseToHandATaskToSomeoneOfAnotherAgency() {
        account("counsellordifferdange4", "counsellor", Agency.DIFFERDANGE.groupId());
        account("counsellordifferdange3", "counsellor", Agency.DIFFERDANGE.groupId());
        String number = "DE-2026-HAND" + System.nanoTime() % 100_000;
        context.getBean(lu.adem.tremplin.onboarding.Onboarding.class).proposeProgramme(number, Agency.DIFFERDANGE);
        String task = context.getBean(org.camunda.bpm.engine.TaskService.class).createTaskQuery()
                .processInstanceBusinessKey(number).singleResult().getId();
        signIn("counsellordifferdange4");
        var actions = context.getBean(lu.adem.tremplin.inbox.TaskActions.class);

        assertThat(actions.handOver(java.util.List.of(task), "counsellor2")).singleElement()
                .satisfies(result -> assertThat(result.problem()).contains("does not work for this task's agency"));
        assertThat(actions.handOver(java.util.List.of(task), "counsellordifferdange3")).singleElement()
                .satisfies(result -> assertThat(result.problem()).isNull());
    }

    @Test
    void shouldSwitchListsFromTheKeyboardAndListTheShortcuts() {
        signIn("counsellor");
        InboxView inbox = open();

        com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut(com.vaadin.flow.component.Key.DIGIT_3,
                com.vaadin.flow.component.KeyModifier.ALT);
        assertThat(inbox.selectedList()).isEqualTo(lu.adem.tremplin.inbox.Inbox.TaskList.OVERDUE);

        inbox.help.click();
        var dialog = _get(com.vaadin.flow.component.dialog.Dialog.class);
        assertThat(dialog.getElement().getTextRecursively()).contains("Alt+1").contains("Ctrl+Enter").contains("Alt+K");
    }

    @Test
    void shouldRefreshItselfWhenATaskArrives() {
        account("counsellordifferdange5", "counsellor", Agency.DIFFERDANGE.groupId());
        signIn("counsellordifferdange5");
        InboxView inbox = open();
        inbox.lists.setSelectedTab(inbox.tabs.get(lu.adem.tremplin.inbox.Inbox.TaskList.AGENCY));
        int before = (int) inbox.grid.getGenericDataView().getItems().count();

        identityService.clearAuthentication();
        context.getBean(lu.adem.tremplin.onboarding.Onboarding.class)
                .proposeProgramme("DE-2026-PUSH" + System.nanoTime() % 100_000, Agency.DIFFERDANGE);
        signIn("counsellordifferdange5");
        com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue(false);

        assertThat(inbox.tabs.get(lu.adem.tremplin.inbox.Inbox.TaskList.AGENCY).getLabel())
                .isEqualTo("My agency, unassigned (" + (before + 1) + ")");
    }

    @Test
    void shouldSaveAViewAndBringItBack() {
        signIn("counsellor");
        InboxView inbox = open();
        inbox.lists.setSelectedTab(inbox.tabs.get(lu.adem.tremplin.inbox.Inbox.TaskList.AGENCY));
        inbox.search.setValue("Faber");
        inbox.sort.setValue(lu.adem.tremplin.inbox.Inbox.Sort.TASK);

        inbox.saveAs("Elena's tasks");
        inbox.search.setValue("");
        inbox.lists.setSelectedTab(inbox.tabs.get(lu.adem.tremplin.inbox.Inbox.TaskList.MINE));
        inbox.apply(inbox.saved.getListDataView().getItems().filter(f -> f.name().equals("Elena's tasks")).findFirst()
                .orElseThrow());

        assertThat(inbox.selectedList()).isEqualTo(lu.adem.tremplin.inbox.Inbox.TaskList.AGENCY);
        assertThat(inbox.search.getValue()).isEqualTo("Faber");
        assertThat(inbox.sort.getValue()).isEqualTo(lu.adem.tremplin.inbox.Inbox.Sort.TASK);
    }
}
