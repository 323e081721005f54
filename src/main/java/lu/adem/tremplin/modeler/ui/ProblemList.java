package lu.adem.tremplin.modeler.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import lu.adem.tremplin.modeler.Problem;

/**
 * The editor's list of problems, errors first, each in the user's language with a button that selects
 * the element it concerns.
 */
class ProblemList {

    final H3 title = new H3();
    final Paragraph summary = new Paragraph();
    final UnorderedList items = new UnorderedList();
    private final ProblemText text;
    private final List<Problem> checked = new ArrayList<>();
    private final List<Problem> lint = new ArrayList<>();
    private final Consumer<String> select;

    ProblemList(ProblemText text, Consumer<String> select) {
        this.text = text;
        this.select = select;
        title.setText(text.translation("editor.problems"));
        title.setId("editor-problems-title");
        summary.setId("editor-problems-summary");
        items.setId("editor-problems");
        items.getElement().setAttribute("aria-labelledby", "editor-problems-title");
    }

    Component[] components() {
        return new Component[] {title, summary, items};
    }

    /** Tremplin's and the engine's findings replace the last ones; answers how many errors are shown. */
    long showChecked(List<Problem> found) {
        checked.clear();
        checked.addAll(found);
        return show();
    }

    /** bpmnlint's findings, as the editor reported them last, replace the last ones; answers how many errors are shown. */
    long showLint(List<Problem> found) {
        lint.clear();
        lint.addAll(found);
        return show();
    }

    /** Every problem, errors first. */
    List<Problem> all() {
        List<Problem> all = new ArrayList<>(checked);
        all.addAll(lint);
        all.sort(Comparator.comparing(Problem::severity));
        return all;
    }

    private long show() {
        List<Problem> all = all();
        items.removeAll();
        long errors = all.stream().filter(Problem::isError).count();
        summary.setText(
                all.isEmpty()
                        ? text.translation("editor.problems.none")
                        : text.translation("editor.problems.count", errors, all.size() - errors));
        all.forEach(problem -> items.add(item(problem)));
        return errors;
    }

    private ListItem item(Problem problem) {
        ListItem item = new ListItem();
        Span severity = new Span(
                text.translation("editor.severity." + problem.severity().name()));
        severity.getElement().getThemeList().add(problem.isError() ? "badge error" : "badge contrast");
        item.add(severity, new Span(" " + text.describe(problem) + " "));
        if (problem.elementId() != null) {
            Button button = new Button(problem.elementId(), click -> select.accept(problem.elementId()));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            button.getElement().setAttribute("aria-label", text.translation("editor.select", problem.elementId()));
            item.add(button);
        }
        return item;
    }
}
