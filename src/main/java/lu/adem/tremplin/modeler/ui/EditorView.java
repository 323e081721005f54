package lu.adem.tremplin.modeler.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.modeler.DecisionReplay;
import lu.adem.tremplin.modeler.Problem;
import lu.adem.tremplin.modeler.Workbench;
import lu.adem.tremplin.shared.Roles;

/**
 * Edits one BPMN, DMN or form file in the browser: bpmn-js with the Camunda 7 properties panel and
 * bpmnlint, dmn-js, or the form-js editor with a live preview ({@link ModelEditor}). Every change is saved
 * as the user's draft on the server; problems (bpmnlint's, Tremplin's rules, the engine's) are listed with
 * the element they concern, a click selects it ({@link ProblemList}). "Review and deploy"
 * ({@link ReviewDialog}) shows the difference with the deployed version and the running cases it
 * concerns, and deploys with a change note. A file can replace the draft ({@link ModelFileUpload}).
 */
@Route("processes/edit/:resource*")
@RolesAllowed({Roles.PROCESS_OWNER, Roles.ADMIN})
public class EditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(EditorView.class);
    static final String BUNDLE = "context://workbench/";
    /** Problems that keep a file the user brings in from replacing the draft. */
    private static final Set<String> UNSAFE =
            Set.of("too-large", "doctype", "malformed-xml", "invalid-json", "empty", "invalid-bpmn", "invalid-dmn");

    private final Workbench workbench;
    private final DecisionReplay replay;
    private final ProblemText problemText = new ProblemText(this);
    private String resourceName;
    private Workbench.Kind kind;
    /** The content as last received from the editor (or loaded). */
    String content;

    final H2 title = new H2();
    final Span status = new Span();
    ModelEditor editor;
    private final ProblemList problemList = new ProblemList(problemText, elementId -> editor.select(elementId));
    final ContractBreakList contractBreaks = new ContractBreakList(problemText, "editor-contract");
    final UnorderedList problems = problemList.items;
    final Paragraph problemsSummary = problemList.summary;
    Button deploy;
    Button discard;
    final Paragraph error = new Paragraph();
    ModelFileUpload upload;
    ReviewDialog review;
    ReplayDialog replayDialog;
    DecisionTestDialog testDialog;

    static RouteParameters parameters(String resourceName) {
        return new RouteParameters("resource", resourceName);
    }

    EditorView(Workbench workbench, DecisionReplay replay) {
        this.workbench = workbench;
        this.replay = replay;
        setSizeFull();
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        resourceName = event.getRouteParameters().get("resource").orElse("");
        Workbench.Opened opened;
        try {
            opened = workbench.open(resourceName);
        } catch (IllegalArgumentException unknown) {
            removeAll();
            kind = null;
            add(
                    new H2(getTranslation("editor.unknown", resourceName)),
                    new Paragraph(getTranslation("editor.unknown.help")),
                    new RouterLink(getTranslation("editor.back"), ProcessesView.class));
            return;
        }
        kind = opened.kind();
        content = opened.content();
        build(opened);
        // also when the view is entered again in place (after "Discard my draft"): the editor element is new
        editor.open(content);
        recheck();
    }

    private void build(Workbench.Opened opened) {
        removeAll();
        title.setText(getTranslation("editor.title", resourceName));
        status.setId("editor-status");
        status.getElement().setAttribute("role", "status");
        status.setText(
                opened.isDraft()
                        ? getTranslation("editor.status.draft", time(opened.draftSavedAt()))
                        : getTranslation(
                                "editor.status.deployed",
                                opened.deployed() == null
                                        ? 0
                                        : opened.deployed().version()));
        editor = new ModelEditor(kind, resourceName, this::edited, this::linted, this::editorFailed);
        error.setId("editor-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(title, status, tools(), error, editor);
        add(problemList.components());
        add(contractBreaks);
        expand(editor);
    }

    private EditorToolbar tools() {
        var upload = new ModelFileUpload(
                Workbench.MAX_FILE_BYTES,
                this::replaceWith,
                reason -> showError(getTranslation("editor.upload.refused", reason)));
        boolean bpmn = kind == Workbench.Kind.BPMN;
        var tools = new EditorToolbar(
                this::recheck, bpmn ? editor::toggleSimulation : null, this::reviewLatest, this::discardDraft, upload);
        if (bpmn) {
            editor.onSimulationToggled(tools::simulating);
        }
        this.upload = upload;
        if (kind == Workbench.Kind.DMN) {
            tools.add(
                    decisionButton(
                            "editor-replay",
                            "editor.replay",
                            () -> replayDialog = new ReplayDialog(replay, resourceName, content)),
                    decisionButton(
                            "editor-test",
                            "editor.decision-test",
                            () -> testDialog = new DecisionTestDialog(replay, resourceName, content)));
        }
        deploy = tools.deploy;
        discard = tools.discard;
        return tools;
    }

    /** A button that takes the editor's latest content, then opens a dialog on it (the replay or the test panel). */
    private Button decisionButton(
            String id, String label, java.util.function.Supplier<com.vaadin.flow.component.dialog.Dialog> dialog) {
        Button button = new Button(
                getTranslation(label),
                click -> editor.latestContent(
                        latest -> {
                            if (!latest.equals(content)) {
                                edited(latest);
                            }
                            openDecisionDialog(dialog);
                        },
                        () -> openDecisionDialog(dialog)));
        button.setId(id);
        return button;
    }

    private void openDecisionDialog(java.util.function.Supplier<com.vaadin.flow.component.dialog.Dialog> dialog) {
        try {
            dialog.get().open();
        } catch (IllegalArgumentException unreadable) {
            showError(getTranslation("editor.unreadable", unreadable.getMessage()));
        }
    }

    private void discardDraft() {
        workbench.discardDraft(resourceName);
        getUI().ifPresent(ui -> ui.navigate(EditorView.class, parameters(resourceName)));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (kind == null) {
            return;
        }
        var page = attach.getUI().getPage();
        page.addStyleSheet(BUNDLE + "workbench.css");
        page.addJavaScript(BUNDLE + "workbench.js");
    }

    void edited(String text) {
        if (text == null) {
            return;
        }
        content = text;
        try {
            var saved = workbench.saveDraft(resourceName, text);
            status.setText(getTranslation("editor.status.draft", time(saved)));
            error.setVisible(false);
        } catch (Workbench.Rejected rejected) {
            showError(problemText.describe(rejected.problems().get(0)));
        }
        recheck();
    }

    private void linted(List<Problem> found) {
        allowDeploy(problemList.showLint(found));
    }

    private void editorFailed(String message) {
        log.info("Editor could not open {}: {}", resourceName, message);
        showError(getTranslation("editor.unreadable", message));
    }

    /** Runs Tremplin's checks on the current content and shows all problems. */
    void recheck() {
        List<Problem> found = workbench.check(resourceName, content);
        allowDeploy(problemList.showChecked(found));
        // such a draft cannot be reviewed (the breaks are errors): say here which code relies on what it breaks
        boolean breaks = found.stream().anyMatch(p -> p.rule().startsWith("contract-"));
        contractBreaks.show(breaks ? workbench.contractBreaks(resourceName, content) : List.of(), false);
    }

    List<Problem> allProblems() {
        return problemList.all();
    }

    private void allowDeploy(long errors) {
        deploy.setEnabled(errors == 0);
        deploy.getElement().setAttribute("title", errors == 0 ? "" : getTranslation("editor.deploy.blocked"));
    }

    /** Takes the editor's content as it is this moment (the last keystrokes may not be sent yet), then reviews it. */
    private void reviewLatest() {
        editor.latestContent(
                latest -> {
                    if (!latest.equals(content)) {
                        edited(latest);
                    }
                    openReview();
                },
                this::openReview);
    }

    void openReview() {
        List<Problem> all = allProblems();
        if (all.stream().anyMatch(Problem::isError)) {
            return;
        }
        Workbench.Impact impact;
        try {
            impact = workbench.impact(resourceName, content);
        } catch (RuntimeException unreadable) {
            showError(getTranslation("editor.unreadable", unreadable.getMessage()));
            return;
        }
        var draft = new ReviewDialog.Draft(
                resourceName,
                kind,
                content,
                all.stream().filter(p -> !p.isError()).toList());
        review = new ReviewDialog(workbench, draft, impact, problemText, this::deployed, this::refused);
        review.open();
    }

    private void deployed(Workbench.Deployed deployed) {
        Notification.show(
                        getTranslation("editor.deployed", resourceName, deployed.version()),
                        6000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(ProcessesView.class));
    }

    private void refused(List<Problem> found) {
        allowDeploy(problemList.showChecked(found));
    }

    /** A file the user brings in replaces the draft only if it passes the safety checks; else nothing changes. */
    void replaceWith(String text) {
        var blocking = workbench.check(resourceName, text).stream()
                .filter(p -> UNSAFE.contains(p.rule()))
                .findFirst();
        if (blocking.isPresent()) {
            showError(getTranslation("editor.upload.refused", problemText.describe(blocking.get())));
            return;
        }
        content = text;
        workbench.saveDraft(resourceName, text);
        editor.open(text);
        recheck();
        status.setText(getTranslation("editor.status.uploaded"));
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private String time(java.time.Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Luxembourg"))
                .format(at);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.title", resourceName == null ? "" : resourceName) + " · Tremplin";
    }
}
