package lu.adem.tremplin.modeler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a draft changes against the deployed version, element by element (diagram layout aside):
 * elements added, removed, and changed — in name, type, attributes or nested definitions (timers,
 * listeners, conditions, forms).
 */
public record ModelDiff(List<Entry> added, List<Entry> removed, List<Change> changed) {

    /** One element: its id, its BPMN type ({@code userTask}) and its name. */
    public record Entry(String id, String type, String name) {}

    /** A changed element with what changed, in short words ({@code name: "A" → "B"}). */
    public record Change(String id, String type, String name, List<String> what) {}

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    static ModelDiff between(String deployedXml, String draftXml) {
        BpmnModelInstance deployed =
                deployedXml == null ? Bpmn.createEmptyModel() : Bpmn.readModelFromStream(stream(deployedXml));
        BpmnModelInstance draft = Bpmn.readModelFromStream(stream(draftXml));
        Map<String, BaseElement> before = elements(deployed);
        Map<String, BaseElement> after = elements(draft);
        Map<String, Element> beforeDom = deployedXml == null ? Map.of() : dom(deployedXml);
        Map<String, Element> afterDom = dom(draftXml);
        java.util.Set<String> flowIds = new java.util.HashSet<>(before.keySet());
        flowIds.addAll(after.keySet());
        List<Entry> added = new ArrayList<>();
        List<Entry> removed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        after.forEach((id, element) -> {
            BaseElement old = before.get(id);
            if (old == null) {
                added.add(entry(element));
                return;
            }
            List<String> what = differences(type(old), type(element), beforeDom.get(id), afterDom.get(id), flowIds);
            if (!what.isEmpty()) {
                changed.add(new Change(id, type(element), name(element), what));
            }
        });
        before.forEach((id, element) -> {
            if (!after.containsKey(id)) {
                removed.add(entry(element));
            }
        });
        return new ModelDiff(added, removed, changed);
    }

    private static java.io.InputStream stream(String xml) {
        return new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Every element with an id, by id (the content passed {@link SafeXml} before it gets here). */
    private static Map<String, Element> dom(String xml) {
        Map<String, Element> byId = new LinkedHashMap<>();
        collect(SafeXml.parse(xml).getDocumentElement(), byId);
        return byId;
    }

    private static void collect(Element element, Map<String, Element> byId) {
        if (element.hasAttribute("id")) {
            byId.putIfAbsent(element.getAttribute("id"), element);
        }
        for (Element child : children(element)) {
            collect(child, byId);
        }
    }

    private static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                children.add(child);
            }
        }
        return children;
    }

    /** The processes and their flow elements (tasks, events, gateways, flows), not the diagram's shapes. */
    private static Map<String, BaseElement> elements(BpmnModelInstance model) {
        Map<String, BaseElement> elements = new LinkedHashMap<>();
        for (var element : model.getModelElementsByType(BaseElement.class)) {
            if (element.getId() != null && (element instanceof FlowElement || element instanceof Process)) {
                elements.put(element.getId(), element);
            }
        }
        return elements;
    }

    private static Entry entry(BaseElement element) {
        return new Entry(element.getId(), type(element), name(element));
    }

    private static String type(BaseElement element) {
        return element.getElementType().getTypeName();
    }

    private static String name(BaseElement element) {
        return element instanceof FlowElement flow ? flow.getName() : element.getAttributeValue("name");
    }

    private static List<String> differences(
            String typeBefore, String typeAfter, Element old, Element now, java.util.Set<String> flowIds) {
        List<String> what = new ArrayList<>();
        if (!typeBefore.equals(typeAfter)) {
            what.add("type: " + typeBefore + " → " + typeAfter);
        }
        if (old == null || now == null) {
            return what;
        }
        java.util.Set<String> attributes = new java.util.TreeSet<>();
        attributes.addAll(attributeNames(old));
        attributes.addAll(attributeNames(now));
        for (String attribute : attributes) {
            String a = old.hasAttribute(attribute) ? old.getAttribute(attribute) : null;
            String b = now.hasAttribute(attribute) ? now.getAttribute(attribute) : null;
            if (!Objects.equals(a, b)) {
                what.add(attribute + ": " + quote(a) + " → " + quote(b));
            }
        }
        String nestedBefore = nested(old, flowIds);
        String nestedAfter = nested(now, flowIds);
        if (!nestedBefore.equals(nestedAfter)) {
            what.add("details: " + summary(nestedBefore) + " → " + summary(nestedAfter));
        }
        return what;
    }

    private static List<String> attributeNames(Element element) {
        var attributes = element.getAttributes();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributes.item(i).getNodeName();
            if (!name.startsWith("xmlns")) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The element's own nested definitions as text (timers, listeners, conditions, documentation),
     * without child flow elements (a sub-process's children are compared on their own).
     */
    private static String nested(Element element, java.util.Set<String> flowIds) {
        StringBuilder text = new StringBuilder();
        for (Element child : children(element)) {
            boolean flowElement = child.hasAttribute("id") && flowIds.contains(child.getAttribute("id"));
            if (!flowElement
                    && !child.getLocalName().equals("incoming")
                    && !child.getLocalName().equals("outgoing")) {
                text.append(serialize(child));
            }
        }
        return text.toString().replaceAll("\\s+", " ").trim();
    }

    private static String serialize(Element element) {
        StringBuilder text = new StringBuilder("<").append(element.getLocalName());
        for (String name : attributeNames(element)) {
            if (!name.equals("id")) {
                text.append(' ')
                        .append(name)
                        .append("=\"")
                        .append(element.getAttribute(name))
                        .append('"');
            }
        }
        text.append('>');
        List<Element> children = children(element);
        for (Element child : children) {
            text.append(serialize(child));
        }
        if (children.isEmpty()) {
            text.append(element.getTextContent().trim());
        }
        return text.append("</").append(element.getLocalName()).append('>').toString();
    }

    private static String summary(String text) {
        return text.isEmpty() ? "none" : text.length() > 160 ? text.substring(0, 157) + "…" : text;
    }

    private static String quote(String value) {
        return value == null ? "—" : "\"" + value + "\"";
    }
}
