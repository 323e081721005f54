package lu.adem.tremplin.inbox.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Which open inboxes a change refreshes, and how often. */
class InboxSignalsTests {

    private final InboxSignals signals = new InboxSignals(new TaskCounts(), false);

    private AtomicInteger inbox(String user, String... groups) {
        AtomicInteger refreshed = new AtomicInteger();
        signals.subscribe(user, List.of(groups), refreshed::incrementAndGet);
        return refreshed;
    }

    private static TaskChanged change(Set<String> users, Set<String> groups) {
        return new TaskChanged("t1", "assignment", users, groups, false);
    }

    @Test
    void shouldRefreshOnlyTheAgencyOfTheTaskAndItsOldAndNewAssignee() {
        var lux = inbox("anna", "counsellor", "agency-lux");
        var luxToo = inbox("bruno", "counsellor", "agency-lux");
        var esch = inbox("chloe", "counsellor", "agency-esch");
        var eschHandedOver = inbox("david", "counsellor", "agency-esch");

        signals.taskChanged(change(Set.of("david"), Set.of("agency-lux")));
        signals.tick();

        assertThat(lux).hasValue(1);
        assertThat(luxToo).hasValue(1);
        assertThat(esch).as("another agency").hasValue(0);
        assertThat(eschHandedOver).as("the task's assignee").hasValue(1);
    }

    @Test
    void shouldGatherABurstOfChangesIntoOneRefreshPerTick() {
        var lux = inbox("anna", "counsellor", "agency-lux");
        for (int i = 0; i < 50; i++) {
            signals.taskChanged(change(Set.of(), Set.of("agency-lux")));
        }
        signals.tick();
        signals.tick();

        assertThat(lux)
                .as("one refresh for fifty changes, none when nothing changed")
                .hasValue(1);
    }

    @Test
    void shouldRefreshEveryoneWhenChangesMayHaveBeenMissed() {
        var lux = inbox("anna", "counsellor", "agency-lux");
        var esch = inbox("chloe", "counsellor", "agency-esch");
        signals.taskChanged(TaskChanged.everyone("relay reconnected"));
        signals.tick();
        assertThat(lux).hasValue(1);
        assertThat(esch).hasValue(1);
    }

    @Test
    void shouldStopRefreshingAClosedInbox() {
        AtomicInteger refreshed = new AtomicInteger();
        var subscription = signals.subscribe("anna", List.of("agency-lux"), refreshed::incrementAndGet);
        assertThat(signals.subscribers()).isEqualTo(1);
        subscription.cancel();
        signals.taskChanged(change(Set.of("anna"), Set.of("agency-lux")));
        signals.tick();
        assertThat(refreshed).hasValue(0);
        assertThat(signals.subscribers()).isZero();
    }
}
