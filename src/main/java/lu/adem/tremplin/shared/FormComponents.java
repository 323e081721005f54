package lu.adem.tremplin.shared;

import java.util.Set;

/**
 * The Camunda Form components Tremplin's task screen renders, and no others: counsellors do not use
 * Camunda Tasklist, so a form with any other component could not be completed. Every deployment path
 * refuses such a form (the modeler's deployment checks), and the inbox's form renderer is tested
 * against this list.
 */
public final class FormComponents {

    /** The component types ({@code "type"} of a form-js component) the task screen renders. */
    public static final Set<String> RENDERED = Set.of(
            "text",
            "textfield",
            "textarea",
            "number",
            "checkbox",
            "checklist",
            "radio",
            "select",
            "datetime",
            "group",
            "dynamiclist");

    /** The subtypes of a {@code datetime} component it renders (a missing subtype is a date). */
    public static final Set<String> DATETIME_SUBTYPES = Set.of("date", "time", "datetime");

    private FormComponents() {}

    /** Whether the task screen renders a component of this type and subtype (null when it has none). */
    public static boolean renders(String type, String subtype) {
        return RENDERED.contains(type)
                && (!"datetime".equals(type) || subtype == null || DATETIME_SUBTYPES.contains(subtype));
    }
}
