package lu.adem.tremplin.inbox.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import lu.adem.tremplin.inbox.form.TaskForm;

/** The Vaadin input for each kind of form field: text, number, checkbox, options, date and time. */
final class FormInputs {

    private FormInputs() {}

    /** The input of a field component, or nothing for a kind (or a datetime subtype) Tremplin does not render. */
    static Optional<Component> of(TaskForm.Component spec) {
        return Optional.ofNullable(
                switch (spec.type()) {
                    case "textfield" -> new TextField(spec.label());
                    case "textarea" -> new TextArea(spec.label());
                    case "number" -> number(spec);
                    case "checkbox" -> new Checkbox(spec.label());
                    case "checklist" -> checklist(spec);
                    case "radio" -> radio(spec);
                    case "select" -> select(spec);
                    case "datetime" -> date(spec);
                    default -> null;
                });
    }

    private static Component number(TaskForm.Component spec) {
        NumberField number = new NumberField(spec.label());
        if (spec.min() != null) {
            number.setMin(spec.min());
        }
        if (spec.max() != null) {
            number.setMax(spec.max());
        }
        number.setStepButtonsVisible(true);
        return number;
    }

    private static Component checklist(TaskForm.Component spec) {
        CheckboxGroup<TaskForm.Option> group = new CheckboxGroup<>(spec.label());
        group.setItems(spec.options());
        group.setItemLabelGenerator(TaskForm.Option::label);
        return group;
    }

    private static Component radio(TaskForm.Component spec) {
        RadioButtonGroup<TaskForm.Option> group = new RadioButtonGroup<>(spec.label());
        group.setItems(spec.options());
        group.setItemLabelGenerator(TaskForm.Option::label);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        return group;
    }

    private static Component select(TaskForm.Component spec) {
        Select<TaskForm.Option> select = new Select<>();
        select.setLabel(spec.label());
        select.setItems(spec.options());
        select.setItemLabelGenerator(option -> option == null ? "" : option.label());
        select.setEmptySelectionAllowed(!spec.required());
        return select;
    }

    /** A datetime by its subtype: a date, a time or both. */
    private static Component date(TaskForm.Component spec) {
        return switch (spec.subtype() == null ? "date" : spec.subtype()) {
            case "date" -> new DatePicker(spec.label());
            case "time" -> new TimePicker(spec.label());
            case "datetime" -> new DateTimePicker(spec.label());
            default -> null;
        };
    }
}
