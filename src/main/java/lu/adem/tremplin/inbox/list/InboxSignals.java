package lu.adem.tremplin.inbox.list;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open inboxes that their tasks changed — only the inboxes a change concerns (its agency's
 * counsellors, the task's old and new assignee), and at most once per {@link #TICK}: changes are gathered
 * and delivered together on the next tick, however many arrived. Changes made on other nodes arrive through
 * {@link TaskChangeRelay}. A tick also refreshes the inboxes whose agency count was served while a change was
 * pending ({@link TaskCounts}), once it may be re-read.
 */
@Component
public class InboxSignals implements DisposableBean {

    public static final Duration TICK = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(InboxSignals.class);

    /** One open inbox. */
    public interface Subscription {
        void cancel();
    }

    private record Subscriber(String userId, Set<String> groupIds, Runnable onChange) {}

    private final CopyOnWriteArrayList<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final TaskCounts counts;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "inbox-signals");
        thread.setDaemon(true);
        return thread;
    });

    private boolean everyone;
    private final Set<String> users = new HashSet<>();
    private final Set<String> groups = new HashSet<>();

    @Autowired
    InboxSignals(TaskCounts counts) {
        this(counts, true);
    }

    /** @param ticking false in tests that call {@link #tick()} themselves */
    InboxSignals(TaskCounts counts, boolean ticking) {
        this.counts = counts;
        if (!ticking) {
            return;
        }
        ticker.scheduleWithFixedDelay(
                () -> {
                    try {
                        tick();
                    } catch (RuntimeException failed) {
                        log.warn("Inbox signals: a tick failed", failed);
                    }
                },
                TICK.toMillis(),
                TICK.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * Calls {@code onChange} (on the signals' thread: hand heavy work elsewhere) when tasks this user's inbox
     * may show have changed, at most once per tick.
     */
    public Subscription subscribe(String userId, Collection<String> groupIds, Runnable onChange) {
        Subscriber subscriber = new Subscriber(userId, Set.copyOf(groupIds), onChange);
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** How many inboxes are open on this node. */
    public int subscribers() {
        return subscribers.size();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void taskChanged(TaskChanged change) {
        synchronized (this) {
            if (change.concernsEveryone()) {
                everyone = true;
            } else {
                users.addAll(change.users());
                groups.addAll(change.groups());
            }
        }
    }

    /** Delivers what changed since the last tick. */
    void tick() {
        TaskChanged pending;
        synchronized (this) {
            pending = everyone
                    ? TaskChanged.everyone("tick")
                    : new TaskChanged(null, "tick", Set.copyOf(users), Set.copyOf(groups), false);
            everyone = false;
            users.clear();
            groups.clear();
        }
        Set<Set<String>> owed = counts.owedGroupSets();
        for (Subscriber subscriber : subscribers) {
            if (pending.concerns(subscriber.userId(), subscriber.groupIds()) || owed.contains(subscriber.groupIds())) {
                try {
                    subscriber.onChange().run();
                } catch (RuntimeException failed) {
                    log.warn("Refreshing the inbox of {} failed", subscriber.userId(), failed);
                }
            }
        }
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
    }
}
