package lu.adem.tremplin.modeler;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.w3c.dom.Document;

/**
 * Tremplin's own rules for a BPMN draft, on top of bpmnlint's recommended rules (run in the editor):
 * <ul>
 * <li>{@code user-task-candidate-group}: every user task offers itself to a candidate group (an agency's
 * inbox), else no counsellor ever sees it;</li>
 * <li>{@code user-task-form}: every user task names a Camunda Form ({@code camunda:formRef}) that is
 * deployed;</li>
 * <li>{@code history-time-to-live}: every executable process sets {@code camunda:historyTimeToLive}
 * (Camunda 7.24 refuses it otherwise, and the GDPR retention depends on it);</li>
 * <li>{@code timer}: every timer's date, duration or cycle parses (ISO 8601, or an expression);</li>
 * <li>and the code the diagram makes the engine run ({@link CodeRules}): {@code delegate-bean} (every
 * {@code delegateExpression} names one of Tremplin's delegates or listeners), no Java class, no script,
 * no external task or connector, expressions without reflection naming no other bean.</li>
 * </ul>
 */
final class TremplinRules {

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern EXPRESSION = Pattern.compile(".*[$#]\\{.+}.*");
    private static final Pattern CRON = Pattern.compile("^\\S+(\\s+\\S+){5,6}$");
    private static final Pattern CYCLE = Pattern.compile("^R(\\d*)/(.+)$");

    private TremplinRules() {}

    /**
     * @param forms the field keys of the Camunda Form of this key, when it is deployed (or deployed with
     *        the diagram): the variables its user task sets
     * @param allowed whether an expression may name this bean ({@link lu.adem.tremplin.shared.ProcessBeans})
     * @param bean whether the application has a bean of this name
     */
    static List<Problem> check(
            BpmnModelInstance model,
            Function<String, Optional<Set<String>>> forms,
            Predicate<String> allowed,
            Predicate<String> bean) {
        List<Problem> problems = new ArrayList<>();
        Set<String> formVariables = new HashSet<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.isExecutable() && blank(process.getAttributeValueNs(CAMUNDA, "historyTimeToLive"))) {
                problems.add(Problem.error("history-time-to-live", process.getId(), null));
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (blank(task.getCamundaCandidateGroups())) {
                problems.add(Problem.error("user-task-candidate-group", task.getId(), task.getName()));
            }
            String form = task.getAttributeValueNs(CAMUNDA, "formRef");
            if (blank(form)) {
                problems.add(Problem.error("user-task-form", task.getId(), task.getName()));
            } else if (!EXPRESSION.matcher(form).matches()) {
                forms.apply(form)
                        .ifPresentOrElse(
                                formVariables::addAll,
                                () -> problems.add(Problem.error("user-task-form-missing", task.getId(), form)));
            }
        }
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            timer(timer, problems);
        }
        problems.addAll(
                CodeRules.check((Document) model.getDocument().getDomSource().getNode(), formVariables, allowed, bean));
        return problems;
    }

    private static void timer(TimerEventDefinition timer, List<Problem> problems) {
        String owner = timer.getParentElement() instanceof BaseElement base ? base.getId() : timer.getId();
        String date = timer.getTimeDate() == null ? null : timer.getTimeDate().getTextContent();
        String duration =
                timer.getTimeDuration() == null ? null : timer.getTimeDuration().getTextContent();
        String cycle =
                timer.getTimeCycle() == null ? null : timer.getTimeCycle().getTextContent();
        if (blank(date) && blank(duration) && blank(cycle)) {
            problems.add(Problem.error("timer", owner, ""));
            return;
        }
        String value = (blank(date) ? blank(duration) ? cycle : duration : date).trim();
        if (EXPRESSION.matcher(value).matches()) {
            return;
        }
        boolean parses = !blank(date) ? isDate(value) : !blank(duration) ? isDuration(value) : isCycle(value);
        if (!parses) {
            problems.add(Problem.error("timer", owner, value));
        }
    }

    static boolean isDuration(String value) {
        try {
            DatatypeFactory.newInstance().newDuration(value);
            return true;
        } catch (IllegalArgumentException | DatatypeConfigurationException wrong) {
            return false;
        }
    }

    private static boolean isDate(String value) {
        try {
            OffsetDateTime.parse(value);
            return true;
        } catch (RuntimeException notWithOffset) {
            try {
                java.time.LocalDateTime.parse(value);
                return true;
            } catch (RuntimeException wrong) {
                return false;
            }
        }
    }

    private static boolean isCycle(String value) {
        if (CRON.matcher(value).matches()) {
            return true;
        }
        Matcher cycle = CYCLE.matcher(value);
        if (!cycle.matches()) {
            return false;
        }
        String[] parts = cycle.group(2).split("/");
        return Set.of(1, 2).contains(parts.length) && (isDuration(parts[parts.length - 1]) || isDate(parts[0]));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
