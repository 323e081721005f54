package lu.adem.tremplin.inbox.list;

import java.time.Instant;
import java.util.Set;

import lu.adem.tremplin.jobseeker.Language;

/** One line of the inbox: a task with the business data a counsellor recognises it by. */
public record InboxTask(
        String taskId,
        String taskName,
        String taskKey,
        String processDefinitionId,
        String jobseekerId,
        String jobseekerName,
        Set<Language> languages,
        String agency,
        String route,
        String assignee,
        String coveringFor,
        Instant created,
        Instant due,
        Instant followUp) {}
