package lu.adem.tremplin.modeler.ui;

import java.util.List;

import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import lu.adem.tremplin.modeler.ContractBreak;

/**
 * "Ids Tremplin's code relies on": what a BPMN draft would break of the process modules' contracts, each
 * with the id (or message, error, variable), what breaks and which code relies on it. Shown in the review
 * and, since such a draft cannot be reviewed (the breaks are errors), under the editor's problems too.
 */
class ContractBreakList extends Div {

    final H3 title = new H3();
    final Paragraph summary = new Paragraph();
    final UnorderedList items = new UnorderedList();
    private final ProblemText text;

    /** @param id the section's id; its title, summary and list take it as prefix */
    ContractBreakList(ProblemText text, String id) {
        this.text = text;
        setId(id);
        title.setText(text.translation("editor.review.contract.title"));
        title.setId(id + "-title");
        summary.setId(id + "-summary");
        items.setId(id + "-items");
        items.getElement().setAttribute("aria-labelledby", id + "-title");
        add(title, summary, items);
        setVisible(false);
    }

    /** Lists the breaks; with none, says that all is kept if {@code sayKept}, else hides the section. */
    void show(List<ContractBreak> breaks, boolean sayKept) {
        items.removeAll();
        setVisible(!breaks.isEmpty() || sayKept);
        summary.setText(text.translation(
                breaks.isEmpty() ? "editor.review.contract.kept" : "editor.review.contract.broken", breaks.size()));
        breaks.forEach(broken -> items.add(item(broken)));
    }

    private ListItem item(ContractBreak broken) {
        String usedBy = broken.usedBy() != null
                ? broken.usedBy()
                : text.translation("editor.review.contract.process", broken.processKey());
        Span reliedOn = new Span(text.translation("editor.review.contract.usedby", usedBy));
        reliedOn.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return new ListItem(
                new Code(broken.subject()), new Span(" — " + text.describe(broken.problem()) + " "), reliedOn);
    }
}
