package lu.adem.tremplin.inbox.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import lu.adem.tremplin.inbox.TaskActions;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.TestData;
import lu.adem.tremplin.support.TestSignIn;

/** A task change names whom it concerns: the agency it is offered to, its assignee before and after. */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class TaskChangesTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEvents events;

    @Autowired
    TaskActions actions;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    TestData data;

    @BeforeEach
    void data() {
        data = new TestData(context);
    }

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    private List<TaskChanged> changesOf(String taskId) {
        return events.stream(TaskChanged.class)
                .filter(change -> taskId.equals(change.taskId()))
                .toList();
    }

    @Test
    void shouldNameTheAgencyOfANewTask() {
        String task = data.openTask(data.proposedCase(Agency.ESCH_SUR_ALZETTE));

        assertThat(changesOf(task))
                .filteredOn(change -> change.event().equals("create"))
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.groups()).containsExactly(Agency.ESCH_SUR_ALZETTE.groupId());
                    assertThat(change.users()).isEmpty();
                    assertThat(change.fromOtherNode()).isFalse();
                });
    }

    @Test
    void shouldNameTheOldAndTheNewAssigneeOfAHandOver() {
        String anna = data.counsellor(Agency.ESCH_SUR_ALZETTE);
        String bruno = data.counsellor(Agency.ESCH_SUR_ALZETTE);
        String task = data.openTask(data.proposedCase(Agency.ESCH_SUR_ALZETTE));
        TestSignIn.as(identityService, anna);
        assertThat(actions.claim(List.of(task))).allMatch(TaskActions.Result::done);
        assertThat(actions.handOver(List.of(task), bruno)).allMatch(TaskActions.Result::done);

        assertThat(changesOf(task))
                .filteredOn(change -> change.event().equals("assignment"))
                .extracting(TaskChanged::users)
                .containsExactly(Set.of(anna), Set.of(anna, bruno));
        assertThat(changesOf(task))
                .filteredOn(change -> change.event().equals("assignment"))
                .allSatisfy(change -> assertThat(change.groups()).containsExactly(Agency.ESCH_SUR_ALZETTE.groupId()));
    }

    @Test
    void shouldNameTheAssigneeOfACompletedTask() {
        String anna = data.counsellor(Agency.WILTZ);
        String task = data.openTask(data.proposedCase(Agency.WILTZ));
        data.asTremplin(() -> {
            taskService.claim(task, anna);
            taskService.complete(task, java.util.Map.of("proposalOutcome", "DECLINED"));
            return null;
        });

        assertThat(changesOf(task))
                .filteredOn(change -> change.event().equals("complete"))
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.users()).containsExactly(anna);
                    assertThat(change.groups()).containsExactly(Agency.WILTZ.groupId());
                    assertThat(change.concerns("someone-else", List.of(Agency.ESCH_SUR_ALZETTE.groupId())))
                            .isFalse();
                    assertThat(change.concerns("someone-else", List.of(Agency.WILTZ.groupId())))
                            .isTrue();
                });
    }
}
