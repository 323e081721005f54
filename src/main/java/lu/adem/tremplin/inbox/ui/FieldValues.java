package lu.adem.tremplin.inbox.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import lu.adem.tremplin.inbox.form.TaskForm;

/**
 * Between a process variable and a form field's value: options by their value, numbers as Double in the
 * field and whole numbers as Long in the process, dates and times as ISO text (without a time zone, as
 * form-js's "no_timezone").
 */
final class FieldValues {

    private FieldValues() {}

    /** A variable's value as the field of this component holds it. */
    static Object toField(TaskForm.Component spec, Object value) {
        return switch (spec.type()) {
            case "radio", "select" ->
                spec.options().stream()
                        .filter(option -> String.valueOf(option.value()).equals(String.valueOf(value)))
                        .findFirst()
                        .orElse(null);
            case "checklist" ->
                value instanceof Collection<?> values
                        ? new HashSet<>(spec.options().stream()
                                .filter(option -> values.stream()
                                        .anyMatch(v -> String.valueOf(v).equals(String.valueOf(option.value()))))
                                .toList())
                        : Set.of();
            case "number" -> value instanceof Number number ? number.doubleValue() : null;
            case "checkbox" -> Boolean.TRUE.equals(value);
            case "datetime" ->
                switch (spec.subtype() == null ? "date" : spec.subtype()) {
                    case "time" -> LocalTime.parse(String.valueOf(value).substring(0, 5));
                    case "datetime" -> LocalDateTime.parse(String.valueOf(value).substring(0, 16));
                    default -> LocalDate.parse(String.valueOf(value).substring(0, 10));
                };
            default -> String.valueOf(value);
        };
    }

    /** A field's value as the process receives it; blank text is no value. */
    static Object fromField(Object value) {
        if (value instanceof TaskForm.Option option) {
            return option.value();
        }
        if (value instanceof Set<?> options) {
            return options.stream()
                    .map(option -> ((TaskForm.Option) option).value())
                    .toList();
        }
        if (value instanceof Double number && number == Math.rint(number) && !number.isInfinite()) {
            return number.longValue();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof LocalTime time) {
            return time.truncatedTo(ChronoUnit.MINUTES).toString();
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.truncatedTo(ChronoUnit.MINUTES).toString();
        }
        if (value instanceof String text && text.isBlank()) {
            return null;
        }
        return value;
    }
}
