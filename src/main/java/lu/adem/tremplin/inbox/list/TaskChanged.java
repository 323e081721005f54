package lu.adem.tremplin.inbox.list;

import java.util.Collection;
import java.util.Set;

/**
 * A task was created, assigned, updated, completed or deleted — published once the engine's transaction
 * commits, on this node ({@link TaskChanges}) or relayed from another node sharing the database
 * ({@link TaskChangeRelay}). It names whom it concerns, so that only their inboxes refresh: the users it
 * was and is assigned to, and the candidate groups (agencies) it is offered to.
 *
 * @param users the task's assignee before and after the change; null when the change concerns everyone
 * @param groups the task's candidate groups; null when the change concerns everyone
 * @param fromOtherNode true when another node made the change (it is not relayed again)
 */
public record TaskChanged(String taskId, String event, Set<String> users, Set<String> groups, boolean fromOtherNode) {

    /** Every inbox may be out of date, e.g. after the link to the other nodes was down for a while. */
    public static TaskChanged everyone(String why) {
        return new TaskChanged(null, why, null, null, true);
    }

    public boolean concernsEveryone() {
        return users == null || groups == null;
    }

    /** Whether the inbox of this user, member of these groups, may show the task before or after the change. */
    public boolean concerns(String userId, Collection<String> groupIds) {
        return concernsEveryone() || users.contains(userId) || groupIds.stream().anyMatch(groups::contains);
    }
}
