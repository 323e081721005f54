package lu.adem.tremplin.modeler;

import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What code a BPMN diagram makes the engine run: only Tremplin's delegates and listeners, through
 * expressions that reach no further. Refused, with the id of the element concerned:
 * <ul>
 * <li>{@code delegate-bean}: every {@code delegateExpression} (tasks, listeners, event definitions,
 * {@code variableMappingDelegateExpression}) names one of {@link lu.adem.tremplin.shared.ProcessBeans},
 * as {@code ${name}};</li>
 * <li>{@code java-class}: a Java class ({@code camunda:class} on tasks, listeners and event definitions,
 * {@code camunda:variableMappingClass});</li>
 * <li>{@code script}: script tasks, {@code camunda:script} (listeners, input/output) and conditions
 * written in a script language ({@code language="groovy"});</li>
 * <li>{@code external-task}: {@code camunda:type="external"} and connectors;</li>
 * <li>{@code expression-forbidden}: an expression using reflection or the system
 * ({@link Expressions#FORBIDDEN});</li>
 * <li>{@code expression-bean}: an expression naming a Spring bean that is not one of
 * {@link lu.adem.tremplin.shared.ProcessBeans}, unless the process visibly sets a variable of that
 * name (a field of its user tasks' forms, an output parameter, a result variable…), which the engine
 * resolves first ({@code courseChoice} is a bean and the choose-course form's field).</li>
 * </ul>
 * Read from the document itself (every attribute and text), so that no element type is forgotten;
 * the legacy {@code activiti} namespace, which Camunda 7 still reads, counts as Camunda's.
 */
final class CodeRules {

    private static final Set<String> CAMUNDA = Set.of("http://camunda.org/schema/1.0/bpmn", "http://activiti.org/bpmn");
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    /** Text that is read by people, never evaluated. */
    private static final Set<String> PROSE = Set.of("documentation", "text");

    private static final Pattern BEAN_EXPRESSION =
            Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}\\s*$");
    private static final Set<String> DELEGATE_ATTRIBUTES =
            Set.of("delegateExpression", "variableMappingDelegateExpression");

    private CodeRules() {}

    /** Attributes naming a variable the element sets ({@code camunda:} namespace or a Camunda element's own). */
    private static final Set<String> VARIABLE_ATTRIBUTES = Set.of(
            "resultVariable", "elementVariable", "errorCodeVariable", "errorMessageVariable", "escalationCodeVariable");

    /**
     * @param formVariables the fields of the forms of the diagram's user tasks
     * @param allowed whether an expression may name this bean
     * @param bean whether the application has a bean of this name (else a name is a process variable)
     */
    static List<Problem> check(
            Document bpmn, Set<String> formVariables, Predicate<String> allowed, Predicate<String> bean) {
        Set<String> variables = new HashSet<>(formVariables);
        variables.addAll(declaredVariables(bpmn));
        Predicate<String> forbiddenBean = name -> !allowed.test(name) && bean.test(name) && !variables.contains(name);
        List<Problem> problems = new ArrayList<>();
        Deque<Map.Entry<Element, String>> pending = new ArrayDeque<>(); // an element and its parent's owner
        pending.push(new SimpleEntry<>(bpmn.getDocumentElement(), null));
        while (!pending.isEmpty()) {
            Map.Entry<Element, String> next = pending.pop();
            Element element = next.getKey();
            // the id of the element, or of its nearest ancestor with one (a listener's task, a condition's flow)
            String owner = element.getAttribute("id").isBlank() ? next.getValue() : element.getAttribute("id");
            element(element, owner, problems);
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                attribute(element, (Attr) attributes.item(i), owner, allowed, forbiddenBean, problems);
            }
            for (Node child = element.getLastChild(); child != null; child = child.getPreviousSibling()) {
                if (child instanceof Element nested) {
                    pending.push(new SimpleEntry<>(nested, owner));
                } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    if (!PROSE.contains(element.getLocalName())) {
                        expressions(child.getNodeValue(), owner, forbiddenBean, problems);
                    }
                }
            }
        }
        return problems;
    }

    private static void element(Element element, String owner, List<Problem> problems) {
        String name = element.getLocalName();
        if (BPMN.equals(element.getNamespaceURI()) && name.equals("scriptTask")) {
            problems.add(Problem.error("script", owner, "scriptTask"));
        } else if (camunda(element.getNamespaceURI()) && name.equals("script")) {
            problems.add(Problem.error("script", owner, "camunda:script"));
        } else if (camunda(element.getNamespaceURI()) && name.equals("connector")) {
            problems.add(Problem.error("external-task", owner, "camunda:connector"));
        }
    }

    private static void attribute(
            Element element,
            Attr attribute,
            String owner,
            Predicate<String> allowed,
            Predicate<String> forbiddenBean,
            List<Problem> problems) {
        String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        String value = attribute.getValue();
        boolean camundaAttribute = camunda(attribute.getNamespaceURI())
                || attribute.getNamespaceURI() == null && camunda(element.getNamespaceURI());
        if (camundaAttribute && (name.equals("class") || name.endsWith("Class"))) {
            problems.add(Problem.error("java-class", owner, shortened(value)));
        } else if (camundaAttribute && name.equals("type") && "external".equals(value.trim())) {
            problems.add(Problem.error("external-task", owner, "camunda:type=\"external\""));
        } else if (attribute.getNamespaceURI() == null
                && BPMN.equals(element.getNamespaceURI())
                && name.equals("language")
                && !value.isBlank()) {
            problems.add(Problem.error("script", owner, shortened(value)));
        }
        if (DELEGATE_ATTRIBUTES.contains(name)) {
            delegate(value, owner, allowed, problems);
        } else if (!"http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
            expressions(value, owner, forbiddenBean, problems);
        }
    }

    /** A delegate is one of Tremplin's, named as {@code ${name}}: never a variable, a call or a path. */
    private static void delegate(String expression, String owner, Predicate<String> allowed, List<Problem> problems) {
        if (expression.isBlank()) {
            return;
        }
        Optional<String> forbidden = Expressions.in(expression).stream()
                .map(Expressions::forbidden)
                .flatMap(Optional::stream)
                .findFirst();
        Matcher bean = BEAN_EXPRESSION.matcher(expression);
        if (forbidden.isPresent()) {
            problems.add(Problem.error("expression-forbidden", owner, forbidden.get()));
        } else if (!bean.matches()) {
            problems.add(Problem.error("delegate-bean", owner, shortened(expression.trim())));
        } else if (!allowed.test(bean.group(1))) {
            problems.add(Problem.error("delegate-bean", owner, bean.group(1)));
        }
    }

    private static void expressions(
            String text, String owner, Predicate<String> forbiddenBean, List<Problem> problems) {
        for (String expression : Expressions.in(text)) {
            Optional<String> forbidden = Expressions.forbidden(expression);
            if (forbidden.isPresent()) {
                problems.add(Problem.error("expression-forbidden", owner, forbidden.get()));
                continue;
            }
            Expressions.roots(expression).stream()
                    .filter(forbiddenBean)
                    .distinct()
                    .forEach(name -> problems.add(Problem.error("expression-bean", owner, name)));
        }
    }

    /** The variables the diagram itself sets: output parameters, result variables, form fields, call outputs. */
    private static Set<String> declaredVariables(Document bpmn) {
        Set<String> declared = new HashSet<>();
        NodeList elements = bpmn.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            boolean camundaElement = camunda(element.getNamespaceURI());
            switch (camundaElement ? element.getLocalName() : "") {
                case "outputParameter" -> declared.add(element.getAttribute("name"));
                case "out" -> declared.add(element.getAttribute("target"));
                case "formField" -> declared.add(element.getAttribute("id"));
                default -> {}
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Attr attribute = (Attr) attributes.item(a);
                if (VARIABLE_ATTRIBUTES.contains(attribute.getLocalName())
                        && (camunda(attribute.getNamespaceURI())
                                || attribute.getNamespaceURI() == null && camundaElement)) {
                    declared.add(attribute.getValue());
                }
            }
        }
        declared.remove("");
        return declared;
    }

    private static String shortened(String text) {
        return text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }

    private static boolean camunda(String namespace) {
        return namespace != null && CAMUNDA.contains(namespace);
    }
}
