package lu.adem.tremplin.modeler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.ProcessBeans;
import lu.adem.tremplin.shared.ProcessContract;
import lu.adem.tremplin.shared.Roles;
import lu.adem.tremplin.shared.engine.tables.FormDefinitions;

/**
 * The process owners' workbench: every deployed BPMN, DMN and form resource with its versions, drafts
 * kept per user, checks, the difference a draft makes and what it does to running cases, and
 * deployment with a change note. Drafts and deployments are for process owners and administrators
 * only, checked here whatever the screen shows.
 *
 * <p>Longer than our usual classes because it is the module's public API: the records its screens
 * use and the permission check of every operation stay here, while the work is done by
 * {@link DeployedVersions} (what is deployed), {@link Drafts} and {@link DeploymentChecks}.
 */
@Service
public class Workbench {

    /** The deployment name of versions deployed from the workbench (start-up deployments are "tremplin"). */
    public static final String DEPLOYMENT_NAME = "workbench";
    /** The largest file the workbench takes, in bytes (the deployment checks' limit for one resource). */
    public static final int MAX_FILE_BYTES = SafeXml.MAX_BYTES;

    static final int MAX_NOTE = 2000;
    private static final Pattern RESOURCE =
            Pattern.compile("(bpmn/[A-Za-z0-9_-]+\\.(bpmn|dmn)|forms/[A-Za-z0-9_-]+\\.form)");
    private static final Logger log = LoggerFactory.getLogger(Workbench.class);

    public enum Kind {
        BPMN,
        DMN,
        FORM;

        static Kind of(String resourceName) {
            return resourceName.endsWith(".bpmn") ? BPMN : resourceName.endsWith(".dmn") ? DMN : FORM;
        }
    }

    /** One resource (a file of bpmn/ or forms/) with its deployed versions, newest first. */
    public record Definition(String resourceName, Kind kind, String key, String name, List<Version> versions) {

        public Version latest() {
            return versions.get(0);
        }
    }

    /**
     * One deployed version. {@code author} and {@code note} are null for start-up deployments of the
     * repository's files; {@code running} counts the running cases of a process version.
     */
    public record Version(
            String definitionId,
            String key,
            int version,
            String deploymentId,
            String deploymentName,
            Instant deployedAt,
            String author,
            String note,
            long running,
            String resourceName) {}

    /** What the editor opens: the user's draft if there is one, else the latest deployed version. */
    public record Opened(String resourceName, Kind kind, String content, Instant draftSavedAt, Version deployed) {

        public boolean isDraft() {
            return draftSavedAt != null;
        }
    }

    /**
     * The draft against the deployed version, the running cases on activities it removes, and what of
     * Tremplin's code it would break (such a draft is refused at deployment).
     */
    public record Impact(
            ModelDiff diff,
            Map<String, Long> casesOnRemoved,
            long runningOnLatest,
            List<ContractBreak> contractBreaks) {

        public Impact {
            contractBreaks = List.copyOf(contractBreaks);
        }

        public long casesAffected() {
            return casesOnRemoved.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public record Deployed(String deploymentId, String resourceName, int version) {}

    /** A deployment the workbench refused, with the reasons; nothing was deployed. */
    public static class Rejected extends RuntimeException {
        private final transient List<Problem> problems;

        Rejected(List<Problem> problems) {
            super(problems.stream().map(Problem::summary).collect(Collectors.joining("; ")));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }

        /** Only warnings: deploying again with the confirmation goes through. */
        public boolean needsConfirmation() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final DeployedVersions deployed;
    private final Drafts drafts;
    private final JdbcClient jdbc;
    private final FormDefinitions formDefinitions;
    private final ApplicationContext beans;
    private final ProcessBeans processBeans;
    private final Clock clock;

    Workbench(
            RepositoryService repositoryService,
            RuntimeService runtimeService,
            DeployedVersions deployed,
            Drafts drafts,
            JdbcClient jdbc,
            FormDefinitions formDefinitions,
            ApplicationContext beans,
            ProcessBeans processBeans,
            Clock clock) {
        this.clock = clock;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.deployed = deployed;
        this.drafts = drafts;
        this.jdbc = jdbc;
        this.formDefinitions = formDefinitions;
        this.beans = beans;
        this.processBeans = processBeans;
    }

    static CurrentUser owner() {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(Roles.PROCESS_OWNER) && !user.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("The workbench is for process owners: " + user.userId());
        }
        return user;
    }

    private static String resource(String resourceName) {
        if (resourceName == null || !RESOURCE.matcher(resourceName).matches()) {
            throw new IllegalArgumentException("Not a workbench resource: " + resourceName);
        }
        return resourceName;
    }

    // --- what is deployed

    /** Every BPMN, DMN and form resource with its versions, by resource name. */
    public List<Definition> definitions() {
        owner();
        return deployed.all();
    }

    /**
     * The file of the repository a deployed resource stands for: {@code bpmn/onboarding.bpmn} for itself,
     * and for {@code onboarding.bpmn} as Camunda Modeler deploys it; null for anything else.
     */
    static String repositoryName(String deployedAs) {
        if (deployedAs == null) {
            return null;
        }
        String name = deployedAs.contains("/")
                ? deployedAs
                : (deployedAs.endsWith(".form") ? "forms/" : "bpmn/") + deployedAs;
        return RESOURCE.matcher(name).matches() ? name : null;
    }

    public Optional<Definition> definition(String resourceName) {
        return definitions().stream()
                .filter(d -> d.resourceName().equals(resourceName))
                .findFirst();
    }

    /** The file of one deployed version, to download and commit back to the repository. */
    public byte[] content(Version version) {
        return content(version.deploymentId(), version.resourceName());
    }

    private byte[] content(String deploymentId, String resourceName) {
        owner();
        try (InputStream in = repositoryService.getResourceAsStream(deploymentId, resourceName)) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new IllegalStateException(
                    "Cannot read " + resourceName + " of deployment " + deploymentId, unreadable);
        }
    }

    // --- drafts

    /** The user's draft of this resource, or else its latest deployed version. */
    public Opened open(String resourceName) {
        CurrentUser user = owner();
        resource(resourceName);
        Optional<Version> deployed = definition(resourceName).map(Definition::latest);
        Optional<Drafts.Draft> draft = drafts.find(user.userId(), resourceName);
        if (draft.isPresent()) {
            return new Opened(
                    resourceName,
                    Kind.of(resourceName),
                    draft.get().content(),
                    draft.get().savedAt(),
                    deployed.orElse(null));
        }
        Version latest =
                deployed.orElseThrow(() -> new IllegalArgumentException("Nothing deployed as " + resourceName));
        return new Opened(
                resourceName, Kind.of(resourceName), new String(content(latest), StandardCharsets.UTF_8), null, latest);
    }

    /** Saves the draft as it is, even with errors (the editor's work is never lost); only its size is limited. */
    public Instant saveDraft(String resourceName, String content) {
        CurrentUser user = owner();
        resource(resourceName);
        SafeXml.checkSize(content).ifPresent(tooLarge -> {
            throw new Rejected(List.of(tooLarge));
        });
        return drafts.save(user.userId(), resourceName, content).savedAt();
    }

    public void discardDraft(String resourceName) {
        drafts.discard(owner().userId(), resource(resourceName));
    }

    // --- checks, difference, deployment

    /** Everything wrong with this content, errors first; empty when it can be deployed as it is. */
    public List<Problem> check(String resourceName, String content) {
        owner();
        resource(resourceName);
        return checks().check(resourceName, content == null ? new byte[0] : content.getBytes(StandardCharsets.UTF_8));
    }

    /** The same checks as every other deployment path's ({@link DeploymentChecksPlugin}). */
    private DeploymentChecks checks() {
        Map<String, Optional<byte[]>> forms = new HashMap<>();
        return new DeploymentChecks(
                key -> forms.computeIfAbsent(key, this::deployedForm),
                processBeans::allows,
                beans::containsBean,
                this::contracts);
    }

    private List<ProcessContract> contracts() {
        return List.copyOf(
                beans.getBeansOfType(ProcessContract.class, false, false).values());
    }

    private Optional<byte[]> deployedForm(String key) {
        return formDefinitions.latest(key).map(latest -> content(latest.deploymentId(), latest.resourceName()));
    }

    /** The draft against the latest deployed version (BPMN; other kinds have no element diff). */
    public Impact impact(String resourceName, String content) {
        owner();
        resource(resourceName);
        if (Kind.of(resourceName) != Kind.BPMN || SafeXml.check(content).isPresent()) {
            return new Impact(new ModelDiff(List.of(), List.of(), List.of()), Map.of(), 0, List.of());
        }
        List<ContractBreak> breaks = contractBreaks(resourceName, content);
        Optional<Version> latest = definition(resourceName).map(Definition::latest);
        if (latest.isEmpty()) {
            return new Impact(ModelDiff.between(null, content), Map.of(), 0, breaks);
        }
        ModelDiff diff = ModelDiff.between(new String(content(latest.get()), StandardCharsets.UTF_8), content);
        Map<String, Long> onRemoved = new LinkedHashMap<>();
        for (ModelDiff.Entry removed : diff.removed()) {
            long cases = runtimeService
                    .createProcessInstanceQuery()
                    .processDefinitionId(latest.get().definitionId())
                    .activityIdIn(removed.id())
                    .count();
            if (cases > 0) {
                onRemoved.put(removed.id(), cases);
            }
        }
        return new Impact(diff, onRemoved, latest.get().running(), breaks);
    }

    /**
     * What of Tremplin's code this BPMN draft would break ({@link ContractRules}, as the deployment checks
     * judge it), with the code that relies on each; empty for other kinds and for content that is not a
     * readable BPMN file (the checks report that).
     */
    public List<ContractBreak> contractBreaks(String resourceName, String content) {
        owner();
        resource(resourceName);
        if (Kind.of(resourceName) != Kind.BPMN
                || content == null
                || SafeXml.check(content).isPresent()) {
            return List.of();
        }
        try {
            BpmnModelInstance model =
                    Bpmn.readModelFromStream(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
            return new ContractRules(this::contracts).breaks(resourceName, model);
        } catch (RuntimeException unreadable) {
            return List.of();
        }
    }

    /**
     * Deploys the content as a new version with the change note, if it passes the checks (warnings
     * only with {@code warningsConfirmed}) and the engine accepts it. Running cases stay on their
     * version. The user's draft of the resource is discarded once deployed.
     *
     * @throws Rejected with the reasons, when nothing was deployed
     */
    public Deployed deploy(String resourceName, String content, String note, boolean warningsConfirmed) {
        CurrentUser user = owner();
        resource(resourceName);
        checkNote(note);
        List<Problem> problems = check(resourceName, content);
        if (problems.stream().anyMatch(Problem::isError) || !problems.isEmpty() && !warningsConfirmed) {
            throw new Rejected(problems);
        }
        Optional<Version> latest = definition(resourceName).map(Definition::latest);
        if (latest.isPresent() && new String(content(latest.get()), StandardCharsets.UTF_8).equals(content)) {
            throw new Rejected(List.of(
                    Problem.error("unchanged", null, String.valueOf(latest.get().version()))));
        }
        DeploymentWithDefinitions deployment = deployToEngine(user, resourceName, content);
        jdbc.sql(
                        "insert into workbench_deployment (deployment_id, resource_name, author, note, deployed_at) values (?, ?, ?, ?, ?)")
                .params(deployment.getId(), resourceName, user.userId(), note.trim(), Timestamp.from(clock.instant()))
                .update();
        drafts.discard(user.userId(), resourceName);
        int version = deployed.versionIn(deployment);
        log.info(
                "{} deployed {} version {} (deployment {}): {}",
                user.userId(),
                resourceName,
                version,
                deployment.getId(),
                note.trim());
        return new Deployed(deployment.getId(), resourceName, version);
    }

    static void checkNote(String note) {
        if (note == null || note.isBlank()) {
            throw new Rejected(List.of(Problem.error("note-required", null, null)));
        }
        if (note.length() > MAX_NOTE) {
            throw new Rejected(List.of(Problem.error("note-too-long", null, String.valueOf(MAX_NOTE))));
        }
    }

    /** The engine's deployment, or the reasons it (or its deployment checks) refused it. */
    private DeploymentWithDefinitions deployToEngine(CurrentUser user, String resourceName, String content) {
        try {
            return repositoryService
                    .createDeployment()
                    .name(DEPLOYMENT_NAME)
                    .source("tremplin workbench")
                    .addString(resourceName, content)
                    .deployWithResult();
        } catch (DeploymentRefused refused) {
            log.info("Deployment checks refused {} from {}: {}", resourceName, user.userId(), refused.getMessage());
            throw new Rejected(
                    refused.problems().values().stream().flatMap(List::stream).toList());
        } catch (ParseException refused) {
            List<Problem> reasons = new ArrayList<>();
            refused.getResorceReports()
                    .forEach(report -> report.getErrors()
                            .forEach(error -> reasons.add(
                                    Problem.error("engine", error.getMainElementId(), error.getMessage()))));
            if (reasons.isEmpty()) {
                reasons.add(Problem.error("engine", null, refused.getMessage()));
            }
            log.info("Engine refused {} from {}: {}", resourceName, user.userId(), refused.getMessage());
            throw new Rejected(reasons);
        }
    }
}
