package lu.adem.tremplin.jobseeker.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.jobseeker.ReferentWork;
import lu.adem.tremplin.shared.Roles;

/** Search, list (paged lazily) and edit the jobseekers the user may see. */
@Route("jobseekers")
@Menu(order = 2, title = "nav.jobseekers", icon = "vaadin:users")
@RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR, Roles.ADMIN})
public class JobseekersView extends VerticalLayout implements HasDynamicTitle {

    /** Where a jobseeker's file opens (its view lives in the inbox module). */
    static final String FILE_PATH = "jobseeker/";

    final TextField search = new TextField();
    final Grid<Jobseeker> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Button create = new Button();

    private final transient Jobseekers jobseekers;
    private final transient java.util.List<ReferentWork> referentWork;

    JobseekersView(Jobseekers jobseekers, java.util.List<ReferentWork> referentWork) {
        this.referentWork = referentWork;
        this.jobseekers = jobseekers;
        setSizeFull();

        search.setId("jobseeker-search");
        search.setPlaceholder(getTranslation("jobseekers.search.placeholder"));
        search.setAriaLabel(getTranslation("jobseekers.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");
        search.addValueChangeListener(change -> refresh());

        create.setText(getTranslation("jobseekers.new"));
        create.setId("jobseeker-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> open(null));

        grid.setId("jobseekers-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("jobseekers.title"));
        grid.addColumn(Jobseeker::registrationNumber)
                .setHeader(getTranslation("jobseeker.registrationNumber"))
                .setAutoWidth(true);
        grid.addColumn(j -> j.lastName() + ", " + j.firstName())
                .setHeader(getTranslation("jobseeker.name"))
                .setAutoWidth(true)
                .setFlexGrow(2);
        grid.addColumn(j -> j.agency().displayName())
                .setHeader(getTranslation("jobseeker.agency"))
                .setAutoWidth(true);
        grid.addColumn(Jobseeker::referentCounsellor)
                .setHeader(getTranslation("jobseeker.referentCounsellor"))
                .setAutoWidth(true);
        grid.addColumn(j -> j.languages().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("jobseeker.languages"))
                .setAutoWidth(true);
        grid.addColumn(Jobseeker::targetOccupation)
                .setHeader(getTranslation("jobseeker.targetOccupation"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::fileLink)
                .setHeader(getTranslation("file.open"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addItemDoubleClickListener(click -> open(click.getItem()));
        grid.addItemClickListener(click -> {
            if (click.getClickCount() == 1 && click.isCtrlKey()) {
                open(click.getItem());
            }
        });
        grid.setItems(
                query -> jobseekers.search(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> jobseekers.count(search.getValue()));
        Button edit = new Button(
                getTranslation("jobseekers.edit"),
                VaadinIcon.EDIT.create(),
                click -> grid.asSingleSelect().getOptionalValue().ifPresent(this::open));
        edit.setId("jobseeker-edit");
        edit.setEnabled(false);
        grid.asSingleSelect().addValueChangeListener(selection -> edit.setEnabled(selection.getValue() != null));

        empty.setId("jobseekers-empty");
        HorizontalLayout toolbar = new HorizontalLayout(search, create, edit);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("jobseekers.title")), toolbar, empty, grid);
        refresh();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        boolean none = jobseekers.count(search.getValue()) == 0;
        empty.setText(getTranslation(search.isEmpty() ? "jobseekers.empty" : "jobseekers.no-match"));
        empty.setVisible(none);
        grid.setVisible(!none);
    }

    /** A link to the jobseeker's file (module inbox), by path: this module does not depend on it. */
    private Anchor fileLink(Jobseeker jobseeker) {
        Anchor link = new Anchor(FILE_PATH + jobseeker.registrationNumber(), getTranslation("file.open"));
        link.getElement().setAttribute("aria-label", getTranslation("file.open.aria", jobseeker.fullName()));
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private void open(Jobseeker jobseeker) {
        JobseekerDialog dialog = new JobseekerDialog(jobseekers, jobseeker);
        dialog.addSavedListener(saved -> {
            refresh();
            if (jobseeker != null) {
                referentWork.forEach(work -> ReferentMoveDialog.offer(
                        work,
                        saved.jobseeker(),
                        jobseeker.referentCounsellor(),
                        saved.jobseeker().referentCounsellor()));
            }
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("jobseekers.title") + " · Tremplin";
    }
}
