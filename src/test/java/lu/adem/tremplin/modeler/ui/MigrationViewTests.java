package lu.adem.tremplin.modeler.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;

import lu.adem.tremplin.modeler.CaseMigration;
import lu.adem.tremplin.modeler.Workbench;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.OnboardingMigration;

/**
 * The move screen: reached from the older version's line in Processes, the plan with the cases that stay
 * (by short id for a process owner), a note, one click, progress polled, the result per case; and the empty
 * state. Puts the shared database back afterwards (every case moved back, version 2 deleted).
 */
class MigrationViewTests extends KaribuViewTest {

    private String version2Deployment;
    private String batchId;

    @AfterEach
    void putTheDatabaseBack() {
        identityService.clearAuthentication();
        OnboardingMigration.undo(data, context, batchId, version2Deployment);
    }

    @Test
    void shouldSayWhenNoOlderVersionHoldsRunningCases() {
        signIn(data.processOwner());
        boolean none = context.getBean(CaseMigration.class).olderVersions().isEmpty();

        UI.getCurrent().navigate(MigrationView.class);

        MigrationView view = _get(MigrationView.class);
        assertThat(view.empty.isVisible()).isEqualTo(none);
        assertThat(view.empty.getText()).isEqualTo("No running cases on older versions.");
    }

    @Test
    void shouldShowThePlanMoveTheCasesOnOneClickAndShowTheResultPerCase() {
        String owner = data.processOwner();
        String version1 = OnboardingMigration.latest(context);
        signIn(owner);
        Workbench workbench = context.getBean(Workbench.class);
        version2Deployment = workbench
                .deploy(
                        "bpmn/onboarding.bpmn",
                        OnboardingMigration.version2(
                                workbench.open("bpmn/onboarding.bpmn").content()),
                        "No separate language-support decision",
                        false)
                .deploymentId();
        String moving = OnboardingMigration.caseWaitingAt(data, context, version1, OnboardingMigration.RENAMED);
        String staying = OnboardingMigration.caseWaitingAt(data, context, version1, OnboardingMigration.REMOVED);
        signIn(owner);
        int sourceVersion = context.getBean(org.camunda.bpm.engine.RepositoryService.class)
                .getProcessDefinition(version1)
                .getVersion();

        UI.getCurrent().navigate(ProcessesView.class);
        ProcessesView processes = _get(ProcessesView.class);
        List<ProcessesView.Line> lines =
                processes.grid.getListDataView().getItems().toList();
        int line = lines.indexOf(lines.stream()
                .filter(l -> l.version().definitionId().equals(version1))
                .findFirst()
                .orElseThrow());
        ButtonKt._click(LocatorJ._get(
                GridKt._getCellComponent(processes.grid, line, "actions"),
                Button.class,
                spec -> spec.withId("move-onboarding-" + sourceVersion)));

        MigrationView view = _get(MigrationView.class);
        assertThat(view.summary.getText()).startsWith("From onboarding version " + sourceVersion);
        assertThat(rows(view.steps))
                .anySatisfy(row -> assertThat(row)
                        .containsSubsequence(
                                "Refer to basic digital training (ReferToBasicTraining)",
                                OnboardingMigration.NEW_NAME));
        assertThat(rows(view.staying))
                .as("the process owner sees the case's short id, not the registration number")
                .contains(List.of(
                        "case " + staying.substring(0, 8),
                        "Decide on language support (DecideLanguageSupport)",
                        "the new version removes this step"));
        MigrationRun run = view.run;
        int movable =
                context.getBean(CaseMigration.class).propose(version1).movable().size();
        assertThat(run.move.getText()).isEqualTo("Move " + movable + " cases");
        assertThat(run.move.isDisableOnClick()).isTrue();

        run.note.setValue("Cases follow the clearer referral");
        ButtonKt._click(run.move);

        assertThat(run.move.isVisible()).as("no second click").isFalse();
        assertThat(run.progress.isVisible()).isTrue();
        assertThat(run.status.getText()).isEqualTo("0 of " + movable + " cases moved");
        batchId = context.getBean(CaseMigration.class)
                .lastRun(version1)
                .orElseThrow()
                .batchId();
        OnboardingMigration.runBatch(data, context, batchId);
        signIn(owner);
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(run.status.getText())
                .isEqualTo(
                        "Done: " + movable + " of " + movable + " cases moved to version " + (sourceVersion + 1) + ".");
        List<List<String>> results = rows(run.results);
        assertThat(results)
                .contains(List.of("case " + moving.substring(0, 8), "moved to version " + (sourceVersion + 1)))
                .contains(List.of(
                        "case " + staying.substring(0, 8),
                        "stayed on version " + sourceVersion
                                + " — Decide on language support: the new version removes this step"));
    }

    @Test
    void shouldListTheOlderVersionsInsteadOfAMoveFromTheLatestVersion() {
        signIn(data.processOwner());

        UI.getCurrent()
                .navigate(
                        "processes/move", QueryParameters.of(MigrationView.FROM, OnboardingMigration.latest(context)));

        MigrationView view = _get(MigrationView.class);
        assertThat(view.run).isNull();
        assertThat(LocatorJ._find(com.vaadin.flow.component.html.Paragraph.class))
                .anySatisfy(p -> assertThat(p.getText())
                        .isEqualTo("This version is not an older version of a deployed process."));
    }

    @Test
    void shouldNotOpenTheMoveToACounsellor() {
        signIn(data.counsellor(Agency.WILTZ));

        assertThatThrownBy(() -> UI.getCurrent()
                        .navigate("processes/move", QueryParameters.of(MigrationView.FROM, "onboarding:1:x")))
                .hasMessageContaining("Access is denied");
    }

    private static <T> List<List<String>> rows(Grid<T> grid) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._getFormattedRow(grid, i));
        }
        return rows;
    }
}
