package lu.adem.tremplin.inbox.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The relay's notification payloads: what one node writes, another reads. */
class TaskChangeRelayTests {

    @Test
    void shouldCarryAChangeToTheOtherNodesAndSkipItsOwn() {
        var change = new TaskChanged("task-1", "complete", Set.of("anna", "bé,rt"), Set.of("agency-lux"), false);
        List<String> payloads = TaskChangeRelay.payloads("node-a", List.of(change));

        assertThat(payloads).hasSize(1);
        assertThat(TaskChangeRelay.parse("node-a", payloads.get(0)))
                .as("own change")
                .isEmpty();
        assertThat(TaskChangeRelay.parse("node-b", payloads.get(0)))
                .containsExactly(
                        new TaskChanged("task-1", "complete", Set.of("anna", "bé,rt"), Set.of("agency-lux"), true));
    }

    @Test
    void shouldKeepTheEmptyAndTheEveryoneApart() {
        var nobody = new TaskChanged("task-2", "create", Set.of(), Set.of(), false);
        var everyone = new TaskChanged(null, "relay reconnected", null, null, false);
        String payload =
                TaskChangeRelay.payloads("a", List.of(nobody, everyone)).get(0);

        List<TaskChanged> read = TaskChangeRelay.parse("b", payload);
        assertThat(read.get(0).users()).isEmpty();
        assertThat(read.get(0).concernsEveryone()).isFalse();
        assertThat(read.get(1).concernsEveryone()).isTrue();
        assertThat(read.get(1).taskId()).isNull();
    }

    @Test
    void shouldSplitABurstIntoPayloadsPostgreSqlAccepts() {
        List<TaskChanged> burst = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            burst.add(new TaskChanged("task-" + i, "complete", Set.of("counsellor" + i), Set.of("agency-esch"), false));
        }
        List<String> payloads = TaskChangeRelay.payloads("a", burst);

        assertThat(payloads).hasSizeGreaterThan(1);
        assertThat(payloads)
                .allSatisfy(payload -> assertThat(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .hasSizeLessThan(8_000));
        assertThat(payloads.stream()
                        .mapToInt(payload -> TaskChangeRelay.parse("b", payload).size())
                        .sum())
                .isEqualTo(500);
    }
}
