package lu.adem.tremplin.modeler;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import lu.adem.tremplin.shared.FormComponents;
import lu.adem.tremplin.shared.ProcessContract;

/**
 * The one set of checks every deployment passes, whatever its path (the workbench, Camunda Modeler
 * through the engine REST API, the start-up deployment, the Java API): a whole deployment, resource
 * name to content, judged before the engine parses anything.
 * <ul>
 * <li>every resource: at most 5 MB, and a {@code .bpmn}, {@code .dmn} or {@code .form} file
 * ({@code resource-kind});</li>
 * <li>BPMN and DMN: no DOCTYPE, well-formed ({@link SafeXml}), before any other parser sees them;</li>
 * <li>BPMN: {@link TremplinRules} (with {@link CodeRules}); a form deployed along with the diagram
 * counts as deployed; and the contracts of the process modules ({@link ContractRules});</li>
 * <li>DMN: a history time to live on every decision, and FEEL only ({@code expression-language}: no
 * JUEL, JavaScript or Groovy in a decision table);</li>
 * <li>forms: JSON with an id and components, each of a type Tremplin's task screen renders
 * ({@code form-component}, {@link FormComponents}), and FEEL that parses, only where the task screen
 * evaluates it ({@link FormExpressionRules}).</li>
 * </ul>
 */
final class DeploymentChecks {

    static final List<String> KINDS = List.of(".bpmn", ".dmn", ".form");
    private static final Set<String> FEEL = Set.of(
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN12,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN13,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN14,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN15);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<String, Optional<byte[]>> deployedForm;
    private final Predicate<String> allowedBean;
    private final Predicate<String> bean;
    private final ContractRules contracts;

    /**
     * @param deployedForm the latest deployed Camunda Form of this key, if there is one
     * @param allowedBean whether a BPMN expression may name this bean ({@link lu.adem.tremplin.shared.ProcessBeans})
     * @param bean whether the application has a bean of this name (else a name is a process variable)
     */
    DeploymentChecks(
            Function<String, Optional<byte[]>> deployedForm, Predicate<String> allowedBean, Predicate<String> bean) {
        this(deployedForm, allowedBean, bean, List::of);
    }

    /** @param contracts what Tremplin's code relies on in each process ({@link ContractRules}) */
    DeploymentChecks(
            Function<String, Optional<byte[]>> deployedForm,
            Predicate<String> allowedBean,
            Predicate<String> bean,
            Supplier<List<ProcessContract>> contracts) {
        this.deployedForm = deployedForm;
        this.allowedBean = allowedBean;
        this.bean = bean;
        this.contracts = new ContractRules(contracts);
    }

    /** The problems of each resource of a deployment, errors first; resources without problems are left out. */
    Map<String, List<Problem>> check(Map<String, byte[]> resources) {
        Map<String, byte[]> formsHere = new HashMap<>();
        resources.forEach((name, content) -> {
            if (name.endsWith(".form")) {
                formKey(content).ifPresent(key -> formsHere.put(key, content));
            }
        });
        Function<String, Optional<byte[]>> forms =
                key -> formsHere.containsKey(key) ? Optional.of(formsHere.get(key)) : deployedForm.apply(key);
        Map<String, List<Problem>> problems = new LinkedHashMap<>();
        resources.forEach((name, content) -> {
            List<Problem> found = check(name, content, forms);
            if (!found.isEmpty()) {
                problems.put(name, found);
            }
        });
        return problems;
    }

    /** The problems of one resource deployed on its own, errors first. */
    List<Problem> check(String resourceName, byte[] content) {
        return check(resourceName, content, deployedForm);
    }

    private List<Problem> check(String name, byte[] content, Function<String, Optional<byte[]>> forms) {
        Optional<String> kind = KINDS.stream().filter(name::endsWith).findFirst();
        if (kind.isEmpty()) {
            return List.of(Problem.error("resource-kind", null, name));
        }
        Optional<Problem> size = SafeXml.checkSize(content);
        if (size.isPresent()) {
            return List.of(size.get());
        }
        if (kind.get().equals(".form")) {
            return form(content);
        }
        SafeXml.Read read = SafeXml.read(content);
        if (read.problem() != null) {
            return List.of(read.problem());
        }
        List<Problem> problems =
                kind.get().equals(".bpmn") ? bpmn(name, content, forms) : dmn(read.document(), content);
        problems.sort(Comparator.comparing(Problem::severity));
        return problems;
    }

    private List<Problem> bpmn(String name, byte[] content, Function<String, Optional<byte[]>> forms) {
        try {
            BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
            List<Problem> problems = new ArrayList<>(TremplinRules.check(
                    model, key -> forms.apply(key).map(DeploymentChecks::fields), allowedBean, bean));
            problems.addAll(contracts.check(name, model));
            return problems;
        } catch (RuntimeException invalid) {
            return new ArrayList<>(List.of(Problem.error("invalid-bpmn", null, rootMessage(invalid))));
        }
    }

    private static List<Problem> dmn(Document document, byte[] content) {
        List<Problem> problems = new ArrayList<>();
        try {
            DmnModelInstance dmn = Dmn.readModelFromStream(new ByteArrayInputStream(content));
            for (Decision decision : dmn.getModelElementsByType(Decision.class)) {
                if (decision.getCamundaHistoryTimeToLiveString() == null) {
                    problems.add(Problem.error("history-time-to-live", decision.getId(), null));
                }
            }
        } catch (RuntimeException invalid) {
            problems.add(Problem.error("invalid-dmn", null, rootMessage(invalid)));
            return problems;
        }
        NodeList elements = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            String language = element.getAttribute("expressionLanguage");
            if (!language.isBlank() && !FEEL.contains(language) && !language.equalsIgnoreCase("feel")) {
                problems.add(Problem.error("expression-language", owner(element), language));
            }
        }
        return problems;
    }

    private static String owner(Element element) {
        for (Node node = element; node instanceof Element candidate; node = node.getParentNode()) {
            if (!candidate.getAttribute("id").isBlank()) {
                return candidate.getAttribute("id");
            }
        }
        return null;
    }

    private static Optional<String> formKey(byte[] content) {
        try {
            JsonNode id = JSON.readTree(content).path("id");
            return id.isTextual() && !id.asText().isBlank() ? Optional.of(id.asText()) : Optional.empty();
        } catch (Exception unreadable) {
            return Optional.empty();
        }
    }

    /** The keys of a form's fields: the variables completing it sets. */
    private static Set<String> fields(byte[] form) {
        Set<String> keys = new HashSet<>();
        try {
            for (JsonNode node : JSON.readTree(form).findParents("type")) {
                if (node.path("key").isTextual()) {
                    keys.add(node.path("key").asText());
                }
                if (node.path("path").isTextual()) {
                    keys.add(node.path("path").asText()); // a dynamic list's variable
                }
            }
        } catch (Exception unreadable) {
            // a form that does not read sets no variable
        }
        return keys;
    }

    private static List<Problem> form(byte[] content) {
        try {
            JsonNode form = JSON.readTree(new String(content, StandardCharsets.UTF_8));
            List<Problem> problems = new ArrayList<>();
            if (!form.path("id").isTextual() || form.path("id").asText().isBlank()) {
                problems.add(Problem.error("form-id", null, null));
            }
            if (!form.path("components").isArray()) {
                problems.add(Problem.error("form-components", null, null));
            } else {
                components(form.path("components"), problems);
                problems.addAll(FormExpressionRules.check(form.path("components")));
            }
            return problems;
        } catch (JsonProcessingException invalid) {
            var where = invalid.getLocation();
            return List.of(Problem.error(
                    "invalid-json",
                    null,
                    (where == null ? "" : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ")
                            + invalid.getOriginalMessage()));
        }
    }

    /** Every component, those of groups and dynamic lists included (Jackson bounds the nesting). */
    private static void components(JsonNode components, List<Problem> problems) {
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            String subtype = component.path("subtype").isTextual()
                    ? component.path("subtype").asText()
                    : null;
            if (!FormComponents.renders(type, subtype)) {
                String id = component.path("key").isTextual()
                        ? component.path("key").asText()
                        : component.path("id").asText(null);
                problems.add(Problem.error("form-component", id, subtype == null ? type : type + " (" + subtype + ")"));
            }
            if (component.path("components").isArray()) {
                components(component.path("components"), problems);
            }
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? failure.getMessage() : root.getMessage();
    }
}
