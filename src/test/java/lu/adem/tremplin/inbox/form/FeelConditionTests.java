package lu.adem.tremplin.inbox.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Form conditions as form-js evaluates them (feel-scala, unary tests): real-world FEEL with the values
 * a form holds, missing and null values, and conditions that never break the task screen.
 */
class FeelConditionTests {

    private static final Map<String, Object> VALUES = values();

    private static Map<String, Object> values() {
        Map<String, Object> values = new HashMap<>();
        values.put("age", 25L);
        values.put("score", 2.5d);
        values.put("route", "GUIDED_START");
        values.put("name", "Léa Muller");
        values.put("skills", List.of("email", "spreadsheet"));
        values.put("consent", true);
        values.put("available", false);
        values.put("startDate", "2026-03-15");
        values.put("appointment", "2026-03-15T10:30");
        values.put("reason", null);
        return values;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            =age > 18                                              | true
            =age >= 26                                             | false
            =age < 18 or age > 60                                  | false
            =score = 2.5                                           | true
            =route = "GUIDED_START"                                | true
            =route != "AUTONOMOUS"                                 | true
            =list contains(skills, "email")                        | true
            =list contains(skills, "video calls")                  | false
            =not(list contains(skills, "email"))                   | false
            =count(skills) >= 2                                    | true
            =consent and not(available)                            | true
            =not(available) and consent                            | true
            =not(consent) or age < 18                              | false
            =consent = true and (age > 30 or route = "GUIDED_START") | true
            =route in ("GUIDED_START", "BASIC_TRAINING")            | true
            =age in [18..25]                                       | true
            =age in (18..25)                                       | false
            =starts with(name, "Léa")                              | true
            =contains(lower case(name), "muller")                  | true
            =string length(name) > 20                              | false
            =upper case(substring(route, 1, 6)) = "GUIDED"         | true
            =matches(name, "^L.a .+$")                             | true
            =date(startDate) < date("2026-04-01")                  | true
            =date(startDate) + duration("P14D") > today()          | false
            =date and time(appointment) > date and time("2026-03-15T09:00") | true
            =is defined(age)                                       | true
            =reason = null                                         | true
            =reason != null                                        | false
            =unknownVariable = null                                | true
            =available                                             | false
            ="GUIDED_START", "AUTONOMOUS"                          | false
            """)
    void shouldEvaluateRealWorldConditions(String condition, boolean hides) {
        assertThat(FeelCondition.holds(condition, VALUES)).isEqualTo(hides);
    }

    @Test
    void shouldCompareTheValuesOfTheRepositorysForms() {
        assertThat(FeelCondition.holds("=routeDecision != \"OVERRIDE\"", Map.of("routeDecision", "CONFIRM")))
                .isTrue();
        assertThat(FeelCondition.holds("=routeDecision != \"OVERRIDE\"", Map.of("routeDecision", "OVERRIDE")))
                .isFalse();
        assertThat(FeelCondition.holds("=courseChoice = \"RESTART\"", Map.of("courseChoice", "RESTART")))
                .isTrue();
        assertThat(FeelCondition.holds("=proposalOutcome != \"DECLINED\"", Map.of()))
                .as("missing is null")
                .isTrue();
    }

    /** form-js reads a condition as unary tests without an input: a null result matches that null input. */
    @Test
    void shouldHideWhenAComparisonWithAnEmptyValueIsNullAsFormJsDoes() {
        assertThat(FeelCondition.holds("=age > 18", Map.of())).isTrue();
        assertThat(FeelCondition.holds("=list contains(skills, \"email\")", Map.of()))
                .isTrue();
        assertThat(FeelCondition.holds("=age > 18", Map.of("age", 12L))).isFalse();
        assertThat(FeelCondition.holds("=not(consent)", Map.of()))
                .as("not(null) is no match")
                .isFalse();
    }

    @Test
    void shouldHideNothingWhenTheConditionIsNoFeelExpression() {
        assertThat(FeelCondition.holds("age > 18", VALUES))
                .as("form-js reads only \"=…\"")
                .isFalse();
        assertThat(FeelCondition.holds("", VALUES)).isFalse();
    }

    @Test
    void shouldHideNothingAndNeverThrowWhenAConditionIsBroken() {
        assertThat(FeelCondition.holds("=age >", VALUES)).as("does not parse").isFalse();
        assertThat(FeelCondition.holds("=contains(", VALUES)).isFalse();
        assertThat(FeelCondition.holds("=substring(name, 100) = \"x\"", VALUES))
                .as("fails to evaluate")
                .isFalse();
        assertThat(FeelCondition.holds("=assert(age, age < 0)", VALUES)).isFalse();
    }

    @Test
    void shouldNotReadTheGettersOfObjects() {
        Map<String, Object> values = new HashMap<>(VALUES);
        values.put("thread", Thread.currentThread());

        assertThat(FeelCondition.holds("=thread.name != null", values)).isFalse();
        assertThat(FeelCondition.holds("=thread = null", values)).isTrue();
    }

    @Test
    void shouldNotCallJava() {
        String external = "={ f: function(key) external { java: { class: \"java.lang.System\","
                + " method signature: \"getProperty(java.lang.String)\" } }, home: f(\"user.home\") }.home != null";

        assertThat(FeelCondition.holds(external, VALUES)).isFalse();
    }
}
