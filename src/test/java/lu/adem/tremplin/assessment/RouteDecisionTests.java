package lu.adem.tremplin.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class RouteDecisionTests {

    @Test
    void shouldKeepTheProposedRouteWhenConfirmed() {
        RouteDecision decision =
                RouteDecision.from(Map.of("proposedRoute", "GUIDED_START", "routeDecision", "CONFIRM"), "counsellor");

        assertThat(decision).isEqualTo(new RouteDecision(ReadinessRoute.GUIDED_START, false, null, "counsellor"));
    }

    @Test
    void shouldTakeTheCounsellorsRouteAndReasonWhenOverridden() {
        RouteDecision decision = RouteDecision.from(
                Map.of(
                        "proposedRoute",
                        "AUTONOMOUS",
                        "routeDecision",
                        "OVERRIDE",
                        "overrideRoute",
                        "GUIDED_START",
                        "overrideReason",
                        "  Overrated skills in the self-assessment "),
                "counsellor");

        assertThat(decision.route()).isEqualTo(ReadinessRoute.GUIDED_START);
        assertThat(decision.overridden()).isTrue();
        assertThat(decision.reason()).isEqualTo("Overrated skills in the self-assessment");
    }

    @Test
    void shouldRefuseAnOverrideWithoutReason() {
        assertThatThrownBy(() -> RouteDecision.from(
                        Map.of(
                                "proposedRoute",
                                "AUTONOMOUS",
                                "routeDecision",
                                "OVERRIDE",
                                "overrideRoute",
                                "GUIDED_START",
                                "overrideReason",
                                " "),
                        "counsellor"))
                .isInstanceOf(RouteDecision.InvalidRouteDecision.class)
                .hasMessageContaining("reason is required");
    }

    @Test
    void shouldRefuseAnUnknownRouteOrNoChoice() {
        assertThatThrownBy(() -> RouteDecision.from(
                        Map.of(
                                "proposedRoute",
                                "AUTONOMOUS",
                                "routeDecision",
                                "OVERRIDE",
                                "overrideRoute",
                                "ELSEWHERE",
                                "overrideReason",
                                "a good reason"),
                        "counsellor"))
                .hasMessageContaining("Unknown route");
        assertThatThrownBy(() -> RouteDecision.from(Map.of("proposedRoute", "AUTONOMOUS"), "counsellor"))
                .hasMessageContaining("confirm the proposed route or to override");
    }
}
