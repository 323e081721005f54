package lu.adem.tremplin.inbox.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import lu.adem.tremplin.inbox.form.FeelCondition;
import lu.adem.tremplin.inbox.form.TaskForm;

/**
 * Renders a Camunda Form natively: text ({@link FormText}, its FEEL filled in by {@link lu.adem.tremplin.inbox.form.FeelText}), textfield, textarea, number, checkbox,
 * checklist, radio, select, datetime (date, time or both; {@link FormInputs}), group, dynamic list
 * ({@link DynamicList}). Validation (required, min/max, length, pattern) shows on the fields; conditional
 * fields hide and show as the user answers. A component Tremplin does not render is named in a message,
 * never dropped silently.
 */
class FormRenderer extends VerticalLayout {

    private final TaskForm form;
    private final Map<String, Object> variables;
    final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final Map<TaskForm.Component, Component> rendered = new LinkedHashMap<>();
    final List<String> unsupported = new ArrayList<>();
    /** The dynamic lists, by key: each entry is a form of its own. */
    final Map<String, DynamicList> lists = new LinkedHashMap<>();

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
            case "text" -> FormText.render(spec.text(), variables);
            case "group" -> group(spec);
            case "dynamiclist" -> list(spec);
            default -> FormInputs.of(spec).map(input -> field(spec, input)).orElseGet(() -> unsupported(spec));
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
        Paragraph message = new Paragraph(
                getTranslation("task.form.unsupported", spec.type(), spec.label() == null ? spec.id() : spec.label()));
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

    /** Binds an input to its key: id, required mark, help, initial value (the variable's, else the default). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Component field(TaskForm.Component spec, Component component) {
        HasValue field = (HasValue) component;
        component.setId("field-" + spec.key());
        if (spec.required()) {
            field.setRequiredIndicatorVisible(true);
        }
        if (spec.description() != null && component instanceof HasHelper helper) {
            helper.setHelperText(spec.description());
        }
        Object initial = variables.containsKey(spec.key()) ? variables.get(spec.key()) : spec.defaultValue();
        if (initial != null) {
            field.setValue(FieldValues.toField(spec, initial));
        }
        field.addValueChangeListener(change -> {
            if (component instanceof HasValidation validation) {
                validation.setInvalid(false);
            }
            refreshVisibility();
        });
        fields.put(spec.key(), field);
        return component;
    }

    /** The values as the process receives them: option values, whole numbers as Long, dates as ISO text. */
    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (TaskForm.Component spec : form.fields()) {
            if (lists.containsKey(spec.key())) {
                values.put(spec.key(), lists.get(spec.key()).value());
                continue;
            }
            Object value = fields.get(spec.key()) == null
                    ? null
                    : fields.get(spec.key()).getValue();
            values.put(spec.key(), FieldValues.fromField(value));
        }
        return values;
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
            if (field instanceof HasValidation validation) {
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
        String rule = problem.rule().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return problem.argument() == null
                ? getTranslation("task.form.problem." + rule)
                : getTranslation("task.form.problem." + rule, problem.argument());
    }

    /** Hides each component whose condition holds for the task's variables and the answers so far. */
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
