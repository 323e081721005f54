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
        assertThat(inbox.grid.getListDataView().getItems())
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

        assertThat(open().grid.getListDataView().getItems())
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
}
