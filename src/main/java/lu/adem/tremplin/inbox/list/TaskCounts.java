package lu.adem.tremplin.inbox.list;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The inbox lists' counts, cached so that a refresh of many inboxes does not count the same tasks many
 * times. A list's count is the sum of two disjoint parts: the tasks assigned to the user (one counsellor's
 * own work: small, re-read whenever a change concerns them) and the unassigned tasks offered to their groups
 * (an agency's work: large, shared by every counsellor of the agency, and re-read after a change no sooner
 * than {@link #COST_FACTOR} times its last read took, at most {@link #AGENCY_INTERVAL}: a busy agency's count
 * costs the database at most a tenth of one connection's time, a small one's is re-read at once). A part is
 * re-read when a {@link TaskChanged} concerns it, or after
 * {@link #MAX_AGE} (due dates pass with no change at all); between re-reads it is served from memory. A
 * part served while a change was pending is <em>owed</em>: {@link InboxSignals} refreshes its inboxes
 * again once it may be re-read, so no inbox keeps a stale count.
 */
@Component
class TaskCounts {

    static final Duration AGENCY_INTERVAL = Duration.ofSeconds(5);
    static final int COST_FACTOR = 10;
    static final Duration MAX_AGE = Duration.ofSeconds(30);
    static final Duration FORGET_AFTER = Duration.ofMinutes(10);

    /** One part of one list: a user's own tasks ({@code groups} null) or their groups' unassigned tasks. */
    record Part(String userId, Set<String> groups, Inbox.TaskList list) {

        static Part mine(String userId, Inbox.TaskList list) {
            return new Part(userId, null, list);
        }

        static Part agency(Collection<String> groups, Inbox.TaskList list) {
            return new Part(null, Set.copyOf(groups), list);
        }

        boolean concernedBy(TaskChanged change) {
            if (change.concernsEveryone()) {
                return true;
            }
            return groups == null
                    ? change.users().contains(userId)
                    : groups.stream().anyMatch(change.groups()::contains);
        }
    }

    private static final class Entry {
        int value;
        // written under the entry's lock, read without it by owedGroupSets
        volatile long readAt;
        volatile long cost;
        volatile long usedAt;
        boolean read;
        volatile boolean changed;
        volatile boolean owed;
    }

    private final ConcurrentHashMap<Part, Entry> entries = new ConcurrentHashMap<>();
    private final LongSupplier nanos;

    @Autowired
    TaskCounts() {
        this(System::nanoTime);
    }

    /** @param nanos a monotonic clock (tests move it) */
    TaskCounts(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** The part's count: from memory while it may be, otherwise read once (other callers wait for that read). */
    int count(Part part, IntSupplier read) {
        Entry entry = entries.computeIfAbsent(part, p -> new Entry());
        synchronized (entry) {
            long now = nanos.getAsLong();
            entry.usedAt = now;
            long age = now - entry.readAt;
            boolean mayReread = part.groups() == null || age >= wait(entry);
            if (!entry.read || age >= MAX_AGE.toNanos() || (entry.changed && mayReread)) {
                entry.changed = false;
                entry.owed = false;
                entry.value = read.getAsInt();
                entry.readAt = nanos.getAsLong();
                entry.cost = entry.readAt - now;
                entry.read = true;
            } else if (entry.changed) {
                entry.owed = true;
            }
            return entry.value;
        }
    }

    private static long wait(Entry entry) {
        return Math.min(AGENCY_INTERVAL.toNanos(), COST_FACTOR * entry.cost);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void taskChanged(TaskChanged change) {
        entries.forEach((part, entry) -> {
            if (part.concernedBy(change)) {
                entry.changed = true;
            }
        });
    }

    /**
     * The group sets whose agency part was served stale and may now be re-read: the inboxes of users with
     * exactly these groups should refresh. Forgets parts nobody asked for in {@link #FORGET_AFTER}.
     */
    Set<Set<String>> owedGroupSets() {
        long now = nanos.getAsLong();
        Set<Set<String>> groups = new HashSet<>();
        for (var each : List.copyOf(entries.entrySet())) {
            Entry entry = each.getValue();
            if (entry.owed && now - entry.readAt >= wait(entry)) {
                entry.owed = false;
                groups.add(each.getKey().groups());
            } else if (now - entry.usedAt > FORGET_AFTER.toNanos()) {
                entries.remove(each.getKey(), entry);
            }
        }
        return groups;
    }
}
