package lu.adem.tremplin.inbox.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.inbox.caseload.Caseload;
import lu.adem.tremplin.inbox.caseload.CaseloadFlag;
import lu.adem.tremplin.inbox.caseload.CaseloadLine;
import lu.adem.tremplin.shared.Roles;

/**
 * My caseload: the signed-in counsellor's jobseekers (they are their referent), each with the current steps
 * of their cases, the next due date, the last contact and flags; search by name or number (Alt+F), filter by
 * flag, sort; Enter on a row or its link opens the jobseeker's file. Read only: it assigns nothing.
 */
@Route("caseload")
@Menu(order = 1.5, title = "nav.caseload", icon = "vaadin:user-card")
@RolesAllowed(Roles.COUNSELLOR)
public class CaseloadView extends VerticalLayout implements HasDynamicTitle {

    private final transient Caseload caseload;

    final TextField search = new TextField();
    final Select<CaseloadFlag> flag = new Select<>();
    final Select<Caseload.Sort> sort = new Select<>();
    final Span count = new Span();
    final Paragraph empty = new Paragraph();
    final CaseloadGrid grid = new CaseloadGrid();

    CaseloadView(Caseload caseload) {
        this.caseload = caseload;
        setSizeFull();
        search.setLabel(getTranslation("caseload.search"));
        search.setPlaceholder(getTranslation("caseload.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("18rem");
        flag.setLabel(getTranslation("caseload.filter"));
        flag.setId("caseload-flag");
        flag.setItems(CaseloadFlag.values());
        flag.setEmptySelectionAllowed(true);
        flag.setEmptySelectionCaption(getTranslation("caseload.filter.all"));
        flag.setItemLabelGenerator(value -> value == null
                ? getTranslation("caseload.filter.all")
                : getTranslation("caseload.flag." + value.name()));
        sort.setLabel(getTranslation("caseload.sort"));
        sort.setId("caseload-sort");
        sort.setItems(Caseload.Sort.values());
        sort.setItemLabelGenerator(value -> getTranslation("caseload.sort." + value.name()));
        sort.setValue(Caseload.Sort.NAME);
        search.addValueChangeListener(change -> refresh());
        flag.addValueChangeListener(change -> refresh());
        sort.addValueChangeListener(change -> refresh());
        count.setId("caseload-count");
        empty.setId("caseload-empty");
        Shortcuts.addShortcutListener(this, search::focus, Key.KEY_F, KeyModifier.ALT);
        add(
                new H2(getTranslation("caseload.title")),
                help(),
                new HorizontalLayout(search, flag, sort),
                count,
                empty,
                grid);
        refresh();
    }

    Caseload.Query query() {
        return new Caseload.Query(search.getValue(), flag.getValue(), sort.getValue());
    }

    /** Reads the caseload once and shows it; the grid sends the browser a page at a time. */
    void refresh() {
        List<CaseloadLine> lines = caseload.all(query(), getLocale());
        grid.setItems(lines);
        count.setText(getTranslation("caseload.count", lines.size()));
        boolean filtered = !search.isEmpty() || flag.getValue() != null;
        empty.setText(getTranslation(filtered ? "caseload.no-match" : "caseload.empty"));
        empty.setVisible(lines.isEmpty());
        grid.setVisible(!lines.isEmpty());
    }

    /** What each column and flag means, exactly (README, "My caseload"). */
    private Details help() {
        UnorderedList terms = new UnorderedList();
        for (String term : List.of(
                "steps",
                "due",
                "contact",
                "NO_PROGRESS",
                "COURSE_COMPLETED",
                "CERTIFICATE_TO_RECORD",
                "LINK_EXPIRED",
                "keys")) {
            terms.add(new ListItem(getTranslation("caseload.help." + term)));
        }
        Details help = new Details(
                getTranslation("caseload.help"), new Paragraph(getTranslation("caseload.help.intro")), terms);
        help.setId("caseload-help");
        return help;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("caseload.title") + " · Tremplin";
    }
}
