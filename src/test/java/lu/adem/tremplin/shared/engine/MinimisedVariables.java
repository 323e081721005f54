package lu.adem.tremplin.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;

import lu.adem.tremplin.assessment.DigitalReadinessProcess;
import lu.adem.tremplin.onboarding.OnboardingProcess;

/**
 * Minimisation check (issue 17, point 4): walks every historic variable instance and every variable update
 * in the engine's history and fails on a value that holds one of the given personal values (names, email,
 * phone), anything shaped like an email address or a phone number, or free text in a variable that is not
 * meant for it. Names the variable, its process and the kind of value found.
 */
final class MinimisedVariables {

    /** The variables meant for free text: reasons a counsellor writes down. */
    static final Set<String> FREE_TEXT = Set.of(
            DigitalReadinessProcess.VAR_OVERRIDE_REASON,
            OnboardingProcess.VAR_DECLINE_REASON,
            OnboardingProcess.VAR_INELIGIBLE_REASON,
            OnboardingProcess.VAR_WITHDRAW_REASON);

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ./-]{7,}\\d");
    /** Free text: three words or more. Codes, ids and lists of ids have no spaces. */
    private static final Pattern PROSE = Pattern.compile("\\S+\\s+\\S+\\s+\\S+");

    private MinimisedVariables() {}

    static void assertNone(HistoryService history, List<String> personalValues) {
        List<String> problems = new ArrayList<>();
        List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
                .disableCustomObjectDeserialization()
                .list();
        for (HistoricVariableInstance variable : variables) {
            check(
                    variable.getName(),
                    variable.getProcessDefinitionKey(),
                    variable.getValue(),
                    personalValues,
                    problems);
        }
        List<HistoricDetail> details = history.createHistoricDetailQuery()
                .variableUpdates()
                .disableCustomObjectDeserialization()
                .list();
        for (HistoricDetail detail : details) {
            HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
            check(
                    update.getVariableName(),
                    update.getProcessDefinitionKey(),
                    update.getValue(),
                    personalValues,
                    problems);
        }
        assertThat(variables).as("the journey wrote variables").isNotEmpty();
        assertThat(problems).as("personal data in process variables").isEmpty();
    }

    private static void check(
            String name, String process, Object value, List<String> personalValues, List<String> problems) {
        if (!(value instanceof String text) || text.isBlank()) {
            return;
        }
        for (String personal : personalValues) {
            boolean word = personal.chars().allMatch(Character::isLetter);
            if (word
                    ? Pattern.compile("\\b" + Pattern.quote(personal) + "\\b")
                            .matcher(text)
                            .find()
                    : text.contains(personal)) {
                problems.add(process + "." + name + " holds a name or contact detail of the jobseeker");
            }
        }
        if (EMAIL.matcher(text).find()) {
            problems.add(process + "." + name + " holds an email address");
        }
        if (PHONE.matcher(text).find()) {
            problems.add(process + "." + name + " holds a phone number");
        }
        if (!FREE_TEXT.contains(name) && PROSE.matcher(text).find()) {
            problems.add(process + "." + name + " holds free text: " + text.length() + " characters");
        }
    }
}
