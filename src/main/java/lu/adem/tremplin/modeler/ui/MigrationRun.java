package lu.adem.tremplin.modeler.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;

import lu.adem.tremplin.modeler.CaseMigration;
import lu.adem.tremplin.modeler.CaseMigration.CaseCheck;
import lu.adem.tremplin.modeler.CaseMigration.CaseResult;
import lu.adem.tremplin.modeler.CaseMigration.Proposal;
import lu.adem.tremplin.modeler.Problem;
import lu.adem.tremplin.modeler.Workbench;

/**
 * The move itself: a required note, one button that moves the cases that can move (disabled on the first
 * click, and the service refuses a second move from the version while one runs), the batch's progress
 * polled every second (each poll is a request of the signed-in user, so the engine checks them), then the
 * result per case. Shows the last move from the version when there was one.
 */
class MigrationRun extends VerticalLayout {

    static final int POLL_MILLIS = 1000;

    final TextArea note = new TextArea();
    final Button move = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Paragraph last = new Paragraph();
    final Grid<CaseResult> results = new Grid<>();
    private final CaseMigration migration;
    private final Proposal proposal;
    private String batchId;
    private Registration polling;

    MigrationRun(CaseMigration migration, Proposal proposal) {
        this.migration = migration;
        this.proposal = proposal;
        setPadding(false);
        List<String> movable =
                proposal.movable().stream().map(CaseCheck::caseId).toList();

        note.setId("migration-note");
        note.setLabel(getTranslation("migration.note"));
        note.setRequired(true);
        note.setMaxLength(2000);
        note.setWidthFull();
        note.setAriaLabel(getTranslation("migration.note"));

        move.setId("migration-run");
        move.setText(
                movable.isEmpty()
                        ? getTranslation("migration.run.none")
                        : getTranslation("migration.run", movable.size()));
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.setEnabled(!movable.isEmpty());
        move.setDisableOnClick(true);
        move.addClickListener(click -> start(movable));

        progress.setId("migration-progress");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("migration.progress.label"));
        status.setId("migration-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        last.setId("migration-last");
        last.setVisible(false);

        results.setId("migration-results");
        results.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        results.setAriaLabel(getTranslation("migration.results"));
        results.addColumn(result -> MigrationView.caseName(this, result.registrationNumber(), result.shortId()))
                .setHeader(getTranslation("migration.column.case"))
                .setAutoWidth(true);
        results.addColumn(this::outcome)
                .setHeader(getTranslation("migration.column.result"))
                .setFlexGrow(2);
        results.setAllRowsVisible(true);
        results.setVisible(false);

        add(note, move, progress, status, last, results);
        migration.lastRun(proposal.sourceDefinitionId()).ifPresent(run -> {
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                    .withLocale(getLocale())
                    .withZone(ZoneId.of("Europe/Luxembourg"));
            last.setText(getTranslation(
                    "migration.last", run.processKey(), run.author(), dates.format(run.startedAt()), run.note()));
            last.setVisible(true);
            batchId = run.batchId();
        });
    }

    private void start(List<String> movable) {
        note.setInvalid(false);
        try {
            batchId = migration
                    .run(proposal.sourceDefinitionId(), movable, note.getValue())
                    .batchId();
        } catch (Workbench.Rejected refused) {
            note.setErrorMessage(refused.problems().stream()
                    .map(this::describe)
                    .reduce((a, b) -> a + " " + b)
                    .orElse(""));
            note.setInvalid(true);
            move.setEnabled(!refused.problems().stream().anyMatch(p -> p.rule().equals("nothing-to-move")));
            return;
        }
        note.setReadOnly(true);
        move.setVisible(false);
        refresh();
    }

    private String describe(Problem problem) {
        return switch (problem.rule()) {
            case "nothing-to-move", "migration-running" -> getTranslation("migration.refused." + problem.rule());
            default -> new ProblemText(this).describe(problem);
        };
    }

    /** Shows the batch's progress, and the result per case once it is done; polls while it runs. */
    void refresh() {
        if (batchId == null) {
            return;
        }
        CaseMigration.Progress now = migration.progress(batchId);
        progress.setVisible(true);
        progress.setValue(now.total() == 0 ? 1 : (double) now.done() / now.total());
        if (!now.finished()) {
            status.setText(
                    now.failed() > 0
                            ? getTranslation("migration.progress.failed", now.done(), now.total(), now.failed())
                            : getTranslation("migration.progress", now.done(), now.total()));
            poll(true);
            return;
        }
        poll(false);
        status.setText(getTranslation("migration.done", now.done(), now.total(), proposal.targetVersion()));
        results.setItems(migration.results(batchId));
        results.setVisible(true);
    }

    private void poll(boolean on) {
        getUI().ifPresent(ui -> {
            if (on && polling == null) {
                ui.setPollInterval(POLL_MILLIS);
                polling = ui.addPollListener(poll -> refresh());
            } else if (!on && polling != null) {
                ui.setPollInterval(-1);
                polling.remove();
                polling = null;
            }
        });
    }

    private String outcome(CaseResult result) {
        String outcome = getTranslation("migration.outcome." + result.outcome(), result.version());
        if (result.reason() == null) {
            return outcome;
        }
        String step = result.activityName() == null ? "" : result.activityName() + ": ";
        return outcome + " — " + step + getTranslation("migration.reason." + result.reason());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polling != null) {
            detach.getUI().setPollInterval(-1);
            polling.remove();
            polling = null;
        }
    }
}
