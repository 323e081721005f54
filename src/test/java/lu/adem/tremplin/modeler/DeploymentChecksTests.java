package lu.adem.tremplin.modeler;

import static lu.adem.tremplin.modeler.TremplinRulesTests.diagram;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import lu.adem.tremplin.shared.FormComponents;

/**
 * The checks every deployment path shares, rule by rule: a resource that breaks the rule, named with
 * its element, and the same resource keeping it.
 */
class DeploymentChecksTests {

    private static final Map<String, String> FORMS = Map.of(
            "privacy-notice",
            "{\"id\": \"privacy-notice\", \"components\": [{\"type\": \"checkbox\", \"key\": \"dataSource\"}]}");
    /** {@code ProcessBeans} of the test, and every bean of its application. */
    private static final Set<String> ALLOWED = Set.of("sendInvitation");

    private static final Set<String> BEANS =
            Set.of("sendInvitation", "identityService", "dataSource", "systemEnvironment");

    private final DeploymentChecks checks = new DeploymentChecks(
            key -> Optional.ofNullable(FORMS.get(key)).map(DeploymentChecksTests::bytes),
            ALLOWED::contains,
            BEANS::contains);

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<Problem> check(String name, String content) {
        return checks.check(name, bytes(content));
    }

    /** {@code rule@element} of each problem of a diagram with this element. */
    private List<String> bpmn(String element) {
        return check("p.bpmn", diagram("180", element)).stream()
                .map(p -> p.rule() + "@" + p.elementId())
                .toList();
    }

    private static String serviceTask(String attributes, String extensions) {
        return "<bpmn:serviceTask id=\"s\" " + attributes + ">"
                + (extensions.isEmpty() ? "" : "<bpmn:extensionElements>" + extensions + "</bpmn:extensionElements>")
                + "</bpmn:serviceTask>";
    }

    // --- every resource

    @ParameterizedTest
    @ValueSource(strings = {"payload.js", "diagram.bpmn20.xml", "diagram.png", "p.BPMN", "decision.dmn11.xml"})
    void shouldRefuseResourcesOtherThanBpmnDmnAndForms(String name) {
        assertThat(check(name, "whatever"))
                .extracting(Problem::rule, Problem::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("resource-kind", name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"p.bpmn", "d.dmn", "f.form"})
    void shouldRefuseAResourceOverFiveMegabytes(String name) {
        String huge = "<a>" + "x".repeat(SafeXml.MAX_BYTES) + "</a>";

        assertThat(check(name, huge)).extracting(Problem::rule).containsExactly("too-large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"p.bpmn", "d.dmn"})
    void shouldRefuseADoctypeBeforeAnyParserReadsIt(String name) {
        String xxe =
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]><d>&secret;</d>";
        String laughs =
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><d>&c;</d>";

        assertThat(check(name, xxe)).extracting(Problem::rule).containsExactly("doctype");
        assertThat(check(name, laughs)).extracting(Problem::rule).containsExactly("doctype");
        assertThat(check(name, "<d><unclosed></d>")).extracting(Problem::rule).containsExactly("malformed-xml");
    }

    @Test
    void shouldRefuseElementsNestedDeeperThanTheParsersWalk() {
        String deep = "<a>".repeat(SafeXml.MAX_DEPTH + 1) + "</a>".repeat(SafeXml.MAX_DEPTH + 1);

        assertThat(check("p.bpmn", deep)).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo("malformed-xml");
            assertThat(problem.detail()).contains(String.valueOf(SafeXml.MAX_DEPTH));
        });
        assertThat(check(
                        "p.bpmn",
                        diagram("180", "<bpmn:subProcess id=\"sub\"><bpmn:startEvent id=\"s2\"/></bpmn:subProcess>")))
                .isEmpty();
    }

    // --- BPMN: what code a diagram runs

    @Test
    void shouldRefuseJavaClassesWherever() {
        assertThat(bpmn(serviceTask("camunda:class=\"com.example.Run\"", ""))).containsExactly("java-class@s");
        assertThat(bpmn(serviceTask(
                        "camunda:delegateExpression=\"${sendInvitation}\"",
                        "<camunda:executionListener event=\"start\" class=\"com.example.Listen\"/>")))
                .containsExactly("java-class@s");
        assertThat(bpmn(
                        "<bpmn:userTask id=\"t\" camunda:candidateGroups=\"agency-wiltz\" camunda:formRef=\"privacy-notice\">"
                                + "<bpmn:extensionElements><camunda:taskListener event=\"create\" class=\"com.example.Listen\"/>"
                                + "</bpmn:extensionElements></bpmn:userTask>"))
                .containsExactly("java-class@t");
        assertThat(bpmn(
                        "<bpmn:intermediateThrowEvent id=\"m\"><bpmn:messageEventDefinition camunda:class=\"com.example.Send\"/>"
                                + "</bpmn:intermediateThrowEvent>"))
                .containsExactly("java-class@m");
        assertThat(
                        bpmn(
                                "<bpmn:callActivity id=\"c\" calledElement=\"x\" camunda:variableMappingClass=\"com.example.Map\"/>"))
                .containsExactly("java-class@c");
        assertThat(
                        bpmn(
                                "<bpmn:serviceTask id=\"s\" xmlns:activiti=\"http://activiti.org/bpmn\" activiti:class=\"com.example.Run\"/>"))
                .as("the legacy namespace Camunda 7 still reads")
                .containsExactly("java-class@s");
    }

    @Test
    void shouldRefuseScripts() {
        assertThat(bpmn("<bpmn:scriptTask id=\"run\" scriptFormat=\"groovy\"><bpmn:script>'ls'.execute()</bpmn:script>"
                        + "</bpmn:scriptTask>"))
                .containsExactly("script@run");
        assertThat(bpmn(serviceTask(
                        "camunda:delegateExpression=\"${sendInvitation}\"",
                        "<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"javascript\">1</camunda:script>"
                                + "</camunda:executionListener>")))
                .containsExactly("script@s");
        assertThat(bpmn(serviceTask(
                        "camunda:delegateExpression=\"${sendInvitation}\"",
                        "<camunda:inputOutput><camunda:inputParameter name=\"x\"><camunda:script scriptFormat=\"groovy\">1"
                                + "</camunda:script></camunda:inputParameter></camunda:inputOutput>")))
                .containsExactly("script@s");
        assertThat(
                        bpmn(
                                "<bpmn:sequenceFlow id=\"f\" sourceRef=\"start\" targetRef=\"start\">"
                                        + "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"groovy\""
                                        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">true</bpmn:conditionExpression></bpmn:sequenceFlow>"))
                .containsExactly("script@f");
    }

    @Test
    void shouldRefuseExternalTasksAndConnectors() {
        assertThat(bpmn(serviceTask("camunda:type=\"external\" camunda:topic=\"anything\"", "")))
                .containsExactly("external-task@s");
        assertThat(bpmn(serviceTask(
                        "",
                        "<camunda:connector><camunda:connectorId>http-connector</camunda:connectorId>"
                                + "</camunda:connector>")))
                .containsExactly("external-task@s");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "${''.getClass().forName('java.lang.Runtime')}",
                "${''['class']}",
                "${x['getClass']()}",
                "${x[name]()}",
                "${execution.getProcessEngineServices().identityService}",
                "${execution.processEngine}",
                "${java.lang.System}",
                "${t.getContextClassLoader()}",
                "${m.invoke(null)}",
                "${c.newInstance()}",
                "#{ProcessBuilder}",
                "${app.getBean('dataSource')}"
            })
    void shouldRefuseReflectionAndSystemAccessInAnyExpression(String expression) {
        String escaped = expression.replace("'", "&apos;");
        assertThat(bpmn(serviceTask("camunda:expression=\"" + escaped + "\"", "")))
                .containsExactly("expression-forbidden@s");
        assertThat(bpmn(serviceTask(
                        "camunda:delegateExpression=\"${sendInvitation}\"",
                        "<camunda:inputOutput><camunda:inputParameter name=\"x\">" + expression.replace("'", "&apos;")
                                + "</camunda:inputParameter></camunda:inputOutput>")))
                .containsExactly("expression-forbidden@s");
        assertThat(bpmn(serviceTask("camunda:delegateExpression=\"" + escaped + "\"", "")))
                .as("in a delegate expression too")
                .containsExactly("expression-forbidden@s");
        assertThat(bpmn("<bpmn:intermediateCatchEvent id=\"wait\"><bpmn:timerEventDefinition><bpmn:timeDuration>"
                        + escaped + "</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>"))
                .containsExactly("expression-forbidden@wait");
    }

    @Test
    void shouldNameTheForbiddenToken() {
        assertThat(check("p.bpmn", diagram("180", serviceTask("camunda:expression=\"${''.getClass()}\"", ""))))
                .extracting(Problem::detail)
                .containsExactly("getClass");
    }

    @Test
    void shouldRefuseExpressionsNamingABeanOutsideTremplinsDelegates() {
        assertThat(bpmn(serviceTask("camunda:expression=\"${identityService.deleteUser('admin')}\"", "")))
                .containsExactly("expression-bean@s");
        assertThat(bpmn("<bpmn:userTask id=\"t\" camunda:candidateGroups=\"${systemEnvironment['HOME']}\""
                        + " camunda:formRef=\"privacy-notice\"/>"))
                .containsExactly("expression-bean@t");
        assertThat(
                        bpmn(
                                "<bpmn:sequenceFlow id=\"f\" sourceRef=\"start\" targetRef=\"start\">"
                                        + "<bpmn:conditionExpression>${ok and dataSource != null}</bpmn:conditionExpression></bpmn:sequenceFlow>"))
                .containsExactly("expression-bean@f");
        assertThat(check("p.bpmn", diagram("180", serviceTask("camunda:expression=\"${identityService}\"", ""))))
                .extracting(Problem::detail)
                .containsExactly("identityService");
    }

    @Test
    void shouldTakeANameTheProcessSetsForAVariableEvenWhenABeanHasIt() {
        String condition = "<bpmn:sequenceFlow id=\"f\" sourceRef=\"start\" targetRef=\"start\">"
                + "<bpmn:conditionExpression>${identityService == 'x'}</bpmn:conditionExpression></bpmn:sequenceFlow>";
        String setByItsOutput = serviceTask(
                "camunda:delegateExpression=\"${sendInvitation}\"",
                "<camunda:inputOutput><camunda:outputParameter name=\"identityService\">x</camunda:outputParameter>"
                        + "</camunda:inputOutput>");
        String formSettingIt =
                "<bpmn:userTask id=\"t\" camunda:candidateGroups=\"agency-wiltz\" camunda:formRef=\"privacy-notice\"/>";

        assertThat(bpmn(condition)).containsExactly("expression-bean@f");
        assertThat(bpmn(condition + setByItsOutput)).isEmpty();
        assertThat(bpmn(condition.replace("identityService", "dataSource") + formSettingIt))
                .as("a field of a user task's form, as courseChoice of choose-course")
                .isEmpty();
    }

    @Test
    void shouldAcceptTheExpressionsTremplinsDiagramsUse() {
        String task = """
                <bpmn:userTask id="t" camunda:candidateGroups="agency-${agency}" camunda:formRef="privacy-notice"
                    camunda:dueDate="${dateTime().plusDays(14).toDate()}">
                  <bpmn:extensionElements><camunda:taskListener delegateExpression="${sendInvitation}" event="complete"/>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:exclusiveGateway id="g"/>
                <bpmn:sequenceFlow id="f1" sourceRef="g" targetRef="t">
                  <bpmn:conditionExpression>${execution.getVariable('assessmentMode') == 'SELF'}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="f2" sourceRef="g" targetRef="t">
                  <bpmn:conditionExpression>${route == 'AUTONOMOUS' &amp;&amp; !eligible}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:callActivity id="c" calledElement="x">
                  <bpmn:extensionElements><camunda:in businessKey="#{execution.processBusinessKey}"/></bpmn:extensionElements>
                </bpmn:callActivity>
                <bpmn:serviceTask id="s" camunda:delegateExpression="${sendInvitation}">
                  <bpmn:documentation>Runs ${''.getClass()}: prose, never evaluated.</bpmn:documentation>
                </bpmn:serviceTask>""";

        assertThat(bpmn(task)).isEmpty();
    }

    @Test
    void shouldReadExpressionsAndTheNamesTheyStartFrom() {
        assertThat(Expressions.in("agency-${agency} and #{x == '}'} ${open"))
                .containsExactly("agency", "x == '}'", "open");
        assertThat(Expressions.roots("execution.getVariable('mode') == 'SELF' && !empty route ? dateTime() : a[b]"))
                .containsExactly("execution", "route", "a", "b");
    }

    // --- DMN

    private static String decision(String definitionsAttributes, String inputLanguage, String ttl) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                    id="defs" name="D" namespace="https://tremplin.test" %s>
                  <decision id="route" name="Route" %s>
                    <decisionTable id="table">
                      <input id="in"><inputExpression id="in-expression" typeRef="integer" %s><text>score</text></inputExpression></input>
                      <output id="out" name="route" typeRef="string"/>
                      <rule id="r1"><inputEntry id="e1"><text>&gt; 1</text></inputEntry><outputEntry id="o1"><text>"A"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(
                definitionsAttributes, ttl == null ? "" : "camunda:historyTimeToLive=\"" + ttl + "\"", inputLanguage);
    }

    @Test
    void shouldAcceptFeelOnly() {
        assertThat(check("d.dmn", decision("", "", "180"))).isEmpty();
        assertThat(check(
                        "d.dmn",
                        decision(
                                "expressionLanguage=\"https://www.omg.org/spec/DMN/20191111/FEEL/\"",
                                "expressionLanguage=\"feel\"",
                                "180")))
                .isEmpty();

        assertThat(check("d.dmn", decision("expressionLanguage=\"juel\"", "", "180")))
                .extracting(Problem::rule, Problem::elementId, Problem::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("expression-language", "defs", "juel"));
        assertThat(check("d.dmn", decision("", "expressionLanguage=\"javascript\"", "180")))
                .extracting(Problem::rule, Problem::elementId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("expression-language", "in-expression"));
        assertThat(check(
                        "d.dmn",
                        decision("", "", "180")
                                .replace(
                                        "<outputEntry id=\"o1\">",
                                        "<outputEntry id=\"o1\" expressionLanguage=\"groovy\">")))
                .extracting(Problem::elementId)
                .containsExactly("o1");
    }

    @Test
    void shouldRequireAHistoryTimeToLiveOnEveryDecision() {
        assertThat(check("d.dmn", decision("", "", null)))
                .extracting(Problem::rule, Problem::elementId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("history-time-to-live", "route"));
    }

    // --- forms

    private static String form(String... components) {
        return "{\"id\": \"f\", \"type\": \"default\", \"components\": [" + String.join(",", components) + "]}";
    }

    @Test
    void shouldAcceptEveryComponentTheTaskScreenRenders() {
        String[] all = FormComponents.RENDERED.stream()
                .map(type -> "{\"type\": \"" + type + "\", \"key\": \"k_" + type + "\"}")
                .toArray(String[]::new);

        assertThat(check("forms/f.form", form(all))).isEmpty();
    }

    @Test
    void shouldRefuseAComponentTheTaskScreenDoesNotRender() {
        assertThat(check("forms/f.form", form("{\"type\": \"filepicker\", \"key\": \"upload\"}")))
                .extracting(Problem::rule, Problem::elementId, Problem::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("form-component", "upload", "filepicker"));
        assertThat(check(
                        "forms/f.form",
                        form("{\"type\": \"group\", \"id\": \"g\", \"components\": ["
                                + "{\"type\": \"html\", \"id\": \"raw\"}]}")))
                .extracting(Problem::elementId, Problem::detail)
                .as("inside a group too")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("raw", "html"));
        assertThat(check("forms/f.form", form("{\"type\": \"datetime\", \"key\": \"when\", \"subtype\": \"week\"}")))
                .extracting(Problem::detail)
                .containsExactly("datetime (week)");
    }

    @Test
    void shouldRequireJsonWithAnIdAndComponents() {
        assertThat(check("forms/f.form", "{\"id\": \"f\", \"components\": ["))
                .extracting(Problem::rule)
                .containsExactly("invalid-json");
        assertThat(check("forms/f.form", "{\"components\": []}"))
                .extracting(Problem::rule)
                .containsExactly("form-id");
        assertThat(check("forms/f.form", "{\"id\": \"f\"}"))
                .extracting(Problem::rule)
                .containsExactly("form-components");
    }

    @Test
    void shouldAcceptFormFeelThatParses() {
        assertThat(
                        check(
                                "forms/f.form",
                                form(
                                        "{\"type\": \"number\", \"key\": \"age\", \"conditional\": {\"hide\": \"=age > 18\"}}",
                                        "{\"type\": \"group\", \"id\": \"g\", \"conditional\": {\"hide\": \"=not(list contains(skills, \\\"email\\\")) and age in [16..25]\"},"
                                                + " \"components\": [{\"type\": \"text\", \"text\": \"Hello {{ upper case(name) }}, {{age}}\"}]}",
                                        "{\"type\": \"text\", \"text\": \"=\\\"Score: \\\" + string(score)\"}",
                                        "{\"type\": \"textfield\", \"key\": \"plain\", \"label\": \"Costs = 10 €\", \"description\": \"Total = 10 €\"}")))
                .isEmpty();
    }

    @Test
    void shouldRefuseAConditionOrTextFeelCannotReadNamingTheFieldAndTheExpression() {
        assertThat(check(
                        "forms/f.form",
                        form(
                                "{\"type\": \"textfield\", \"key\": \"why\", \"conditional\": {\"hide\": \"=age >\"}}",
                                "{\"type\": \"group\", \"id\": \"more\", \"components\": [{\"type\": \"text\", \"id\": \"intro\", \"text\": \"=upper case(\"}]}",
                                "{\"type\": \"text\", \"id\": \"hello\", \"text\": \"Hello {{ name + }}\"}",
                                "{\"type\": \"text\", \"id\": \"block\", \"text\": \"{{#if ready}}Go{{/if}}\"}")))
                .extracting(Problem::rule, Problem::elementId, Problem::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("form-feel", "why", "conditional.hide: =age >"),
                        org.assertj.core.groups.Tuple.tuple("form-feel", "intro", "text: =upper case("),
                        org.assertj.core.groups.Tuple.tuple("form-feel", "hello", "text: {{name +}}"),
                        org.assertj.core.groups.Tuple.tuple("form-feel", "block", "text: {{#if ready}}"),
                        org.assertj.core.groups.Tuple.tuple("form-feel", "block", "text: {{/if}}"));
    }

    @Test
    void shouldRefuseFeelWhereTheTaskScreenDoesNotEvaluateIt() {
        assertThat(check(
                        "forms/f.form",
                        form(
                                "{\"type\": \"textfield\", \"key\": \"a\", \"label\": \"=name\"}",
                                "{\"type\": \"textfield\", \"key\": \"b\", \"description\": \"Dear {{name}}\"}",
                                "{\"type\": \"number\", \"key\": \"c\", \"readonly\": \"=age > 18\", \"validate\": {\"min\": \"=minimum\"}}",
                                "{\"type\": \"select\", \"key\": \"d\", \"valuesExpression\": \"=courses\"}")))
                .extracting(Problem::rule, Problem::elementId, Problem::detail)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("form-feel-unsupported", "a", "label"),
                        org.assertj.core.groups.Tuple.tuple("form-feel-unsupported", "b", "description"),
                        org.assertj.core.groups.Tuple.tuple("form-feel-unsupported", "c", "readonly"),
                        org.assertj.core.groups.Tuple.tuple("form-feel-unsupported", "c", "validate.min"),
                        org.assertj.core.groups.Tuple.tuple("form-feel-unsupported", "d", "valuesExpression"));
    }

    // --- a whole deployment

    @Test
    void shouldCountAFormDeployedAlongWithTheDiagram() {
        String bpmn = diagram(
                "180",
                "<bpmn:userTask id=\"t\" camunda:candidateGroups=\"agency-wiltz\" camunda:formRef=\"new-form\"/>");
        Map<String, byte[]> deployment = new LinkedHashMap<>();
        deployment.put("p.bpmn", bytes(bpmn));

        assertThat(checks.check(deployment)).containsOnlyKeys("p.bpmn");

        deployment.put("new-form.form", bytes("{\"id\": \"new-form\", \"components\": []}"));
        assertThat(checks.check(deployment)).isEmpty();
    }

    @Test
    void shouldReportEachResourceOfADeploymentOnItsOwn() {
        Map<String, byte[]> deployment = new LinkedHashMap<>();
        deployment.put("ok.bpmn", bytes(diagram("180", "")));
        deployment.put("x.js", bytes("alert(1)"));
        deployment.put("f.form", bytes(form("{\"type\": \"filepicker\"}")));

        assertThat(checks.check(deployment)).containsOnlyKeys("x.js", "f.form");
    }

    /** What the start-up deployment sends: every file of bpmn/ and forms/ together. */
    @Test
    void shouldPassEveryFileOfTheRepository() throws IOException {
        Map<String, byte[]> deployment = new LinkedHashMap<>();
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("bpmn")), Files.list(Path.of("forms")))) {
            for (Path file : files.toList()) {
                deployment.put(file.getParent().getFileName() + "/" + file.getFileName(), Files.readAllBytes(file));
            }
        }
        // Every delegate name is taken for one of Tremplin's: the integration tests check the real beans.
        var anyDelegate = new DeploymentChecks(key -> Optional.empty(), name -> true, name -> false);

        assertThat(deployment).hasSizeGreaterThan(15);
        assertThat(anyDelegate.check(deployment)).isEmpty();
    }
}
