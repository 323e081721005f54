package lu.adem.tremplin.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FeelConditionTests {

    @Test
    void shouldCompareAVariableWithText() {
        assertThat(FeelCondition.holds("=routeDecision != \"OVERRIDE\"", Map.of("routeDecision", "CONFIRM"))).isTrue();
        assertThat(FeelCondition.holds("=routeDecision != \"OVERRIDE\"", Map.of("routeDecision", "OVERRIDE"))).isFalse();
        assertThat(FeelCondition.holds("=courseChoice = \"RESTART\"", Map.of("courseChoice", "RESTART"))).isTrue();
    }

    @Test
    void shouldTreatAMissingVariableAsNull() {
        assertThat(FeelCondition.holds("=proposalOutcome != \"DECLINED\"", Map.of())).isTrue();
        assertThat(FeelCondition.holds("=proposalOutcome = null", new HashMap<>())).isTrue();
    }

    @Test
    void shouldCombineWithAndOrNotAndParentheses() {
        Map<String, Object> values = Map.of("a", "X", "n", 3L, "flag", true);
        assertThat(FeelCondition.holds("=a = \"X\" and n = 3", values)).isTrue();
        assertThat(FeelCondition.holds("=a = \"Y\" or (flag = true and not(n = 4))", values)).isTrue();
        assertThat(FeelCondition.holds("=not(flag)", values)).isFalse();
    }

    @Test
    void shouldRefuseWhatItDoesNotUnderstand() {
        assertThatThrownBy(() -> FeelCondition.holds("=a > 3", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeelCondition.holds("=contains(a, \"x\")", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
