package lu.adem.tremplin.inbox.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

import lu.adem.tremplin.inbox.form.TaskForm;

/** A form's dynamic list: entries added and removed by the user, each a {@link FormRenderer} of the list's fields. */
final class DynamicList extends Div {

    private final TaskForm.Component spec;
    final List<FormRenderer> entries = new ArrayList<>();
    private final Div rows = new Div();
    final Button add = new Button();
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
        if (initial instanceof Collection<?> given) {
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
        Button remove = new Button(getTranslation("task.form.list.remove"), click -> {
            entries.remove(entry);
            rows.remove(row);
        });
        row.add(remove);
        row.getStyle()
                .set("border-left", "3px solid var(--lumo-contrast-20pct)")
                .set("padding-left", "0.75rem")
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
