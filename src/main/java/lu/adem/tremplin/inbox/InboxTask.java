package lu.adem.tremplin.inbox;

import java.time.Instant;

/** One line of the inbox: a task with the business data a counsellor recognises it by. */
public record InboxTask(
        String taskId,
        String taskName,
        String taskKey,
        String processDefinitionId,
        String jobseekerId,
        String jobseekerName,
        String agency,
        String assignee,
        Instant created,
        Instant due) {
}
