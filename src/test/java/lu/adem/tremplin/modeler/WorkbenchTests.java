package lu.adem.tremplin.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.access.AccessDeniedException;

import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

/**
 * The workbench's service: drafts, checks, the difference and its impact, deployment with a note, and
 * every rejection of bad input (nothing deployed, the draft kept). Deploys a process of its own
 * ({@code bpmn/workbench-sample.bpmn}) so other tests sharing the engine are not affected; the
 * onboarding change of the "done when" is deployed, checked and then deleted again.
 */
class WorkbenchTests extends KaribuViewTest {

    static final String SAMPLE = "bpmn/workbench-sample.bpmn";

    static String sample(String taskName) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://tremplin.test">
                  <bpmn:process id="workbench-sample" name="Workbench sample" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:userTask id="Inform" name="%s" camunda:candidateGroups="agency-wiltz" camunda:formRef="privacy-notice" camunda:formRefBinding="latest">
                      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="Inform"/>
                    <bpmn:sequenceFlow id="f2" sourceRef="Inform" targetRef="end"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(taskName);
    }

    /** This test's process owner (drafts are kept per user). */
    private String owner;

    @BeforeEach
    void newProcessOwner() {
        owner = data.processOwner();
    }

    private Workbench workbench() {
        return context.getBean(Workbench.class);
    }

    private long versions(String key) {
        return context.getBean(RepositoryService.class)
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .count();
    }

    private void ensureSampleDeployed() {
        signIn(owner);
        if (versions("workbench-sample") == 0) {
            workbench().deploy(SAMPLE, sample("Inform the jobseeker"), "First version of the sample", false);
        }
    }

    @Test
    void shouldListProcessesDecisionsAndFormsWithTheirVersions() {
        signIn(owner);

        var definitions = workbench().definitions();

        assertThat(definitions)
                .extracting(Workbench.Definition::resourceName)
                .contains("bpmn/onboarding.bpmn", "bpmn/digital-readiness.dmn", "forms/privacy-notice.form");
        var onboarding = definitions.stream()
                .filter(d -> d.key().equals("onboarding"))
                .findFirst()
                .orElseThrow();
        assertThat(onboarding.kind()).isEqualTo(Workbench.Kind.BPMN);
        assertThat(onboarding.latest().deploymentName()).isEqualTo("tremplin");
        assertThat(onboarding.latest().running()).isPositive();
    }

    @Test
    void shouldDeployANewVersionWithItsNoteAndAuthorAndDiscardTheDraft() {
        ensureSampleDeployed();
        String renamed = sample("Inform the jobseeker of the pilot " + TestData.uniqueId());
        workbench().saveDraft(SAMPLE, renamed);
        assertThat(workbench().open(SAMPLE).isDraft()).isTrue();
        long before = versions("workbench-sample");

        Workbench.Deployed deployed = workbench().deploy(SAMPLE, renamed, "Clearer task name", false);

        assertThat(versions("workbench-sample")).isEqualTo(before + 1);
        var latest = workbench().definition(SAMPLE).orElseThrow().latest();
        assertThat(latest.version()).isEqualTo(deployed.version());
        assertThat(latest.author()).isEqualTo(owner);
        assertThat(latest.note()).isEqualTo("Clearer task name");
        assertThat(latest.deploymentName()).isEqualTo(Workbench.DEPLOYMENT_NAME);
        assertThat(workbench().open(SAMPLE).isDraft())
                .as("the deployed draft is gone")
                .isFalse();
        assertThat(new String(workbench().content(latest))).isEqualTo(renamed);
    }

    @Test
    void shouldTellTheVersionADeploymentGaveAForm() {
        signIn("processowner");
        String form = "forms/workbench-sample-form.form";
        String content = """
                {"id": "workbench-sample-form", "type": "default", "components": [
                  {"id": "name", "key": "name", "type": "textfield", "label": "%s"}]}""";
        Workbench.Deployed first =
                workbench().deploy(form, content.formatted("Name " + System.nanoTime()), "A form of its own", false);

        Workbench.Deployed second =
                workbench().deploy(form, content.formatted("Full name " + System.nanoTime()), "Clearer label", false);

        assertThat(second.version())
                .isEqualTo(first.version() + 1)
                .isEqualTo(workbench().definition(form).orElseThrow().latest().version());
    }

    @Test
    void shouldRequireAChangeNote() {
        ensureSampleDeployed();

        assertThatThrownBy(() -> workbench().deploy(SAMPLE, sample("Another name"), " ", false))
                .isInstanceOfSatisfying(
                        Workbench.Rejected.class,
                        r -> assertThat(r.problems()).extracting(Problem::rule).containsExactly("note-required"));
    }

    @Test
    void shouldRefuseToDeployAnUnchangedVersion() {
        ensureSampleDeployed();
        workbench().discardDraft(SAMPLE);
        String same = workbench().open(SAMPLE).content();

        assertThatThrownBy(() -> workbench().deploy(SAMPLE, same, "Nothing", false))
                .isInstanceOfSatisfying(
                        Workbench.Rejected.class,
                        r -> assertThat(r.problems()).extracting(Problem::rule).containsExactly("unchanged"));
    }

    /** Each rejection: the reason named, no new version, the draft saved before still there. */
    private void assertRejected(String resource, String content, String rule) {
        signIn(owner);
        String draft = resource.endsWith(".form") ? "{\"id\": \"kept\", \"components\": []}" : sample("Kept draft");
        workbench().saveDraft(resource, draft);
        long before =
                context.getBean(RepositoryService.class).createDeploymentQuery().count();

        assertThatThrownBy(() -> workbench().deploy(resource, content, "Should not deploy", true))
                .isInstanceOfSatisfying(
                        Workbench.Rejected.class,
                        r -> assertThat(r.problems()).extracting(Problem::rule).contains(rule));

        assertThat(context.getBean(RepositoryService.class)
                        .createDeploymentQuery()
                        .count())
                .isEqualTo(before);
        assertThat(workbench().open(resource).content()).as("the draft is kept").isEqualTo(draft);
        workbench().discardDraft(resource);
    }

    @Test
    void shouldRefuseMalformedXml() {
        ensureSampleDeployed();
        assertRejected(SAMPLE, sample("Broken").replace("</bpmn:process>", ""), "malformed-xml");
    }

    @Test
    void shouldRefuseADoctypeSoNoExternalEntityIsEverRead() {
        ensureSampleDeployed();
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE d [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                """ + sample("&secret;").substring(sample("x").indexOf("<bpmn:definitions"));

        assertRejected(SAMPLE, xxe, "doctype");
        assertThat(workbench().check(SAMPLE, xxe)).extracting(Problem::detail).containsOnlyNulls();
    }

    @Test
    void shouldRefuseAFileOverFiveMegabytes() {
        ensureSampleDeployed();
        String huge = sample("Big")
                .replace(
                        "<bpmn:startEvent id=\"start\">",
                        "<bpmn:documentation>" + "x".repeat(SafeXml.MAX_BYTES)
                                + "</bpmn:documentation><bpmn:startEvent id=\"start\">");

        assertRejected(SAMPLE, huge, "too-large");
    }

    @Test
    void shouldRefuseWhatTheEngineRejectsWithItsMessageAndElementId() {
        ensureSampleDeployed();
        String noImplementation = sample("Engine check")
                .replace(
                        "<bpmn:endEvent id=\"end\">",
                        "<bpmn:serviceTask id=\"Unimplemented\"/><bpmn:endEvent id=\"end\">");

        assertRejected(SAMPLE, noImplementation, "engine");
        assertThatThrownBy(() -> workbench().deploy(SAMPLE, noImplementation, "x", true))
                .isInstanceOfSatisfying(
                        Workbench.Rejected.class,
                        r -> assertThat(r.problems())
                                .anySatisfy(p -> assertThat(p.elementId()).isEqualTo("Unimplemented")));
    }

    @Test
    void shouldRefuseAFormThatIsNotJson() {
        signIn(owner);
        assertRejected("forms/privacy-notice.form", "{\"id\": \"privacy-notice\", \"components\": [", "invalid-json");
    }

    @Test
    void shouldRefuseTremplinRuleErrorsBeforeTheEngineSeesThem() {
        ensureSampleDeployed();
        assertRejected(
                SAMPLE,
                sample("No group").replace(" camunda:candidateGroups=\"agency-wiltz\"", ""),
                "user-task-candidate-group");
    }

    @Test
    void shouldRefuseCodeTheEngineWouldRunForAnAttacker() {
        ensureSampleDeployed();
        String reflection = sample("Reflection")
                .replace(
                        "<bpmn:endEvent id=\"end\">",
                        "<bpmn:serviceTask id=\"Run\" camunda:expression=\"${''.getClass().forName('java.lang.Runtime')}\"/>"
                                + "<bpmn:endEvent id=\"end\">");

        assertRejected(SAMPLE, reflection, "expression-forbidden");
        assertRejected(
                SAMPLE,
                sample("Bean")
                        .replace(
                                "camunda:candidateGroups=\"agency-wiltz\"",
                                "camunda:candidateGroups=\"${identityService.createUserQuery().list()}\""),
                "expression-bean");
        assertRejected(
                "forms/privacy-notice.form",
                "{\"id\": \"privacy-notice\", \"components\": [{\"type\": \"filepicker\"}]}",
                "form-component");
    }

    /** Issue 14: a form whose condition feel-scala cannot read deployed and broke the task screen. */
    @Test
    void shouldRefuseAFormConditionThatIsNotFeelAndDeployOneThatIs() {
        signIn("processowner");
        String form = """
                {"id": "workbench-feel", "components": [
                  {"type": "number", "key": "age", "label": "Age"},
                  {"type": "checklist", "key": "skills", "label": "Skills", "values": [{"label": "E-mail", "value": "email"}]},
                  {"type": "textfield", "key": "guardian", "label": "Guardian", "conditional": {"hide": "%s"}}
                ]}""";

        assertRejected("forms/workbench-feel.form", form.formatted("=age >"), "form-feel");
        assertThat(workbench().check("forms/workbench-feel.form", form.formatted("=age >")))
                .extracting(Problem::elementId, Problem::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("guardian", "conditional.hide: =age >"));

        String valid = form.formatted("=age > 18 or list contains(skills, \\\"email\\\")")
                .replace("Guardian", "Guardian " + TestData.uniqueId());
        workbench().deploy("forms/workbench-feel.form", valid, "A guardian for minors", false);
        assertThat(workbench().open("forms/workbench-feel.form").content()).isEqualTo(valid);
    }

    @Test
    void shouldShowWhatChangedAndTheCasesOnRemovedSteps() {
        ensureSampleDeployed();
        identityService.clearAuthentication();
        context.getBean(RuntimeService.class).startProcessInstanceByKey("workbench-sample");
        signIn(owner);
        String withoutTask = sample("x")
                .replace(
                        sample("x")
                                .substring(
                                        sample("x").indexOf("<bpmn:userTask"),
                                        sample("x").indexOf("<bpmn:endEvent")),
                        "")
                .replace(
                        "<bpmn:sequenceFlow id=\"f1\" sourceRef=\"start\" targetRef=\"Inform\"/>",
                        "<bpmn:sequenceFlow id=\"f1\" sourceRef=\"start\" targetRef=\"end\"/>")
                .replace("<bpmn:sequenceFlow id=\"f2\" sourceRef=\"Inform\" targetRef=\"end\"/>", "")
                .replace("<bpmn:incoming>f2</bpmn:incoming>", "<bpmn:incoming>f1</bpmn:incoming>")
                .replace("name=\"Workbench sample\"", "name=\"Workbench sample, shorter\"");

        Workbench.Impact impact = workbench().impact(SAMPLE, withoutTask);

        assertThat(impact.diff().removed()).extracting(ModelDiff.Entry::id).containsExactlyInAnyOrder("Inform", "f2");
        assertThat(impact.diff().changed()).extracting(ModelDiff.Change::id).contains("workbench-sample", "f1");
        assertThat(impact.casesOnRemoved()).containsKey("Inform");
        assertThat(impact.casesAffected()).isPositive();
    }

    @Test
    void shouldListInTheImpactTheIdsTheCodeReliesOnThatTheDraftBreaks() {
        signIn(owner);
        String onboarding = workbench().open("bpmn/onboarding.bpmn").content();
        String renamed = onboarding.replace("\"InviteToLearningPlatform\"", "\"InviteToPlatform\"");

        Workbench.Impact impact = workbench().impact("bpmn/onboarding.bpmn", renamed);

        assertThat(impact.contractBreaks()).singleElement().satisfies(broken -> {
            assertThat(broken.subject()).isEqualTo("InviteToLearningPlatform");
            assertThat(broken.problem().rule()).isEqualTo("contract-element");
            assertThat(broken.processKey()).isEqualTo("onboarding");
            assertThat(broken.usedBy()).contains("PilotFacts");
        });
        assertThat(workbench().check("bpmn/onboarding.bpmn", renamed))
                .as("the same finding refuses it at deployment")
                .contains(impact.contractBreaks().get(0).problem());
        assertThat(workbench().impact("bpmn/onboarding.bpmn", onboarding).contractBreaks())
                .isEmpty();
        assertThat(workbench().contractBreaks("bpmn/onboarding.bpmn", "<not xml"))
                .isEmpty();
    }

    @Test
    void shouldNameTheRenamedTaskInTheDiff() {
        ensureSampleDeployed();
        String current = workbench().open(SAMPLE).content();
        String renamed =
                current.replaceFirst("(<bpmn:userTask id=\"Inform\" name=\")[^\"]*", "$1Welcome the jobseeker");

        var changed = workbench().impact(SAMPLE, renamed).diff().changed();

        assertThat(changed).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo("Inform");
            assertThat(change.what())
                    .singleElement()
                    .asString()
                    .startsWith("name: ")
                    .endsWith("→ \"Welcome the jobseeker\"");
        });
    }

    @Test
    void shouldRefuseTheWorkbenchToACounsellor() {
        signIn(data.counsellor(lu.adem.tremplin.shared.Agency.LUXEMBOURG));

        assertThatThrownBy(() -> workbench().definitions()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workbench().deploy(SAMPLE, sample("x"), "note", true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workbench().saveDraft(SAMPLE, sample("x"))).isInstanceOf(AccessDeniedException.class);
    }

    /**
     * Issue 6, "done when": the 14-day activation reminder becomes 10 days. New onboarding cases get the
     * 10-day timer; a case already waiting keeps its 14 days; restarting does not bring 14 days back.
     */
    @Test
    void shouldGiveNewCasesTheChangedTimerAndLetRunningOnesKeepTheirs() throws Exception {
        RuntimeService runtime = context.getBean(RuntimeService.class);
        ManagementService management = context.getBean(ManagementService.class);
        String waiting = TestData.registrationNumber();
        Map<String, Object> variables = Map.of("jobseekerId", waiting, "agency", "wiltz");
        String running = runtime.createProcessInstanceByKey("onboarding")
                .businessKey(waiting)
                .setVariables(variables)
                .startBeforeActivity("CheckAgainTomorrow")
                .execute()
                .getId();
        signIn(owner);
        String onboarding = workbench().open("bpmn/onboarding.bpmn").content();
        String tenDays = onboarding
                .replace("name=\"14 days without activation\"", "name=\"10 days without activation\"")
                .replace(">P14D<", ">P10D<");
        assertThat(tenDays).isNotEqualTo(onboarding);
        Workbench.Deployed deployed = null;
        try {
            deployed =
                    workbench().deploy("bpmn/onboarding.bpmn", tenDays, "Activation call after 10 days, not 14", false);
            identityService.clearAuthentication();
            String fresh = runtime.createProcessInstanceByKey("onboarding")
                    .businessKey(TestData.registrationNumber())
                    .setVariables(variables)
                    .startBeforeActivity("CheckAgainTomorrow")
                    .execute()
                    .getId();

            assertThat(dueIn(management, fresh)).isBetween(Duration.ofDays(10).minusMinutes(5), Duration.ofDays(10));
            assertThat(dueIn(management, running)).isBetween(Duration.ofDays(14).minusMinutes(5), Duration.ofDays(14));

            context.getBean("processResourceDeployment", ApplicationRunner.class)
                    .run(null);
            String latest = context.getBean(RepositoryService.class)
                    .createProcessDefinitionQuery()
                    .processDefinitionKey("onboarding")
                    .latestVersion()
                    .singleResult()
                    .getDeploymentId();
            assertThat(latest)
                    .as("a restart does not put the repository's 14 days back")
                    .isEqualTo(deployed.deploymentId());
        } finally {
            identityService.clearAuthentication();
            runtime.deleteProcessInstance(running, "test over");
            if (deployed != null) {
                context.getBean(RepositoryService.class).deleteDeployment(deployed.deploymentId(), true);
            }
        }
    }

    private static Duration dueIn(ManagementService management, String instance) {
        Job timer = management
                .createJobQuery()
                .processInstanceId(instance)
                .activityId("ActivationOverdue")
                .singleResult();
        return Duration.between(Instant.now(), timer.getDuedate().toInstant());
    }
}
