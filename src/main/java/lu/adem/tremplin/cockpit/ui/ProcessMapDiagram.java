package lu.adem.tremplin.cockpit.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;

import lu.adem.tremplin.cockpit.ProcessMap;
import lu.adem.tremplin.cockpit.ProcessMap.ActivityFigures;

/**
 * A process diagram drawn by bpmn-js's prebuilt viewer (vendored, as the case diagram) with the
 * cockpit's figures on it: a badge of waiting cases (red when some are overdue) on each activity, and
 * its fill shaded by the median time cases spent there over the period (the heatmap: under an hour,
 * a day, three days, a week, longer), with the count
 * and median written below it. Clicking an activity selects it. The drawing is hidden from screen
 * readers; the activities table next to it holds the same figures and selects by keyboard.
 */
class ProcessMapDiagram extends Div {

    static final String VIEWER = "context://vendor/bpmn-js/18.31.1/";
    /** Heat levels 0 (shortest median) to 4 (longest), as CSS classes on the diagram elements. */
    static final int HEAT_LEVELS = 5;

    private final transient Consumer<String> onSelect;
    private ProcessMap.Picture picture;

    ProcessMapDiagram(String label, Consumer<String> onSelect) {
        this.onSelect = onSelect;
        addClassName("process-map");
        getElement().setAttribute("role", "figure");
        getElement().setAttribute("aria-label", label);
        setWidthFull();
        setHeight("34rem");
        getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
    }

    void show(ProcessMap.Picture picture) {
        this.picture = picture;
        getUI().ifPresent(ui -> draw());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        var page = attach.getUI().getPage();
        page.addStyleSheet(VIEWER + "diagram-js.css");
        page.addStyleSheet(VIEWER + "bpmn-js.css");
        page.addJavaScript(VIEWER + "bpmn-viewer.production.min.js");
        if (picture != null) {
            draw();
        }
    }

    @ClientCallable
    void select(String activityId) {
        if (picture != null
                && picture.activities().stream().anyMatch(a -> a.activityId().equals(activityId))) {
            onSelect.accept(activityId);
        }
    }

    /** The upper bounds of heat levels 0 to 3; level 4 is a week or more. Absolute, so that colours mean the same in every process. */
    static final java.util.List<java.time.Duration> HEAT_BOUNDS = java.util.List.of(
            java.time.Duration.ofHours(1),
            java.time.Duration.ofDays(1),
            java.time.Duration.ofDays(3),
            java.time.Duration.ofDays(7));

    /** The heat level of a median time: under an hour 0, a day 1, three days 2, a week 3, longer 4. */
    static int heat(java.time.Duration median) {
        if (median == null) {
            return 0;
        }
        for (int level = 0; level < HEAT_BOUNDS.size(); level++) {
            if (median.compareTo(HEAT_BOUNDS.get(level)) < 0) {
                return level;
            }
        }
        return HEAT_LEVELS - 1;
    }

    private void draw() {
        JsonArray figures = Json.createArray();
        for (ActivityFigures activity : picture.activities()) {
            JsonObject figure = Json.createObject();
            figure.put("id", activity.activityId());
            figure.put("waiting", activity.waiting());
            figure.put("overdue", activity.overdue());
            figure.put("passed", activity.passed());
            figure.put("median", ProcessMap.shortDuration(activity.medianTime()));
            figure.put("heat", activity.passed() == 0 ? -1 : heat(activity.medianTime()));
            figure.put(
                    "title",
                    getTranslation(
                            "cockpit.map.badge",
                            activity.waiting(),
                            activity.overdue(),
                            activity.passed(),
                            ProcessMap.shortDuration(activity.medianTime())));
            figures.set(figures.length(), figure);
        }
        getElement().executeJs("""
                const host = this, xml = $0, figures = $1;
                const esc = s => String(s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
                const draw = () => {
                  if (!window.BpmnJS) { setTimeout(draw, 100); return; }
                  if (!document.getElementById('tremplin-map-style')) {
                    const style = document.createElement('style');
                    style.id = 'tremplin-map-style';
                    const heat = ['#fff7e6', '#ffe0b2', '#ffb74d', '#f57c00', '#b34700'];
                    style.textContent = heat.map((c, i) => `.tremplin-heat-${i} .djs-visual > :nth-child(1) { fill: ${c} !important; }`).join('\\n')
                      + '.tremplin-selected .djs-visual > :nth-child(1) { stroke: #0b57d0 !important; stroke-width: 4px !important; }'
                      + '.tremplin-badge { background: #1a73e8; color: #fff; border-radius: 10px; padding: 1px 7px; font: 600 12px sans-serif; }'
                      + '.tremplin-badge.overdue { background: #b3261e; }'
                      + '.tremplin-history { color: #3c3c3c; font: 11px sans-serif; white-space: nowrap; background: rgba(255,255,255,.85); }'
                      + '.process-map .djs-element { cursor: pointer; }';
                    document.head.appendChild(style);
                  }
                  if (host.viewer) { host.viewer.destroy(); }
                  const viewer = host.viewer = new window.BpmnJS({ container: host });
                  viewer.importXML(xml).then(() => {
                    host.querySelectorAll('.bjs-container').forEach(c => c.setAttribute('aria-hidden', 'true'));
                    // nothing inside the hidden drawing may take the keyboard focus (the canvas, the bpmn.io link)
                    host.querySelectorAll('.bjs-container a, .bjs-container [tabindex]').forEach(e => e.setAttribute('tabindex', '-1'));
                    const canvas = viewer.get('canvas'), overlays = viewer.get('overlays'), registry = viewer.get('elementRegistry');
                    canvas.zoom('fit-viewport', 'auto');
                    figures.forEach(f => {
                      const element = registry.get(f.id);
                      if (!element) { return; }
                      if (f.heat >= 0) { canvas.addMarker(f.id, 'tremplin-heat-' + f.heat); }
                      if (f.waiting > 0) {
                        overlays.add(f.id, { position: { top: -10, right: 10 },
                          html: `<div class="tremplin-badge${f.overdue > 0 ? ' overdue' : ''}" title="${esc(f.title)}">${f.waiting}${f.overdue > 0 ? ' (' + f.overdue + ')' : ''}</div>` });
                      }
                      if (f.passed > 0) {
                        overlays.add(f.id, { position: { bottom: -4, left: 0 },
                          html: `<div class="tremplin-history" title="${esc(f.title)}">${f.passed} · ${esc(f.median)}</div>` });
                      }
                    });
                    viewer.get('eventBus').on('element.click', event => {
                      registry.forEach(e => canvas.removeMarker(e.id, 'tremplin-selected'));
                      canvas.addMarker(event.element.id, 'tremplin-selected');
                      host.$server.select(event.element.id);
                    });
                    host.setAttribute('data-drawn', figures.length);
                  });
                };
                draw();
                """, picture.xml(), figures);
    }
}
