package lu.adem.tremplin.inbox.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;

/**
 * A read-only BPMN diagram of a case with the steps where it waits highlighted, drawn by bpmn-js's
 * prebuilt viewer (vendored under {@code META-INF/resources/vendor/bpmn-js}, no frontend build needed).
 */
class CaseDiagram extends Div {

    static final String VIEWER = "context://vendor/bpmn-js/18.31.1/";

    final String xml;
    final List<String> current;

    CaseDiagram(String xml, List<String> current, String label) {
        this.xml = xml;
        this.current = List.copyOf(current);
        addClassName("case-diagram");
        getElement().setAttribute("role", "figure");
        getElement().setAttribute("aria-label", label);
        setWidthFull();
        setHeight("22rem");
        getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        var page = attach.getUI().getPage();
        page.addStyleSheet(VIEWER + "diagram-js.css");
        page.addStyleSheet(VIEWER + "bpmn-js.css");
        page.addJavaScript(VIEWER + "bpmn-viewer.production.min.js");
        getElement().executeJs("""
                const host = this, xml = $0, current = $1;
                const draw = () => {
                  if (!window.BpmnJS) { setTimeout(draw, 100); return; }
                  if (!document.getElementById('tremplin-diagram-style')) {
                    const style = document.createElement('style');
                    style.id = 'tremplin-diagram-style';
                    style.textContent = '.tremplin-current .djs-visual > :nth-child(1) { stroke: #b3261e !important;'
                        + ' stroke-width: 4px !important; fill: #fde7e4 !important; }';
                    document.head.appendChild(style);
                  }
                  const viewer = new window.BpmnJS({ container: host });
                  viewer.importXML(xml).then(() => {
                    // the host is an image named after the case; the drawing's own texts would be read one by one
                    host.querySelectorAll('.bjs-container').forEach(c => c.setAttribute('aria-hidden', 'true'));
                    // nothing inside the hidden drawing may take the keyboard focus (the canvas, the bpmn.io link)
                    host.querySelectorAll('.bjs-container a, .bjs-container [tabindex]').forEach(e => e.setAttribute('tabindex', '-1'));
                    const canvas = viewer.get('canvas');
                    canvas.zoom('fit-viewport', 'auto');
                    current.forEach(id => { try { canvas.addMarker(id, 'tremplin-current'); } catch (e) { } });
                  });
                };
                draw();
                """, xml, elemental.json.Json.instance().parse(toJson(current)));
    }

    private static String toJson(List<String> ids) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < ids.size(); i++) {
            json.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(ids.get(i).replace("\"", ""))
                    .append('"');
        }
        return json.append(']').toString();
    }
}
