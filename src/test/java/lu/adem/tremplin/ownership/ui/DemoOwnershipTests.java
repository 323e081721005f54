package lu.adem.tremplin.ownership.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.KaribuViewTest;

/**
 * The embedded default as README walks through it (reads the demo data, changes none of it): Luxembourg's demo
 * jobseekers have {@code counsellor} as referent, so their open tasks are in {@code counsellor}'s *My tasks*, and
 * {@code counsellor3} is the Luxembourg colleague who can cover.
 */
class DemoOwnershipTests extends KaribuViewTest {

    @Test
    void shouldGiveTheDemoCounsellorTheirDemoJobseekersTasksAndAColleagueToCoverThem() {
        // the demo's jobseekers only (other tests' jobseekers are numbered DE-T-…)
        var demoJobseekers = data
                .asTremplin(() -> context.getBean(TaskService.class)
                        .createTaskQuery()
                        .taskCandidateGroup(Agency.LUXEMBOURG.groupId())
                        .includeAssignedTasks()
                        .taskAssignee("counsellor")
                        .list())
                .stream()
                .map(task -> data.asTremplin(() -> context.getBean(org.camunda.bpm.engine.RuntimeService.class)
                        .createProcessInstanceQuery()
                        .processInstanceId(task.getProcessInstanceId())
                        .singleResult()
                        .getBusinessKey()))
                .filter(jobseeker -> !jobseeker.startsWith("DE-T-"))
                .toList();
        assertThat(demoJobseekers).as("the demo cases of Luxembourg").isNotEmpty();
        assertThat(demoJobseekers)
                .allSatisfy(jobseeker -> assertThat(
                                context.getBean(Jobseekers.class).referentOf(jobseeker))
                        .hasValue("counsellor"));
        IdentityService identity = context.getBean(IdentityService.class);
        assertThat(data.asTremplin(() -> identity.createUserQuery()
                                .userId("counsellor3")
                                .memberOfGroup("counsellor")
                                .count()
                        + identity.createUserQuery()
                                .userId("counsellor3")
                                .memberOfGroup(Agency.LUXEMBOURG.groupId())
                                .count()))
                .isEqualTo(2);
    }
}
