package lu.adem.tremplin.shared;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The names of a process's steps (and of the process itself) in the user's language, as the process owner
 * gave them in the diagram: Camunda extension properties {@code name:fr}, {@code name:de} (and, if one is
 * ever wanted, {@code name:en}) on each element, edited in the workbench's properties panel under
 * <i>Extension properties</i> (ADR 0030). Without one for the language, the BPMN name; without a name, the
 * element's id.
 *
 * <p>Names are read from the case's own process definition, so a case on an older version keeps that
 * version's names. A deployed definition never changes: its names are read once per definition id and
 * kept, so translating a whole page of tasks costs no query.
 */
@Component
public class StepNames {

    /** Extension property naming an element in a language: {@code name:} followed by the language code. */
    public static final String PROPERTY_PREFIX = "name:";

    private static final Logger log = LoggerFactory.getLogger(StepNames.class);

    private final Function<String, BpmnModelInstance> models;
    private final Map<String, Map<String, Names>> byDefinition = new ConcurrentHashMap<>();

    @Autowired
    public StepNames(RepositoryService repositoryService, EngineAsSystem asSystem) {
        // names are no secret of the case: read on Tremplin's behalf (counsellors hold no right on definitions)
        this(definitionId -> asSystem.call(() -> repositoryService.getBpmnModelInstance(definitionId)));
    }

    /** With another source of models: for tests. */
    public StepNames(Function<String, BpmnModelInstance> models) {
        this.models = models;
    }

    /**
     * The name of {@code elementId} (a step, or the process's id for the process itself) in the process
     * definition {@code definitionId}, in {@code locale}'s language; else its BPMN name; else the id.
     */
    public String name(String definitionId, String elementId, Locale locale) {
        return name(definitionId, elementId, locale, null);
    }

    /**
     * As {@link #name(String, String, Locale)}, but {@code otherwise} (when not null) rather than the BPMN
     * name when the element has no name in that language: the name the engine recorded for a task or an
     * activity instance, say.
     */
    public String name(String definitionId, String elementId, Locale locale, String otherwise) {
        if (elementId == null) {
            return otherwise;
        }
        Names names = definitionId == null ? null : namesOf(definitionId).get(elementId);
        String translated =
                names == null || locale == null ? null : names.byLanguage().get(locale.getLanguage());
        if (translated != null) {
            return translated;
        }
        if (otherwise != null) {
            return otherwise;
        }
        return names != null && names.bpmnName() != null ? names.bpmnName() : elementId;
    }

    /** The languages each element of a model is named in, by element id: what {@link #name} reads. */
    public static Map<String, Names> read(BpmnModelInstance model) {
        Map<String, Names> names = new HashMap<>();
        model.getModelElementsByType(Process.class).forEach(process -> names.put(process.getId(), namesOf(process)));
        model.getModelElementsByType(FlowElement.class)
                .forEach(element -> names.put(element.getId(), namesOf(element)));
        return Map.copyOf(names);
    }

    /** An element's BPMN name and its names by language code. */
    public record Names(String bpmnName, Map<String, String> byLanguage) {}

    private Map<String, Names> namesOf(String definitionId) {
        Map<String, Names> cached = byDefinition.get(definitionId);
        if (cached != null) {
            return cached;
        }
        try {
            BpmnModelInstance model = models.apply(definitionId);
            if (model == null) {
                return Map.of();
            }
            Map<String, Names> names = read(model);
            byDefinition.put(definitionId, names);
            return names;
        } catch (ProcessEngineException e) {
            // a definition deleted meanwhile: its steps keep their ids rather than break the screen
            log.warn("No names for process definition {}: {}", definitionId, e.getMessage());
            return Map.of();
        }
    }

    private static Names namesOf(BaseElement element) {
        String bpmnName = element.getAttributeValue("name");
        Map<String, String> byLanguage = new HashMap<>();
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions != null) {
            extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                    .flatMap(properties -> properties.getCamundaProperties().stream())
                    .filter(property -> property.getCamundaName() != null
                            && property.getCamundaName().startsWith(PROPERTY_PREFIX))
                    .filter(property -> property.getCamundaValue() != null
                            && !property.getCamundaValue().isBlank())
                    .forEach(property -> byLanguage.putIfAbsent(
                            language(property), property.getCamundaValue().strip()));
        }
        return new Names(bpmnName == null || bpmnName.isBlank() ? null : bpmnName, Map.copyOf(byLanguage));
    }

    private static String language(CamundaProperty property) {
        return property.getCamundaName()
                .substring(PROPERTY_PREFIX.length())
                .strip()
                .toLowerCase(Locale.ROOT);
    }
}
