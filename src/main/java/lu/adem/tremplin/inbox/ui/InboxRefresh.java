package lu.adem.tremplin.inbox.ui;

import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import lu.adem.tremplin.inbox.list.TaskChanged;

/**
 * Refreshes the open inboxes (server push) once a task change is committed: a new task appears, a
 * colleague's claim or completion disappears, without the counsellor reloading.
 */
@Component
class InboxRefresh {

    private record Watcher(UI ui, Runnable refresh) {}

    private final CopyOnWriteArrayList<Watcher> watchers = new CopyOnWriteArrayList<>();

    Registration watch(UI ui, Runnable refresh) {
        Watcher watcher = new Watcher(ui, refresh);
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void taskChanged(TaskChanged change) {
        for (Watcher watcher : watchers) {
            if (watcher.ui().isAttached()) {
                watcher.ui().access(watcher.refresh()::run);
            } else {
                watchers.remove(watcher);
            }
        }
    }
}
