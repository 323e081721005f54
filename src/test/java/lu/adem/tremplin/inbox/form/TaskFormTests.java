package lu.adem.tremplin.inbox.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import lu.adem.tremplin.shared.FormFeel;

/** Tremplin's reading of Camunda Forms: every form of forms/ parses, and the form's rules are checked. */
class TaskFormTests {

    static final Set<String> RENDERED = Set.of(
            "text",
            "textfield",
            "textarea",
            "number",
            "checkbox",
            "checklist",
            "radio",
            "select",
            "datetime",
            "group",
            "dynamiclist");

    static final String FORM = """
            {"id": "sample", "components": [
              {"type": "textfield", "key": "name", "label": "Name", "validate": {"required": true, "minLength": 2, "maxLength": 5}},
              {"type": "textfield", "key": "code", "label": "Code", "validate": {"pattern": "^[A-Z]{2}$"}},
              {"type": "number", "key": "sessions", "label": "Sessions", "validate": {"min": 2, "max": 4}},
              {"type": "radio", "key": "choice", "label": "Choice", "values": [{"label": "A", "value": "A"}, {"label": "B", "value": "B"}]},
              {"type": "group", "label": "More", "components": [
                {"type": "textarea", "key": "reason", "label": "Reason", "validate": {"required": true},
                 "conditional": {"hide": "=choice != \\"B\\""}}]},
              {"type": "checkbox", "key": "agreed", "label": "Agreed", "validate": {"required": true}}
            ]}""";

    private static Map<String, Object> valid() {
        Map<String, Object> values =
                new HashMap<>(Map.of("name", "Ana", "code", "LU", "sessions", 3L, "choice", "A", "agreed", true));
        return values;
    }

    @Test
    void shouldReadEveryFormOfTheRepositoryWithComponentsTremplinRenders() throws Exception {
        try (var files = Files.list(Path.of("forms"))) {
            List<Path> forms =
                    files.filter(path -> path.toString().endsWith(".form")).toList();
            assertThat(forms).hasSizeGreaterThanOrEqualTo(15);
            for (Path path : forms) {
                TaskForm form = TaskForm.parse(Files.readString(path));
                List<String> types = new java.util.ArrayList<>();
                collect(form.components(), types);
                assertThat(types).as(path.toString()).allMatch(RENDERED::contains);
            }
        }
    }

    private static void collect(List<TaskForm.Component> components, List<String> types) {
        components.forEach(component -> {
            types.add(component.type());
            collect(component.components(), types);
        });
    }

    /**
     * Every condition of forms/, evaluated by the engine's FEEL with each option of each field of its form
     * (and with nothing filled in): it evaluates without failing, and hides its field for some answers and
     * shows it for others.
     */
    @Test
    void shouldEvaluateEveryConditionOfTheRepositorysFormsBothWays() throws Exception {
        int conditions = 0;
        try (var files = Files.list(Path.of("forms"))) {
            for (Path path :
                    files.filter(file -> file.toString().endsWith(".form")).toList()) {
                TaskForm form = TaskForm.parse(Files.readString(path));
                List<Map<String, Object>> samples = new java.util.ArrayList<>(List.of(Map.of()));
                form.fields()
                        .forEach(field ->
                                field.options().forEach(option -> samples.add(Map.of(field.key(), option.value()))));
                for (TaskForm.Component field : form.fields()) {
                    if (field.hide() == null) {
                        continue;
                    }
                    conditions++;
                    Set<Object> outcomes = new java.util.HashSet<>();
                    for (Map<String, Object> sample : samples) {
                        outcomes.add(
                                FormFeel.condition(field.hide()).evaluate(FeelCondition.asFormJsSees(form, sample)));
                    }
                    assertThat(outcomes)
                            .as(path + ", " + field.key() + ": " + field.hide())
                            .containsExactlyInAnyOrder(true, false);
                }
            }
        }
        assertThat(conditions).isGreaterThanOrEqualTo(8);
    }

    @Test
    void shouldSeeAnEmptyTextFieldAsFormJsDoesInConditions() {
        TaskForm form = TaskForm.parse("""
                {"id": "t", "components": [
                  {"type": "textfield", "key": "note", "label": "Note"},
                  {"type": "number", "key": "count", "label": "Count"},
                  {"type": "textarea", "key": "why", "label": "Why", "validate": {"required": true}, "conditional": {"hide": "=note = \\"\\""}},
                  {"type": "textarea", "key": "how", "label": "How", "validate": {"required": true}, "conditional": {"hide": "=count = null"}}
                ]}""");

        assertThat(FeelCondition.asFormJsSees(form, new HashMap<>()))
                .containsEntry("note", "")
                .containsEntry("why", "")
                .doesNotContainKey("count");
        assertThat(form.problems(new HashMap<>()))
                .as("an empty note is \"\", an empty count null")
                .isEmpty();
        assertThat(form.problems(Map.of("note", "x", "count", 2L))).containsOnlyKeys("why", "how");
    }

    @Test
    void shouldLetConditionsSeeTheTasksVariablesAsTheTaskScreenDoes() {
        TaskForm form = TaskForm.parse("""
                {"id": "t", "components": [{"type": "textarea", "key": "why", "label": "Why", "validate": {"required": true},
                  "conditional": {"hide": "=route = \\"AUTONOMOUS\\" and why = \\"\\""}}]}""");

        assertThat(form.problems(Map.of(), Map.of("route", "AUTONOMOUS"))).isEmpty();
        assertThat(form.problems(Map.of(), Map.of("route", "GUIDED_START"))).containsOnlyKeys("why");
    }

    @Test
    void shouldAcceptValidValuesAndListTheKeysInsideGroups() {
        TaskForm form = TaskForm.parse(FORM);

        assertThat(form.problems(valid())).isEmpty();
        assertThat(form.keys()).containsExactly("name", "code", "sessions", "choice", "reason", "agreed");
    }

    @Test
    void shouldCheckRequired() {
        Map<String, Object> values = valid();
        values.remove("name");
        values.put("agreed", false);
        assertThat(TaskForm.parse(FORM).problems(values)).containsOnlyKeys("name", "agreed");
    }

    @Test
    void shouldCheckLengthsAndPattern() {
        Map<String, Object> values = valid();
        values.put("name", "A");
        values.put("code", "lux");
        assertThat(TaskForm.parse(FORM).problems(values))
                .containsEntry("name", "at least 2 characters")
                .containsEntry("code", "does not match ^[A-Z]{2}$");
        values.put("name", "Anastasia");
        assertThat(TaskForm.parse(FORM).problems(values)).containsEntry("name", "at most 5 characters");
    }

    @Test
    void shouldCheckMinAndMax() {
        Map<String, Object> values = valid();
        values.put("sessions", 1L);
        assertThat(TaskForm.parse(FORM).problems(values)).containsEntry("sessions", "at least 2");
        values.put("sessions", 5L);
        assertThat(TaskForm.parse(FORM).problems(values)).containsEntry("sessions", "at most 4");
    }

    @Test
    void shouldCheckAHiddenFieldOnlyOnceItShows() {
        Map<String, Object> values = valid();
        assertThat(TaskForm.parse(FORM).problems(values)).doesNotContainKey("reason");
        values.put("choice", "B");
        assertThat(TaskForm.parse(FORM).problems(values)).containsEntry("reason", "required");
    }

    @Test
    void shouldRefuseAValueThatIsNoOption() {
        Map<String, Object> values = valid();
        values.put("choice", "Z");
        assertThat(TaskForm.parse(FORM).problems(values)).containsEntry("choice", "not one of the options");
    }

    static final String LIST = """
            {"id": "list", "components": [
              {"type": "dynamiclist", "key": "people", "label": "People", "validate": {"required": true}, "components": [
                {"type": "textfield", "key": "who", "label": "Who", "validate": {"required": true}},
                {"type": "number", "key": "age", "label": "Age", "validate": {"min": 16}}]}
            ]}""";

    @Test
    void shouldCheckEveryEntryOfADynamicListAndKeepItsFieldsInside() {
        TaskForm form = TaskForm.parse(LIST);

        assertThat(form.keys()).containsExactly("people");
        assertThat(form.problems(Map.of())).containsEntry("people", "required");
        assertThat(form.problems(Map.of("people", List.of(Map.of("who", "Ana", "age", 30L), Map.of("age", 12L)))))
                .containsEntry("people", "entry 2, who: required");
        assertThat(form.problems(Map.of("people", List.of(Map.of("who", "Ana", "age", 30L)))))
                .isEmpty();
    }
}
