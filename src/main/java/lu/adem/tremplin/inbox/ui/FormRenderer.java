package lu.adem.tremplin.inbox.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import lu.adem.tremplin.inbox.form.FeelCondition;
import lu.adem.tremplin.inbox.form.FeelText;
import lu.adem.tremplin.inbox.form.TaskForm;

/**
 * Renders a Camunda Form natively: text (a markdown subset, its FEEL filled in by {@link FeelText}),
 * textfield, textarea, number, checkbox, checklist, radio, select, datetime (date, time or both), group,
 * dynamic list. Validation
 * (required, min/max, length, pattern) shows on the fields; conditional fields hide and show as the
 * user answers. A component Tremplin does not render is named in a message, never dropped silently.
 */
class FormRenderer extends VerticalLayout {

    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|\\*(.+?)\\*");

    private final TaskForm form;
    private final Map<String, Object> variables;
    final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final Map<TaskForm.Component, Component> rendered = new LinkedHashMap<>();
    final List<String> unsupported = new ArrayList<>();
    /** The dynamic lists, by key: each entry is a form of its own. */
    final Map<String, DynamicList> lists = new LinkedHashMap<>();

    /** A dynamic list: entries added and removed by the user, each rendering the list's fields. */
    final class DynamicList extends Div {
        private final TaskForm.Component spec;
        final List<FormRenderer> entries = new ArrayList<>();
        private final Div rows = new Div();
        final com.vaadin.flow.component.button.Button add = new com.vaadin.flow.component.button.Button();
        final Span problem = new Span();

        DynamicList(TaskForm.Component spec, Object initial) {
            this.spec = spec;
            setId("field-" + spec.key());
            getElement().setAttribute("role", "group");
            if (spec.label() != null) {
                H4 title = new H4(spec.label());
                title.setId("list-" + spec.key());
                getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
                add(title);
            }
            add.setText(getTranslation("task.form.list.add"));
            add.addClickListener(click -> addEntry(Map.of()));
            problem.getStyle().set("color", "var(--lumo-error-text-color)");
            add(rows, add, problem);
            if (initial instanceof java.util.Collection<?> given) {
                given.forEach(entry -> addEntry(entry instanceof Map<?, ?> values ? castMap(values) : Map.of()));
            }
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> castMap(Map<?, ?> values) {
            return (Map<String, Object>) values;
        }

        void addEntry(Map<String, Object> values) {
            FormRenderer entry = new FormRenderer(new TaskForm(null, spec.components()), values);
            entries.add(entry);
            Div row = new Div(entry);
            com.vaadin.flow.component.button.Button remove = new com.vaadin.flow.component.button.Button(
                    getTranslation("task.form.list.remove"), click -> {
                        entries.remove(entry);
                        rows.remove(row);
                    });
            row.add(remove);
            row.getStyle().set("border-left", "3px solid var(--lumo-contrast-20pct)").set("padding-left", "0.75rem")
                    .set("margin-bottom", "0.5rem");
            rows.add(row);
        }

        List<Map<String, Object>> value() {
            return entries.stream().map(FormRenderer::values).toList();
        }

        boolean validate() {
            boolean valid = true;
            for (FormRenderer entry : entries) {
                valid &= entry.validate();
            }
            boolean missing = spec.required() && entries.isEmpty();
            problem.setText(missing ? getTranslation("task.form.required") : "");
            return valid && !missing;
        }
    }

    FormRenderer(TaskForm form, Map<String, Object> variables) {
        this.form = form;
        this.variables = variables;
        setPadding(false);
        setSpacing(true);
        form.components().forEach(component -> add(render(component)));
        refreshVisibility();
    }

    private Component render(TaskForm.Component spec) {
        Component component = switch (spec.type()) {
            case "text" -> text(spec.text());
            case "textfield" -> field(spec, new TextField(spec.label()));
            case "textarea" -> field(spec, new TextArea(spec.label()));
            case "number" -> number(spec);
            case "checkbox" -> field(spec, new Checkbox(spec.label()));
            case "checklist" -> checklist(spec);
            case "radio" -> radio(spec);
            case "select" -> select(spec);
            case "datetime" -> date(spec);
            case "group" -> group(spec);
            case "dynamiclist" -> list(spec);
            default -> unsupported(spec);
        };
        rendered.put(spec, component);
        return component;
    }

    private Component list(TaskForm.Component spec) {
        DynamicList list = new DynamicList(spec, variables.get(spec.key()));
        lists.put(spec.key(), list);
        return list;
    }

    private Component unsupported(TaskForm.Component spec) {
        unsupported.add(spec.type());
        Paragraph message = new Paragraph(getTranslation("task.form.unsupported", spec.type(),
                spec.label() == null ? spec.id() : spec.label()));
        message.addClassName("form-unsupported");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        return message;
    }

    private Component group(TaskForm.Component spec) {
        Div group = new Div();
        group.getElement().setAttribute("role", "group");
        if (spec.label() != null) {
            H4 title = new H4(spec.label());
            title.setId("group-" + spec.id());
            group.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
            group.add(title);
        }
        spec.components().forEach(child -> group.add(render(child)));
        group.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        return group;
    }

    /** A markdown subset: "#…" headings, paragraphs, **bold** and *emphasis*; text only, no HTML. */
    private Component text(String markdown) {
        Div text = new Div();
        if (markdown == null) {
            return text;
        }
        for (String line : FeelText.fill(markdown, variables).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                text.add(new H4(line.replaceFirst("^#+\\s*", "")));
                continue;
            }
            Paragraph paragraph = new Paragraph();
            Matcher inline = INLINE.matcher(line);
            int at = 0;
            while (inline.find()) {
                paragraph.add(new Span(line.substring(at, inline.start())));
                if (inline.group(1) != null) {
                    Span bold = new Span(inline.group(1));
                    bold.getStyle().set("font-weight", "600");
                    paragraph.add(bold);
                } else {
                    paragraph.add(new Emphasis(inline.group(2)));
                }
                at = inline.end();
            }
            paragraph.add(new Span(line.substring(at)));
            text.add(paragraph);
        }
        return text;
    }

    private Component number(TaskForm.Component spec) {
        NumberField number = new NumberField(spec.label());
        if (spec.min() != null) {
            number.setMin(spec.min());
        }
        if (spec.max() != null) {
            number.setMax(spec.max());
        }
        number.setStepButtonsVisible(true);
        return field(spec, number);
    }

    private Component checklist(TaskForm.Component spec) {
        CheckboxGroup<TaskForm.Option> group = new CheckboxGroup<>(spec.label());
        group.setItems(spec.options());
        group.setItemLabelGenerator(TaskForm.Option::label);
        return field(spec, group);
    }

    private Component radio(TaskForm.Component spec) {
        RadioButtonGroup<TaskForm.Option> group = new RadioButtonGroup<>(spec.label());
        group.setItems(spec.options());
        group.setItemLabelGenerator(TaskForm.Option::label);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        return field(spec, group);
    }

    private Component select(TaskForm.Component spec) {
        Select<TaskForm.Option> select = new Select<>();
        select.setLabel(spec.label());
        select.setItems(spec.options());
        select.setItemLabelGenerator(option -> option == null ? "" : option.label());
        select.setEmptySelectionAllowed(!spec.required());
        return field(spec, select);
    }

    /** A datetime by its subtype: a date, a time or both (stored without a time zone, as form-js's "no_timezone"). */
    private Component date(TaskForm.Component spec) {
        return switch (spec.subtype() == null ? "date" : spec.subtype()) {
            case "date" -> field(spec, new DatePicker(spec.label()));
            case "time" -> field(spec, new TimePicker(spec.label()));
            case "datetime" -> field(spec, new DateTimePicker(spec.label()));
            default -> unsupported(spec);
        };
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private Component field(TaskForm.Component spec, Component component) {
        HasValue field = (HasValue) component;
        component.setId("field-" + spec.key());
        if (spec.required()) {
            field.setRequiredIndicatorVisible(true);
        }
        if (spec.description() != null && component instanceof com.vaadin.flow.component.HasHelper helper) {
            helper.setHelperText(spec.description());
        }
        Object initial = variables.containsKey(spec.key()) ? variables.get(spec.key()) : spec.defaultValue();
        if (initial != null) {
            field.setValue(toField(spec, initial));
        }
        field.addValueChangeListener(change -> {
            if (component instanceof com.vaadin.flow.component.HasValidation validation) {
                validation.setInvalid(false);
            }
            refreshVisibility();
        });
        fields.put(spec.key(), field);
        return component;
    }

    private static Object toField(TaskForm.Component spec, Object value) {
        return switch (spec.type()) {
            case "radio", "select" -> spec.options().stream()
                    .filter(option -> String.valueOf(option.value()).equals(String.valueOf(value))).findFirst().orElse(null);
            case "checklist" -> value instanceof java.util.Collection<?> values ? new java.util.HashSet<>(spec.options().stream()
                    .filter(option -> values.stream().anyMatch(v -> String.valueOf(v).equals(String.valueOf(option.value()))))
                    .toList()) : java.util.Set.of();
            case "number" -> value instanceof Number number ? number.doubleValue() : null;
            case "checkbox" -> Boolean.TRUE.equals(value);
            case "datetime" -> switch (spec.subtype() == null ? "date" : spec.subtype()) {
                case "time" -> LocalTime.parse(String.valueOf(value).substring(0, 5));
                case "datetime" -> LocalDateTime.parse(String.valueOf(value).substring(0, 16));
                default -> LocalDate.parse(String.valueOf(value).substring(0, 10));
            };
            default -> String.valueOf(value);
        };
    }

    /** The values as the process receives them: option values, whole numbers as Long, dates as ISO text. */
    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (TaskForm.Component spec : form.fields()) {
            if (lists.containsKey(spec.key())) {
                values.put(spec.key(), lists.get(spec.key()).value());
                continue;
            }
            Object value = fields.get(spec.key()) == null ? null : fields.get(spec.key()).getValue();
            values.put(spec.key(), fromField(value));
        }
        return values;
    }

    private static Object fromField(Object value) {
        if (value instanceof TaskForm.Option option) {
            return option.value();
        }
        if (value instanceof java.util.Set<?> options) {
            return options.stream().map(option -> ((TaskForm.Option) option).value()).toList();
        }
        if (value instanceof Double number && number == Math.rint(number) && !number.isInfinite()) {
            return number.longValue();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof LocalTime time) {
            return time.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
        }
        if (value instanceof String text && text.isBlank()) {
            return null;
        }
        return value;
    }

    /** Marks the fields the form's rules refuse; true when none. */
    boolean validate() {
        boolean listsValid = true;
        for (DynamicList list : lists.values()) {
            listsValid &= list.validate();
        }
        Map<String, TaskForm.Problem> problems = new LinkedHashMap<>(form.check(values(), variables));
        problems.keySet().removeAll(lists.keySet());
        fields.forEach((key, field) -> {
            if (field instanceof com.vaadin.flow.component.HasValidation validation) {
                boolean wrong = problems.containsKey(key);
                validation.setInvalid(wrong);
                if (wrong) {
                    validation.setErrorMessage(message(problems.get(key)));
                }
            }
        });
        return problems.isEmpty() && listsValid;
    }

    /** The problem in the user's language. */
    private String message(TaskForm.Problem problem) {
        String rule = problem.rule().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return problem.argument() == null ? getTranslation("task.form.problem." + rule)
                : getTranslation("task.form.problem." + rule, problem.argument());
    }

    private void refreshVisibility() {
        Map<String, Object> values = fields.isEmpty() ? Map.of() : values();
        Map<String, Object> context = new LinkedHashMap<>(variables);
        context.putAll(FeelCondition.asFormJsSees(form, values));
        rendered.forEach((spec, component) -> {
            if (spec.hide() != null) {
                component.setVisible(!FeelCondition.holds(spec.hide(), context));
            }
        });
    }

    boolean unsupportedPresent() {
        return !unsupported.isEmpty();
    }

    /** The field of a key (tests). */
    HasValue<?, ?> field(String key) {
        return Objects.requireNonNull(fields.get(key), key);
    }
}
