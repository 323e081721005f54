package lu.adem.tremplin.modeler.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.modeler.CaseMigration;
import lu.adem.tremplin.modeler.CaseMigration.CaseCheck;
import lu.adem.tremplin.modeler.CaseMigration.OlderVersion;
import lu.adem.tremplin.modeler.CaseMigration.Proposal;
import lu.adem.tremplin.modeler.CaseMigration.Step;
import lu.adem.tremplin.shared.Roles;

/**
 * Moving the running cases of an older process version to the latest one (issue 19): without a version,
 * the older versions that still hold cases; with one ({@code ?from=<definition id>}), the plan the engine
 * proposes — the steps mapped and how many cases can move from each, the cases that stay and why — then a
 * note and the move itself ({@link MigrationRun}).
 */
@Route("processes/move")
@RolesAllowed({Roles.PROCESS_OWNER, Roles.ADMIN})
public class MigrationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String FROM = "from";

    final Paragraph empty = new Paragraph();
    final Paragraph summary = new Paragraph();
    final Grid<Step> steps = new Grid<>();
    final Grid<CaseCheck> staying = new Grid<>();
    MigrationRun run;
    private final CaseMigration migration;

    MigrationView(CaseMigration migration) {
        this.migration = migration;
        setWidthFull();
        empty.setId("migration-empty");
        summary.setId("migration-summary");
    }

    /** The address of the move from this version. */
    static QueryParameters from(String definitionId) {
        return QueryParameters.of(FROM, definitionId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2(getTranslation("migration.title")), new Paragraph(getTranslation("migration.intro")));
        String from = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(FROM)
                .orElse(null);
        Proposal proposal = null;
        if (from != null) {
            try {
                proposal = migration.propose(from);
            } catch (IllegalArgumentException notAnOlderVersion) {
                // unknown, or the latest version: the older versions are listed instead
            }
        }
        if (proposal == null) {
            showOlderVersions(migration.olderVersions(), from != null);
        } else {
            showProposal(proposal);
        }
        add(new RouterLink(getTranslation("migration.back"), ProcessesView.class));
    }

    private void showOlderVersions(List<OlderVersion> older, boolean unknown) {
        if (unknown) {
            add(new Paragraph(getTranslation("migration.unknown")));
        }
        empty.setText(getTranslation("migration.empty"));
        empty.setVisible(older.isEmpty());
        UnorderedList list = new UnorderedList();
        list.setId("migration-older");
        for (OlderVersion version : older) {
            Button open = new Button(
                    getTranslation("migration.older", version.key(), version.version(), version.running()),
                    click -> getUI().ifPresent(ui -> ui.navigate("processes/move", from(version.definitionId()))));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            list.add(new ListItem(open));
        }
        add(empty, list);
    }

    private void showProposal(Proposal proposal) {
        summary.setText(getTranslation(
                "migration.summary",
                proposal.processKey(),
                proposal.sourceVersion(),
                proposal.targetVersion(),
                proposal.movable().size(),
                proposal.staying().size()));
        add(summary);

        steps.setId("migration-steps");
        steps.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        steps.setAriaLabel(getTranslation("migration.steps", proposal.targetVersion()));
        steps.addColumn(step -> step.name() + " (" + step.activityId() + ")")
                .setHeader(getTranslation("migration.column.step"))
                .setFlexGrow(2);
        steps.addColumn(Step::targetName).setHeader(getTranslation("migration.column.target"));
        steps.addColumn(Step::movable)
                .setHeader(getTranslation("migration.column.movable"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        List<Step> withCases =
                proposal.steps().stream().filter(step -> step.movable() > 0).toList();
        steps.setItems(withCases);
        steps.setAllRowsVisible(true);
        add(new H3(getTranslation("migration.steps", proposal.targetVersion())), steps);

        if (!proposal.invalid().isEmpty()) {
            UnorderedList invalid = new UnorderedList();
            invalid.setId("migration-invalid");
            proposal.invalid()
                    .forEach(step -> invalid.add(new ListItem(getTranslation(
                            "migration.invalid.line",
                            step.activityId(),
                            step.targetActivityId(),
                            String.join("; ", step.reasons())))));
            add(new H3(getTranslation("migration.invalid")), invalid);
        }

        add(new H3(getTranslation("migration.staying", proposal.sourceVersion())));
        if (proposal.staying().isEmpty()) {
            add(new Paragraph(getTranslation("migration.staying.empty")));
        } else {
            staying.setId("migration-staying");
            staying.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            staying.setAriaLabel(getTranslation("migration.staying", proposal.sourceVersion()));
            staying.addColumn(check -> caseName(check.registrationNumber(), check.shortId()))
                    .setHeader(getTranslation("migration.column.case"))
                    .setAutoWidth(true);
            staying.addColumn(check -> check.blockedAtName() + " (" + check.blockedAt() + ")")
                    .setHeader(getTranslation("migration.column.waiting"));
            staying.addColumn(check -> getTranslation("migration.reason." + check.reason()))
                    .setHeader(getTranslation("migration.column.reason"))
                    .setFlexGrow(2);
            staying.setItems(proposal.staying());
            staying.setAllRowsVisible(true);
            add(staying);
        }
        run = new MigrationRun(migration, proposal);
        add(run);
    }

    /** A case as this user may see it: its registration number, or else its short id. */
    static String caseName(com.vaadin.flow.component.Component speaker, String number, String shortId) {
        return number != null ? number : speaker.getTranslation("migration.case.short", shortId);
    }

    private String caseName(String number, String shortId) {
        return caseName(this, number, shortId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("migration.title") + " · Tremplin";
    }
}
