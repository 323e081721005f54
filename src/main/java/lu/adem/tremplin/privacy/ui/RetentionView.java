package lu.adem.tremplin.privacy.ui;

import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.privacy.RetentionSettings;
import lu.adem.tremplin.privacy.RetentionSweep;
import lu.adem.tremplin.shared.EngineAsSystem;
import lu.adem.tremplin.shared.Roles;

/**
 * The administrator's view of retention: the periods in force, the engine's history cleanup window and its
 * next run, when the retention sweep last ran and how many jobseekers are due now.
 */
@Route("retention")
@Menu(order = 5.8, title = "nav.retention", icon = "vaadin:archive")
@RolesAllowed(Roles.ADMIN)
public class RetentionView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph periods = new Paragraph();
    final Paragraph cleanup = new Paragraph();
    final Paragraph sweep = new Paragraph();

    RetentionView(
            RetentionSettings settings,
            RetentionSweep retention,
            ProcessEngineConfigurationImpl engine,
            HistoryService history,
            EngineAsSystem asSystem) {
        periods.setId("retention-periods");
        periods.setText(getTranslation(
                "retention.periods",
                settings.jobseekerAfterLastCase(),
                retention.evaluationEnds(),
                settings.evaluationWindow(),
                settings.accessLog(),
                settings.outboxText(),
                settings.engineHistory()));
        Optional<Job> next =
                asSystem.call(() -> history.findHistoryCleanupJobs().stream().findFirst());
        cleanup.setId("retention-cleanup");
        cleanup.setText(getTranslation(
                "retention.cleanup",
                engine.getHistoryCleanupBatchWindowStartTime(),
                engine.getHistoryCleanupBatchWindowEndTime(),
                engine.getHistoryCleanupBatchSize(),
                next.map(job -> String.valueOf(job.getDuedate())).orElse("—")));
        sweep.setId("retention-sweep");
        sweep.setText(retention
                .lastRun()
                .map(run -> getTranslation(
                        "retention.sweep.last",
                        run.at(),
                        run.anonymised(),
                        retention.due().size()))
                .orElseGet(() ->
                        getTranslation("retention.sweep.never", retention.due().size())));
        add(
                new H2(getTranslation("retention.title")),
                periods,
                new H3(getTranslation("retention.cleanup.title")),
                cleanup,
                new H3(getTranslation("retention.sweep.title")),
                sweep);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retention.title") + " · Tremplin";
    }
}
