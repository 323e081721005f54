package lu.adem.tremplin.inbox.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The inbox counts' cache: who re-reads what, when, and who is owed a refresh. */
class TaskCountsTests {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final TaskCounts counts = new TaskCounts(nanos::get);
    private final AtomicInteger reads = new AtomicInteger();

    private static final Set<String> LUXEMBOURG = Set.of("counsellor", "agency-lux");

    /** A read that takes {@code millis} of the test's clock and returns the number of reads so far. */
    private int read(long millis) {
        nanos.addAndGet(millis * 1_000_000);
        return reads.incrementAndGet();
    }

    private void later(long millis) {
        nanos.addAndGet(millis * 1_000_000);
    }

    private static TaskChanged change(Set<String> users, Set<String> groups) {
        return new TaskChanged("t1", "complete", users, groups, false);
    }

    @Test
    void shouldCountAnAgencysTasksOnceForAllItsCounsellors() {
        var agency = TaskCounts.Part.agency(List.of("agency-lux", "counsellor"), Inbox.TaskList.AGENCY);
        for (int inbox = 0; inbox < 30; inbox++) {
            counts.count(TaskCounts.Part.agency(LUXEMBOURG, Inbox.TaskList.AGENCY), () -> read(100));
        }
        assertThat(reads).hasValue(1);
        assertThat(counts.count(agency, () -> read(100))).isEqualTo(1);
    }

    @Test
    void shouldRereadAUsersOwnPartAsSoonAsAChangeConcernsThem() {
        var mine = TaskCounts.Part.mine("anna", Inbox.TaskList.MINE);
        counts.count(mine, () -> read(1));
        counts.taskChanged(change(Set.of("bob"), Set.of("agency-esch")));
        assertThat(counts.count(mine, () -> read(1))).as("not Anna's").isEqualTo(1);

        counts.taskChanged(change(Set.of("anna"), Set.of()));
        assertThat(counts.count(mine, () -> read(1))).isEqualTo(2);
    }

    @Test
    void shouldRereadABusyAgencysCountNoSoonerThanTenTimesItsCostAndOweItsInboxesARefresh() {
        var agency = TaskCounts.Part.agency(LUXEMBOURG, Inbox.TaskList.AGENCY);
        counts.count(agency, () -> read(200));
        counts.taskChanged(change(Set.of(), Set.of("agency-lux")));

        later(500);
        assertThat(counts.count(agency, () -> read(200)))
                .as("served from memory")
                .isEqualTo(1);
        assertThat(counts.owedGroupSets()).as("not yet re-readable").isEmpty();

        later(1_600);
        assertThat(counts.owedGroupSets()).containsExactly(LUXEMBOURG);
        assertThat(counts.owedGroupSets()).as("owed once").isEmpty();
        assertThat(counts.count(agency, () -> read(200))).isEqualTo(2);
    }

    @Test
    void shouldRereadACheapAgencyCountAtOnceAfterAChange() {
        var agency = TaskCounts.Part.agency(LUXEMBOURG, Inbox.TaskList.OVERDUE);
        counts.count(agency, () -> read(2));
        counts.taskChanged(change(Set.of(), Set.of("agency-lux")));
        later(25);
        assertThat(counts.count(agency, () -> read(2))).isEqualTo(2);
    }

    @Test
    void shouldRereadWithoutAnyChangeOnceTheCountIsOld() {
        var agency = TaskCounts.Part.agency(LUXEMBOURG, Inbox.TaskList.OVERDUE);
        counts.count(agency, () -> read(1));
        later(TaskCounts.MAX_AGE.toMillis() - 10);
        assertThat(counts.count(agency, () -> read(1))).isEqualTo(1);
        later(20);
        assertThat(counts.count(agency, () -> read(1)))
                .as("due dates pass without changes")
                .isEqualTo(2);
    }

    @Test
    void shouldRereadEverythingAfterAChangeThatConcernsEveryone() {
        var mine = TaskCounts.Part.mine("anna", Inbox.TaskList.MINE);
        var agency = TaskCounts.Part.agency(LUXEMBOURG, Inbox.TaskList.AGENCY);
        counts.count(mine, () -> read(1));
        counts.count(agency, () -> read(1));
        counts.taskChanged(TaskChanged.everyone("relay reconnected"));
        later(20);
        counts.count(mine, () -> read(1));
        counts.count(agency, () -> read(1));
        assertThat(reads).hasValue(4);
    }

    @Test
    void shouldForgetPartsNobodyAsksFor() {
        var agency = TaskCounts.Part.agency(LUXEMBOURG, Inbox.TaskList.AGENCY);
        counts.count(agency, () -> read(1));
        later(TaskCounts.FORGET_AFTER.toMillis() + 1);
        counts.owedGroupSets();
        later(1);
        counts.count(agency, () -> read(1));
        assertThat(reads).as("read again: forgotten").hasValue(2);
    }
}
