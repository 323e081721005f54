package lu.adem.tremplin.assessment;

import java.util.Map;

/**
 * The counsellor's decision on a proposed route: confirmed as proposed, or overridden with another
 * route and a mandatory reason (PROGRAMME.md: every route keeps a human decision).
 */
public record RouteDecision(ReadinessRoute route, boolean overridden, String reason, String decidedBy) {

    static final int MAX_REASON = 500;

    /**
     * Reads the validation task's fields.
     *
     * @throws InvalidRouteDecision when an override lacks its route or reason, or the choice is unknown
     */
    public static RouteDecision from(Map<String, ?> values, String decidedBy) {
        Object choice = values.get(DigitalReadinessProcess.VAR_ROUTE_DECISION);
        ReadinessRoute proposed = route(values.get(DigitalReadinessProcess.VAR_PROPOSED_ROUTE), "proposed route");
        if (DigitalReadinessProcess.DECISION_CONFIRM.equals(choice)) {
            return new RouteDecision(proposed, false, null, decidedBy);
        }
        if (!DigitalReadinessProcess.DECISION_OVERRIDE.equals(choice)) {
            throw new InvalidRouteDecision("Choose to confirm the proposed route or to override it");
        }
        ReadinessRoute chosen = route(values.get(DigitalReadinessProcess.VAR_OVERRIDE_ROUTE), "route");
        Object reason = values.get(DigitalReadinessProcess.VAR_OVERRIDE_REASON);
        if (!(reason instanceof String text) || text.isBlank()) {
            throw new InvalidRouteDecision("A reason is required to override the proposed route");
        }
        if (text.length() > MAX_REASON) {
            throw new InvalidRouteDecision("The reason may have at most " + MAX_REASON + " characters");
        }
        return new RouteDecision(chosen, chosen != proposed, text.strip(), decidedBy);
    }

    private static ReadinessRoute route(Object value, String what) {
        try {
            return ReadinessRoute.valueOf(String.valueOf(value));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRouteDecision("Unknown " + what + ": " + value);
        }
    }

    /** The validation task's fields are incomplete or inconsistent. */
    public static class InvalidRouteDecision extends IllegalArgumentException {
        public InvalidRouteDecision(String message) {
            super(message);
        }
    }
}
