package lu.adem.tremplin.inbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import lu.adem.tremplin.inbox.form.TaskForm;
import lu.adem.tremplin.shared.FormComponents;
import lu.adem.tremplin.support.KaribuViewTest;

/**
 * The native Camunda Forms renderer, one test per supported component and per validation rule:
 * what the counsellor sees, the value the process receives, and the message a broken rule shows.
 */
class FormRendererTests extends KaribuViewTest {

    @BeforeEach
    void signInCounsellor() {
        signIn(data.counsellor(lu.adem.tremplin.shared.Agency.LUXEMBOURG));
    }

    private static FormRenderer render(Map<String, Object> variables, String... components) {
        FormRenderer form = new FormRenderer(
                TaskForm.parse("{\"id\": \"t\", \"components\": [" + String.join(",", components) + "]}"), variables);
        UI.getCurrent().add(form);
        return form;
    }

    private static FormRenderer render(String... components) {
        return render(Map.of(), components);
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(FormRenderer form, String key) {
        return (T) form.field(key);
    }

    private static TaskForm.Option option(HasValue<?, ?> field, Object value) {
        @SuppressWarnings("unchecked")
        var options = (com.vaadin.flow.data.provider.HasListDataView<TaskForm.Option, ?>) field;
        return options.getListDataView()
                .getItems()
                .filter(o -> o.value().equals(value))
                .findFirst()
                .orElseThrow();
    }

    private static String error(FormRenderer form, String key) {
        return ((com.vaadin.flow.component.HasValidation) form.field(key)).getErrorMessage();
    }

    // --- components

    @Test
    void shouldRenderTextAsMarkdownWithVariablesFilledIn() {
        FormRenderer form = render(
                Map.of("name", "Léa"),
                "{\"type\": \"text\", \"text\": \"### Your case\\nHello **{{name}}**, *welcome*; {{missing}}.\"}");

        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._get(form, H4.class)
                        .getText())
                .isEqualTo("Your case");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._get(form, Emphasis.class)
                        .getText())
                .isEqualTo("welcome");
        assertThat(form.getElement().getTextRecursively()).contains("Hello Léa, welcome; —.");
        assertThat(form.values()).isEmpty();
    }

    @Test
    void shouldRenderATextFieldWithItsLabelDescriptionAndValue() {
        FormRenderer form = render(
                Map.of("t", "kept"),
                "{\"type\": \"textfield\", \"key\": \"t\", \"label\": \"Name\", \"description\": \"As on the ID card\"}");
        TextField field = field(form, "t");

        assertThat(field.getLabel()).isEqualTo("Name");
        assertThat(field.getHelperText()).isEqualTo("As on the ID card");
        assertThat(field.getValue()).isEqualTo("kept");
        field.setValue("  ");
        assertThat(form.values()).containsEntry("t", null);
    }

    @Test
    void shouldRenderATextArea() {
        FormRenderer form = render("{\"type\": \"textarea\", \"key\": \"ta\", \"label\": \"Notes\"}");
        TextArea area = field(form, "ta");

        area.setValue("line one\nline two");

        assertThat(area.getLabel()).isEqualTo("Notes");
        assertThat(form.values()).containsEntry("ta", "line one\nline two");
    }

    @Test
    void shouldRenderANumberAndSendWholeNumbersAsWholeNumbers() {
        FormRenderer form = render(Map.of("n", 3L), "{\"type\": \"number\", \"key\": \"n\", \"label\": \"Hours\"}");
        NumberField number = field(form, "n");

        assertThat(number.getValue()).isEqualTo(3.0);
        number.setValue(2.5);
        assertThat(form.values()).containsEntry("n", 2.5);
        number.setValue(4.0);
        assertThat(form.values()).containsEntry("n", 4L);
    }

    @Test
    void shouldRenderACheckbox() {
        FormRenderer form = render("{\"type\": \"checkbox\", \"key\": \"c\", \"label\": \"Agreed\"}");
        Checkbox box = field(form, "c");

        assertThat(box.getLabel()).isEqualTo("Agreed");
        assertThat(box.getValue()).isFalse();
        box.setValue(true);
        assertThat(form.values()).containsEntry("c", true);
    }

    @Test
    void shouldRenderAChecklistAndSendTheChosenValues() {
        FormRenderer form = render(Map.of("cl", List.of("2")), """
                {"type": "checklist", "key": "cl", "label": "Devices",
                 "values": [{"label": "Computer", "value": "1"}, {"label": "Phone", "value": "2"}]}""");
        CheckboxGroup<TaskForm.Option> list = field(form, "cl");

        assertThat(list.getValue()).extracting(TaskForm.Option::label).containsExactly("Phone");
        list.setValue(Set.of(option(list, "1")));
        assertThat(form.values()).containsEntry("cl", List.of("1"));
    }

    @Test
    void shouldRenderARadioGroup() {
        FormRenderer form = render("""
                {"type": "radio", "key": "r", "label": "Route",
                 "values": [{"label": "Autonomous", "value": "AUTONOMOUS"}, {"label": "Club", "value": "CLUB"}]}""");
        RadioButtonGroup<TaskForm.Option> radio = field(form, "r");

        assertThat(radio.getListDataView().getItems())
                .extracting(TaskForm.Option::label)
                .containsExactly("Autonomous", "Club");
        radio.setValue(option(radio, "CLUB"));
        assertThat(form.values()).containsEntry("r", "CLUB");
    }

    @Test
    void shouldRenderASelectWithItsDefaultValue() {
        FormRenderer form = render("""
                {"type": "select", "key": "s", "label": "Club", "defaultValue": "ESCH",
                 "values": [{"label": "Luxembourg", "value": "LUX"}, {"label": "Esch-sur-Alzette", "value": "ESCH"}]}""");
        Select<TaskForm.Option> select = field(form, "s");

        assertThat(select.getLabel()).isEqualTo("Club");
        assertThat(select.getValue().label()).isEqualTo("Esch-sur-Alzette");
        assertThat(form.values()).containsEntry("s", "ESCH");
    }

    @Test
    void shouldRenderADate() {
        FormRenderer form = render(
                Map.of("d", "2026-12-03"),
                "{\"type\": \"datetime\", \"subtype\": \"date\", \"key\": \"d\", \"dateLabel\": \"Day\"}");
        DatePicker date = field(form, "d");

        assertThat(date.getLabel()).isEqualTo("Day");
        assertThat(date.getValue()).isEqualTo(LocalDate.of(2026, 12, 3));
        date.setValue(LocalDate.of(2027, 1, 4));
        assertThat(form.values()).containsEntry("d", "2027-01-04");
    }

    @Test
    void shouldRenderATime() {
        FormRenderer form =
                render("{\"type\": \"datetime\", \"subtype\": \"time\", \"key\": \"at\", \"timeLabel\": \"At\"}");
        TimePicker time = field(form, "at");

        time.setValue(LocalTime.of(9, 30));

        assertThat(time.getLabel()).isEqualTo("At");
        assertThat(form.values()).containsEntry("at", "09:30");
    }

    @Test
    void shouldRenderADateAndTime() {
        FormRenderer form = render(
                Map.of("when", "2026-12-03T14:00"),
                "{\"type\": \"datetime\", \"subtype\": \"datetime\", \"key\": \"when\", \"dateLabel\": \"Appointment\"}");
        DateTimePicker when = field(form, "when");

        assertThat(when.getValue()).isEqualTo(LocalDateTime.of(2026, 12, 3, 14, 0));
        when.setValue(LocalDateTime.of(2026, 12, 4, 8, 15));
        assertThat(form.values()).containsEntry("when", "2026-12-04T08:15");
    }

    @Test
    void shouldRenderAGroupAsALabelledGroupOfItsFields() {
        FormRenderer form = render("""
                {"type": "group", "id": "g1", "label": "Contact", "components": [
                  {"type": "textfield", "key": "phone", "label": "Phone"}]}""");

        H4 title = com.github.mvysny.kaributesting.v10.LocatorJ._get(form, H4.class);
        assertThat(title.getText()).isEqualTo("Contact");
        assertThat(title.getParent().orElseThrow().getElement().getAttribute("aria-labelledby"))
                .isEqualTo("group-g1");
        assertThat(form.field("phone")).isInstanceOf(TextField.class);
        assertThat(form.values()).containsOnlyKeys("phone");
    }

    @Test
    void shouldAddFillRemoveAndCheckEntriesOfADynamicList() {
        FormRenderer form = render(Map.of("people", List.of(Map.of("who", "Ana"))), """
                {"type": "dynamiclist", "key": "people", "label": "People", "components": [
                  {"type": "textfield", "key": "who", "label": "Who", "validate": {"required": true}}]}""");
        var list = form.lists.get("people");

        assertThat(list.entries).hasSize(1);
        list.add.click();
        assertThat(list.validate())
                .as("the new entry misses its required field")
                .isFalse();
        ((TextField) list.entries.get(1).field("who")).setValue("Luc");
        assertThat(list.validate()).isTrue();
        assertThat(form.values().get("people")).isEqualTo(List.of(Map.of("who", "Ana"), Map.of("who", "Luc")));
    }

    @Test
    void shouldNameAComponentItCannotShowInsteadOfDroppingIt() {
        FormRenderer form = render(
                "{\"type\": \"filepicker\", \"key\": \"fp\", \"label\": \"Attachment\"}",
                "{\"type\": \"datetime\", \"subtype\": \"week\", \"key\": \"w\", \"dateLabel\": \"Week\"}");

        assertThat(form.unsupported).containsExactly("filepicker", "datetime");
        assertThat(form.unsupportedPresent()).isTrue();
        assertThat(form.getElement().getTextRecursively())
                .contains("filepicker: Attachment")
                .contains("datetime: Week");
    }

    /** The deployment checks accept exactly {@link FormComponents}: each of them must render. */
    @Test
    void shouldRenderEveryComponentTheDeploymentChecksAccept() {
        List<String> components = new java.util.ArrayList<>();
        for (String type : FormComponents.RENDERED) {
            components.add("{\"type\": \"" + type + "\", \"key\": \"k_" + type + "\", \"label\": \"" + type
                    + "\", \"text\": \"t\","
                    + " \"values\": [{\"label\": \"A\", \"value\": \"a\"}], \"components\": []}");
        }
        for (String subtype : FormComponents.DATETIME_SUBTYPES) {
            components.add(
                    "{\"type\": \"datetime\", \"subtype\": \"" + subtype + "\", \"key\": \"d_" + subtype + "\"}");
        }

        FormRenderer form = render(components.toArray(String[]::new));

        assertThat(form.unsupported).isEmpty();
        assertThat(form.unsupportedPresent()).isFalse();
    }

    @Test
    void shouldHideAndShowAFieldByItsCondition() {
        FormRenderer form = render(
                "{\"type\": \"checkbox\", \"key\": \"other\", \"label\": \"Other reason\"}",
                "{\"type\": \"textfield\", \"key\": \"why\", \"label\": \"Why\", \"validate\": {\"required\": true},"
                        + " \"conditional\": {\"hide\": \"=other = false\"}}");
        TextField why = field(form, "why");

        assertThat(why.isVisible()).isFalse();
        assertThat(form.validate()).as("a hidden required field is not checked").isTrue();
        ((Checkbox) form.field("other")).setValue(true);
        assertThat(why.isVisible()).isTrue();
        assertThat(form.validate()).isFalse();
    }

    /** Issue 14: the hand-written FEEL subset threw on {@code =age > 18} and broke the task screen. */
    @Test
    void shouldHideAFieldWhileItsFeelComparisonHoldsAsFormJsDoes() {
        FormRenderer form = render(
                "{\"type\": \"number\", \"key\": \"age\", \"label\": \"Age\"}",
                "{\"type\": \"textfield\", \"key\": \"guardian\", \"label\": \"Guardian\", \"validate\": {\"required\": true},"
                        + " \"conditional\": {\"hide\": \"=age > 18\"}}");
        TextField guardian = field(form, "guardian");
        NumberField age = field(form, "age");

        assertThat(guardian.isVisible())
                .as("no age yet: null > 18 is null, which hides in form-js too")
                .isFalse();
        age.setValue(12d);
        assertThat(guardian.isVisible()).isTrue();
        assertThat(form.validate()).isFalse();
        age.setValue(30d);
        assertThat(guardian.isVisible()).isFalse();
        assertThat(form.validate()).isTrue();
    }

    @Test
    void shouldShowAFieldWhoseConditionIsBrokenInsteadOfFailing() {
        FormRenderer form = render("{\"type\": \"textfield\", \"key\": \"note\", \"label\": \"Note\","
                + " \"conditional\": {\"hide\": \"=substring(route, 99) = \\\"x\\\"\"}}");

        assertThat(((TextField) field(form, "note")).isVisible()).isTrue();
    }

    @Test
    void shouldFillTextWithFeel() {
        FormRenderer form = render(
                Map.of("name", "Léa", "sessions", 3L),
                "{\"type\": \"text\", \"text\": \"Hello {{ upper case(name) }}: {{ sessions * 2 }} hours\"}",
                "{\"type\": \"text\", \"text\": \"=\\\"Sessions left: \\\" + string(4 - sessions)\"}");

        assertThat(form.getElement().getTextRecursively())
                .contains("Hello LÉA: 6 hours")
                .contains("Sessions left: 1");
    }

    @Test
    void shouldNotCheckAFieldATaskVariableHides() {
        FormRenderer form = render(
                Map.of("route", "AUTONOMOUS"),
                "{\"type\": \"textfield\", \"key\": \"why\", \"label\": \"Why\","
                        + " \"validate\": {\"required\": true}, \"conditional\": {\"hide\": \"=route = \\\"AUTONOMOUS\\\"\"}}");

        assertThat(((TextField) field(form, "why")).isVisible()).isFalse();
        assertThat(form.validate()).isTrue();
    }

    // --- validation rules

    @Test
    void shouldRequireAValue() {
        FormRenderer form = render(
                "{\"type\": \"textfield\", \"key\": \"t\", \"label\": \"Name\", \"validate\": {\"required\": true}}");
        TextField field = field(form, "t");

        assertThat(field.isRequiredIndicatorVisible()).isTrue();
        assertThat(form.validate()).isFalse();
        assertThat(field.isInvalid()).isTrue();
        assertThat(error(form, "t")).isEqualTo("Required");
        field.setValue("Léa");
        assertThat(field.isInvalid()).as("typing clears the mark").isFalse();
        assertThat(form.validate()).isTrue();
    }

    @Test
    void shouldRequireARequiredCheckboxToBeTicked() {
        FormRenderer form = render(
                "{\"type\": \"checkbox\", \"key\": \"ok\", \"label\": \"I agree\", \"validate\": {\"required\": true}}");

        assertThat(form.validate()).isFalse();
        assertThat(((Checkbox) form.field("ok")).isInvalid()).isTrue();
        assertThat(error(form, "ok")).isEqualTo("Required");
        ((Checkbox) form.field("ok")).setValue(true);
        assertThat(form.validate()).isTrue();
    }

    @Test
    void shouldRefuseANumberBelowItsMinimum() {
        FormRenderer form =
                render("{\"type\": \"number\", \"key\": \"n\", \"label\": \"Hours\", \"validate\": {\"min\": 1}}");
        NumberField number = field(form, "n");

        number.setValue(0.0);
        assertThat(form.validate()).isFalse();
        assertThat(error(form, "n")).isEqualTo("Enter 1 or more");
        number.setValue(1.0);
        assertThat(form.validate()).isTrue();
    }

    @Test
    void shouldRefuseANumberAboveItsMaximum() {
        FormRenderer form =
                render("{\"type\": \"number\", \"key\": \"n\", \"label\": \"Hours\", \"validate\": {\"max\": 40}}");
        NumberField number = field(form, "n");

        number.setValue(41.0);
        assertThat(form.validate()).isFalse();
        assertThat(number.isInvalid()).isTrue();
        assertThat(error(form, "n")).isEqualTo("Enter 40 or less");
        number.setValue(40.0);
        assertThat(form.validate()).isTrue();
    }

    @Test
    void shouldRefuseTextShorterThanItsMinimumLength() {
        FormRenderer form = render(
                "{\"type\": \"textfield\", \"key\": \"t\", \"label\": \"Name\", \"validate\": {\"minLength\": 2}}");

        ((TextField) form.field("t")).setValue("L");
        assertThat(form.validate()).isFalse();
        assertThat(error(form, "t")).isEqualTo("Use at least 2 characters");
        ((TextField) form.field("t")).setValue("Lé");
        assertThat(form.validate()).isTrue();
    }

    @Test
    void shouldRefuseTextLongerThanItsMaximumLength() {
        FormRenderer form = render(
                "{\"type\": \"textarea\", \"key\": \"t\", \"label\": \"Notes\", \"validate\": {\"maxLength\": 5}}");

        ((TextArea) form.field("t")).setValue("too long");
        assertThat(form.validate()).isFalse();
        assertThat(error(form, "t")).isEqualTo("Use at most 5 characters");
        ((TextArea) form.field("t")).setValue("short");
        assertThat(form.validate()).isTrue();
    }

    @Test
    void shouldRefuseTextNotMatchingItsPattern() {
        FormRenderer form = render(
                "{\"type\": \"textfield\", \"key\": \"t\", \"label\": \"Postcode\", \"validate\": {\"pattern\": \"L-[0-9]{4}\"}}");

        ((TextField) form.field("t")).setValue("1234");
        assertThat(form.validate()).isFalse();
        assertThat(error(form, "t")).isEqualTo("This does not have the expected format (L-[0-9]{4})");
        ((TextField) form.field("t")).setValue("L-1234");
        assertThat(form.validate()).isTrue();
    }

    @Test
    void shouldRefuseAnEmailAddressWithoutItsParts() {
        FormRenderer form = render(
                "{\"type\": \"textfield\", \"key\": \"e\", \"label\": \"E-mail\", \"validate\": {\"validationType\": \"email\"}}");

        ((TextField) form.field("e")).setValue("lea.example.lu");
        assertThat(form.validate()).isFalse();
        assertThat(error(form, "e")).startsWith("Enter an e-mail address");
        ((TextField) form.field("e")).setValue("lea@example.lu");
        assertThat(form.validate()).isTrue();
    }

    @Test
    void shouldRefuseSomethingThatIsNotAPhoneNumber() {
        FormRenderer form = render(
                "{\"type\": \"textfield\", \"key\": \"p\", \"label\": \"Phone\", \"validate\": {\"validationType\": \"phone\"}}");

        ((TextField) form.field("p")).setValue("call me");
        assertThat(form.validate()).isFalse();
        ((TextField) form.field("p")).setValue("+352 247 88888");
        assertThat(form.validate()).isTrue();
    }

    @Test
    void shouldRequireAnEntryInARequiredDynamicList() {
        FormRenderer form = render("""
                {"type": "dynamiclist", "key": "people", "label": "People", "validate": {"required": true}, "components": [
                  {"type": "textfield", "key": "who", "label": "Who"}]}""");
        var list = form.lists.get("people");

        assertThat(form.validate()).isFalse();
        assertThat(list.problem.getText()).isEqualTo("Required");
        list.add.click();
        assertThat(form.validate()).isTrue();
    }

    @Test
    void shouldSayWhatIsWrongInTheUsersLanguage() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        FormRenderer form = render(
                "{\"type\": \"number\", \"key\": \"n\", \"label\": \"Heures\", \"validate\": {\"min\": 1, \"required\": true}}");

        assertThat(form.validate()).isFalse();
        assertThat(error(form, "n")).isEqualTo("Obligatoire");
        ((NumberField) form.field("n")).setValue(0.0);
        form.validate();
        assertThat(error(form, "n")).isEqualTo("Saisissez 1 ou plus");
        UI.getCurrent().setLocale(Locale.GERMAN);
        form.validate();
        assertThat(error(form, "n")).isEqualTo("Geben Sie 1 oder mehr ein");
    }
}
