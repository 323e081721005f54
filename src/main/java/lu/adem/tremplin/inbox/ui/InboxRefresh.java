package lu.adem.tremplin.inbox.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;

import lu.adem.tremplin.inbox.list.InboxSignals;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.EngineAsUser;

/**
 * Refreshes an open inbox (server push) when tasks it may show have changed — on this node or another —
 * without the counsellor reloading: only the inboxes a change concerns, at most once a second
 * ({@link InboxSignals}). The refresh runs on a small pool of its own, one at a time per inbox, under the
 * inbox's own user for Camunda's checks ({@link EngineAsUser}), never the user whose action caused it.
 */
@Component
class InboxRefresh implements DisposableBean {

    private final InboxSignals signals;
    private final EngineAsUser asUser;
    private final ExecutorService pushers = Executors.newFixedThreadPool(2, work -> {
        Thread thread = new Thread(work, "inbox-refresh");
        thread.setDaemon(true);
        return thread;
    });

    InboxRefresh(InboxSignals signals, EngineAsUser asUser) {
        this.signals = signals;
        this.asUser = asUser;
    }

    /** Refreshes the signed-in user's inbox in {@code ui} when their tasks change, until the registration is removed. */
    Registration watch(UI ui, Runnable refresh) {
        CurrentUser user = CurrentUser.require();
        AtomicBoolean queued = new AtomicBoolean();
        InboxSignals.Subscription subscription = signals.subscribe(user.userId(), user.groupIds(), () -> {
            if (ui.isAttached() && queued.compareAndSet(false, true)) {
                pushers.execute(() -> {
                    try {
                        ui.access(() -> {
                            queued.set(false);
                            asUser.run(refresh);
                        });
                    } catch (UIDetachedException closed) {
                        queued.set(false);
                    }
                });
            }
        });
        return subscription::cancel;
    }

    @Override
    public void destroy() {
        pushers.shutdownNow();
    }
}
