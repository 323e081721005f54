package lu.adem.tremplin.modeler;

/**
 * Something wrong with a draft: the rule it breaks, the element it concerns (or null) and a detail
 * (a name, an expression, the engine's own message). Errors stop a deployment; warnings need the
 * process owner's confirmation.
 */
public record Problem(Severity severity, String rule, String elementId, String detail) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public static Problem error(String rule, String elementId, String detail) {
        return new Problem(Severity.ERROR, rule, elementId, detail);
    }

    public static Problem warning(String rule, String elementId, String detail) {
        return new Problem(Severity.WARNING, rule, elementId, detail);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The rule, the element and the detail in one line: {@code delegate-bean at Notify: identityService}. */
    public String summary() {
        return rule + (elementId == null ? "" : " at " + elementId) + (detail == null ? "" : ": " + detail);
    }
}
