package lu.adem.tremplin.modeler.ui;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;
import lu.adem.tremplin.modeler.ModelDiff;
import lu.adem.tremplin.modeler.Problem;
import lu.adem.tremplin.modeler.Workbench;
import lu.adem.tremplin.shared.Roles;

/**
 * Edits one BPMN, DMN or form file in the browser: bpmn-js with the Camunda 7 properties panel and
 * bpmnlint, dmn-js, or the form-js editor with a live preview. Every change is saved as the user's
 * draft on the server; problems (bpmnlint's, Tremplin's rules, the engine's) are listed with the
 * element they concern, a click selects it. "Review and deploy" shows the difference with the deployed
 * version and the running cases it concerns, and deploys with a change note.
 */
@Route("processes/edit/:resource*")
@RolesAllowed({ Roles.PROCESS_OWNER, Roles.ADMIN })
public class EditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(EditorView.class);
    static final String BUNDLE = "context://workbench/";

    private final Workbench workbench;
    private String resourceName;
    private Workbench.Kind kind;
    /** The content as last received from the editor (or loaded). */
    String content;
    /** bpmnlint's findings, as the editor reported them last. */
    final List<Problem> lint = new ArrayList<>();
    /** Tremplin's and the engine's findings for {@link #content}. */
    final List<Problem> checked = new ArrayList<>();

    final H2 title = new H2();
    final Span status = new Span();
    final Div editor = new Div();
    final UnorderedList problems = new UnorderedList();
    final Paragraph problemsSummary = new Paragraph();
    final Button deploy = new Button();
    final Button discard = new Button();
    final Paragraph error = new Paragraph();
    Dialog review;

    static RouteParameters parameters(String resourceName) {
        return new RouteParameters("resource", resourceName);
    }

    EditorView(Workbench workbench) {
        this.workbench = workbench;
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
            add(new H2(getTranslation("editor.unknown", resourceName)), new Paragraph(getTranslation("editor.unknown.help")),
                    new com.vaadin.flow.router.RouterLink(getTranslation("editor.back"), ProcessesView.class));
            return;
        }
        kind = opened.kind();
        content = opened.content();
        build(opened);
        // also when the view is entered again in place (after "Discard my draft"): the editor element is new
        load(content);
        recheck();
    }

    private void build(Workbench.Opened opened) {
        removeAll();
        title.setText(getTranslation("editor.title", resourceName));
        status.setId("editor-status");
        status.getElement().setAttribute("role", "status");
        showStatus(opened.isDraft() ? getTranslation("editor.status.draft", time(opened.draftSavedAt()))
                : getTranslation("editor.status.deployed", opened.deployed() == null ? 0 : opened.deployed().version()));

        editor.removeAll();
        editor.getElement().removeAllChildren();
        var tag = new com.vaadin.flow.dom.Element(tag());
        tag.setAttribute("aria-label", getTranslation("editor.canvas", resourceName));
        tag.setAttribute("preview-label", getTranslation("editor.preview"));
        tag.setAttribute("id", "workbench-editor");
        tag.getStyle().set("height", "100%");
        editor.getElement().appendChild(tag);
        editor.setWidthFull();
        editor.getStyle().set("flex", "1 0 auto").set("height", "calc(100vh - 16rem)").set("min-height", "28rem");
        tag.addEventListener("draft-changed", changed -> edited(changed.getEventData().getString("event.detail.content")))
                .addEventData("event.detail.content");
        tag.addEventListener("lint-done", done -> linted(done.getEventData().get("event.detail.issues")))
                .addEventData("event.detail.issues");
        tag.addEventListener("editor-error", failed -> editorFailed(failed.getEventData().getString("event.detail.message")))
                .addEventData("event.detail.message");

        Button check = new Button(getTranslation("editor.check"), click -> recheck());
        check.setId("editor-check");
        deploy.setText(getTranslation("editor.deploy"));
        deploy.setId("editor-deploy");
        deploy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deploy.addClickListener(click -> reviewLatest());
        deploy.addClickShortcut(Key.KEY_D, KeyModifier.ALT);
        discard.setText(getTranslation("editor.discard"));
        discard.setId("editor-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        discard.addClickListener(click -> {
            workbench.discardDraft(resourceName);
            getUI().ifPresent(ui -> ui.navigate(EditorView.class, parameters(resourceName)));
        });
        Button back = new Button(getTranslation("editor.back"), click -> getUI().ifPresent(ui -> ui.navigate(ProcessesView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Upload upload = upload();
        HorizontalLayout tools = new HorizontalLayout(back, check, deploy, discard, upload);
        tools.setAlignItems(Alignment.CENTER);
        tools.setWrap(true);

        error.setId("editor-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        problems.setId("editor-problems");
        problems.getElement().setAttribute("aria-labelledby", "editor-problems-title");
        H3 problemsTitle = new H3(getTranslation("editor.problems"));
        problemsTitle.setId("editor-problems-title");
        problemsSummary.setId("editor-problems-summary");
        add(title, status, tools, error, editor, problemsTitle, problemsSummary, problems);
        expand(editor);
    }

    private String tag() {
        return switch (kind) {
            case BPMN -> "tremplin-bpmn-editor";
            case DMN -> "tremplin-dmn-editor";
            case FORM -> "tremplin-form-editor";
        };
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

    /** Hands the content to the editor once its element is defined. */
    private void load(String text) {
        editor.getElement().executeJs("""
                const host = this.firstElementChild, text = $0, tag = $1;
                customElements.whenDefined(tag).then(() => host.open(text));
                """, text, tag());
    }

    void edited(String text) {
        if (text == null) {
            return;
        }
        content = text;
        try {
            var saved = workbench.saveDraft(resourceName, text);
            showStatus(getTranslation("editor.status.draft", time(saved)));
            error.setVisible(false);
        } catch (Workbench.Rejected rejected) {
            showError(describe(rejected.problems().get(0)));
        }
        recheck();
    }

    private void linted(elemental.json.JsonValue issues) {
        lint.clear();
        if (issues instanceof elemental.json.JsonArray array) {
            for (int i = 0; i < array.length(); i++) {
                elemental.json.JsonObject issue = array.getObject(i);
                String rule = "bpmnlint/" + issue.getString("rule");
                String detail = issue.getString("message");
                String id = issue.getString("id");
                lint.add("error".equals(issue.getString("category")) ? Problem.error(rule, id, detail)
                        : Problem.warning(rule, id, detail));
            }
        }
        showProblems();
    }

    private void editorFailed(String message) {
        log.info("Editor could not open {}: {}", resourceName, message);
        showError(getTranslation("editor.unreadable", message));
    }

    /** Runs Tremplin's checks on the current content and shows all problems. */
    void recheck() {
        checked.clear();
        checked.addAll(workbench.check(resourceName, content));
        showProblems();
    }

    List<Problem> allProblems() {
        List<Problem> all = new ArrayList<>(checked);
        all.addAll(lint);
        all.sort(java.util.Comparator.comparing(Problem::severity));
        return all;
    }

    private void showProblems() {
        problems.removeAll();
        List<Problem> all = allProblems();
        long errors = all.stream().filter(Problem::isError).count();
        problemsSummary.setText(all.isEmpty() ? getTranslation("editor.problems.none")
                : getTranslation("editor.problems.count", errors, all.size() - errors));
        for (Problem problem : all) {
            ListItem item = new ListItem();
            Span severity = new Span(getTranslation("editor.severity." + problem.severity().name()));
            severity.getElement().getThemeList().add(problem.isError() ? "badge error" : "badge contrast");
            item.add(severity, new Span(" " + describe(problem) + " "));
            if (problem.elementId() != null) {
                Button select = new Button(problem.elementId(), click -> select(problem.elementId()));
                select.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                select.getElement().setAttribute("aria-label", getTranslation("editor.select", problem.elementId()));
                item.add(select);
            }
            problems.add(item);
        }
        deploy.setEnabled(errors == 0);
        deploy.getElement().setAttribute("title", errors == 0 ? "" : getTranslation("editor.deploy.blocked"));
    }

    private void select(String elementId) {
        editor.getElement().executeJs("this.firstElementChild.select($0)", elementId);
    }

    /** A problem in the user's language: Tremplin's rules are translated, bpmnlint and engine texts quoted. */
    String describe(Problem problem) {
        if (problem.rule().startsWith("bpmnlint/")) {
            return getTranslation("editor.rule.bpmnlint", problem.rule().substring("bpmnlint/".length()), problem.detail());
        }
        return getTranslation("editor.rule." + problem.rule(), problem.detail() == null ? "" : problem.detail());
    }

    /** Takes the editor's content as it is this moment (the last keystrokes may not be sent yet), then reviews it. */
    private void reviewLatest() {
        editor.getElement().executeJs("return this.firstElementChild.content()").then(String.class, latest -> {
            if (!latest.equals(content)) {
                edited(latest);
            }
            openReview();
        }, failed -> openReview());
    }

    void openReview() {
        if (allProblems().stream().anyMatch(Problem::isError)) {
            return;
        }
        Workbench.Impact impact;
        try {
            impact = workbench.impact(resourceName, content);
        } catch (RuntimeException unreadable) {
            showError(getTranslation("editor.unreadable", unreadable.getMessage()));
            return;
        }
        review = new Dialog();
        review.setHeaderTitle(getTranslation("editor.review.title", resourceName));
        review.setWidth("min(56rem, 95vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(diff(impact.diff()));
        RadioButtonGroup<Boolean> running = new RadioButtonGroup<>(getTranslation("editor.review.running"));
        if (impact.casesAffected() > 0) {
            body.add(new Paragraph(getTranslation("editor.review.affected", impact.casesAffected(),
                    String.join(", ", impact.casesOnRemoved().keySet()))));
            running.setItems(true, false);
            running.setItemLabelGenerator(leave -> getTranslation(leave ? "editor.review.leave" : "editor.review.stop"));
            running.setValue(true);
            running.setId("review-running");
            body.add(running);
        } else if (impact.runningOnLatest() > 0) {
            body.add(new Paragraph(getTranslation("editor.review.unaffected", impact.runningOnLatest())));
        }
        List<Problem> warnings = allProblems().stream().filter(p -> !p.isError()).toList();
        Checkbox confirm = new Checkbox(getTranslation("editor.review.confirm", warnings.size()));
        confirm.setId("review-confirm");
        confirm.setVisible(!warnings.isEmpty());
        TextArea note = new TextArea(getTranslation("editor.review.note"));
        note.setId("review-note");
        note.setRequired(true);
        // the value reaches the server as it is typed: a shortcut or a click without blur still sends it
        note.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        note.setMaxLength(2000);
        note.setWidthFull();
        note.setHelperText(getTranslation("editor.review.note.help"));
        body.add(confirm, note);
        review.add(body);
        Paragraph refused = new Paragraph();
        refused.setId("review-refused");
        refused.getElement().setAttribute("role", "alert");
        refused.getStyle().set("color", "var(--lumo-error-text-color)");
        body.add(refused);
        Button go = new Button(getTranslation("editor.review.deploy"));
        go.setId("review-deploy");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setDisableOnClick(true);
        go.addClickListener(click -> {
            try {
                if (impact.casesAffected() > 0 && Boolean.FALSE.equals(running.getValue())) {
                    review.close();
                    return;
                }
                if (note.getValue().isBlank()) {
                    note.setInvalid(true);
                    note.setErrorMessage(getTranslation("editor.rule.note-required"));
                    return;
                }
                if (!warnings.isEmpty() && !confirm.getValue()) {
                    confirm.getElement().setAttribute("invalid", true);
                    refused.setText(getTranslation("editor.review.confirm.needed"));
                    return;
                }
                Workbench.Deployed deployed = workbench.deploy(resourceName, content, note.getValue(), confirm.getValue());
                review.close();
                Notification.show(getTranslation("editor.deployed", resourceName, deployed.version()), 6000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(ProcessesView.class));
            } catch (Workbench.Rejected rejected) {
                refused.setText(rejected.problems().stream().map(p -> describe(p)
                        + (p.elementId() == null ? "" : " (" + p.elementId() + ")")).reduce((a, b) -> a + " · " + b).orElse(""));
                checked.clear();
                checked.addAll(rejected.problems());
                showProblems();
            } catch (RuntimeException failed) {
                String reference = UUID.randomUUID().toString().substring(0, 8);
                log.warn("Deploying {} failed, reference {}", resourceName, reference, failed);
                refused.setText(getTranslation("error.unexpected", reference));
            } finally {
                go.setEnabled(true);
            }
        });
        Button cancel = new Button(getTranslation("editor.review.cancel"), click -> review.close());
        review.getFooter().add(cancel, go);
        review.open();
    }

    private Component diff(ModelDiff diff) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("review-diff");
        if (diff.isEmpty()) {
            list.add(new Paragraph(getTranslation(kind == Workbench.Kind.BPMN ? "editor.review.nodiff" : "editor.review.notdiffed")));
            return list;
        }
        UnorderedList items = new UnorderedList();
        diff.added().forEach(e -> items.add(new ListItem(getTranslation("editor.review.added", e.type(), label(e.id(), e.name())))));
        diff.removed().forEach(e -> items.add(new ListItem(getTranslation("editor.review.removed", e.type(), label(e.id(), e.name())))));
        diff.changed().forEach(c -> items.add(new ListItem(getTranslation("editor.review.changed", c.type(), label(c.id(), c.name()),
                String.join("; ", c.what())))));
        list.add(new H3(getTranslation("editor.review.diff")), items);
        return list;
    }

    private static String label(String id, String name) {
        return name == null || name.isBlank() ? id : name + " (" + id + ")";
    }

    private Upload upload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                replaceWith(new String(bytes, StandardCharsets.UTF_8))))));
        upload.setId("editor-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Integer.MAX_VALUE);
        upload.setUploadButton(new Button(getTranslation("editor.upload")));
        upload.setDropAllowed(false);
        return upload;
    }

    /** A file the user brings in replaces the draft only if it passes the safety checks; else nothing changes. */
    void replaceWith(String text) {
        List<Problem> found = workbench.check(resourceName, text);
        var blocking = found.stream().filter(p -> java.util.Set.of("too-large", "doctype", "malformed-xml", "invalid-json", "empty",
                "invalid-bpmn", "invalid-dmn").contains(p.rule())).findFirst();
        if (blocking.isPresent()) {
            showError(getTranslation("editor.upload.refused", describe(blocking.get())));
            return;
        }
        content = text;
        workbench.saveDraft(resourceName, text);
        load(text);
        recheck();
        showStatus(getTranslation("editor.status.uploaded"));
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void showStatus(String text) {
        status.setText(text);
    }

    private String time(java.time.Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Luxembourg")).format(at);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.title", resourceName == null ? "" : resourceName) + " · Tremplin";
    }
}
