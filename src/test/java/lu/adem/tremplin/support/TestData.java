package lu.adem.tremplin.support;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.learningplatform.LearningPlatform;
import lu.adem.tremplin.onboarding.Onboarding;
import lu.adem.tremplin.recommendation.CourseRecommendationProcess;
import lu.adem.tremplin.shared.Agency;

/**
 * The data a test class owns, created through the application's own services: jobseekers, onboarding
 * cases and counsellor accounts, each with an id no other test (in this JVM, or an earlier run on the
 * same database) uses. Tests of one Spring context share one database with the demo data; a test that
 * builds on what it created here needs no convention about which agency or account is "free".
 * <p>
 * Each call works as Tremplin itself (no signed-in user) and restores the caller's sign-in afterwards.
 */
public final class TestData {

    /** Differs between runs, so that ids never meet those of an earlier run on a persistent database. */
    private static final String RUN = Long.toString(new SecureRandom().nextLong() >>> 1, 36)
            .substring(0, 5)
            .toUpperCase(Locale.ROOT);

    private static final AtomicInteger NEXT = new AtomicInteger();

    /** The password of every account made here (browser tests sign in with it). */
    public static final String PASSWORD = "test-only-password";

    private final ApplicationContext context;

    public TestData(ApplicationContext context) {
        this.context = context;
    }

    /** Capital letters and digits, unique in this run and between runs (e.g. {@code K3J9Z17}). */
    public static String uniqueId() {
        return RUN + NEXT.incrementAndGet();
    }

    /** A user id no one has, starting with {@code prefix} (letters only): Camunda takes only letters and digits. */
    public static String userId(String prefix) {
        return prefix + uniqueId().toLowerCase(Locale.ROOT);
    }

    /** A registration number no one has, e.g. {@code DE-T-K3J9Z17}. */
    public static String registrationNumber() {
        return "DE-T-" + uniqueId();
    }

    /** An unsaved jobseeker of the agency with a unique number and a unique last name, speaking French. */
    public static Jobseeker newJobseeker(Agency agency) {
        return newJobseeker(agency, null);
    }

    /** An unsaved jobseeker of the agency whose referent counsellor is {@code referent} (a user id, or null). */
    public static Jobseeker newJobseeker(Agency agency, String referent) {
        String id = uniqueId();
        return new Jobseeker(
                null,
                "DE-T-" + id,
                "Test",
                "Person" + id,
                agency,
                referent,
                EnumSet.of(Language.FR),
                null,
                null,
                null,
                null);
    }

    /** Registers the jobseeker (as an administrator would); returns it as stored. */
    public Jobseeker register(Jobseeker jobseeker) {
        return asAdministrator(() -> context.getBean(Jobseekers.class).save(jobseeker));
    }

    /** Registers a new jobseeker of the agency; returns the registration number. */
    public String jobseeker(Agency agency) {
        return register(newJobseeker(agency)).registrationNumber();
    }

    /** A new jobseeker of the agency to whom the programme was proposed: the case waits at "Propose the programme". */
    public String proposedCase(Agency agency) {
        return proposedCase(newJobseeker(agency));
    }

    /** Registers the jobseeker and proposes the programme: the case waits at "Propose the programme". */
    public String proposedCase(Jobseeker jobseeker) {
        String number = register(jobseeker).registrationNumber();
        asTremplin(() -> context.getBean(Onboarding.class).proposeProgramme(number, jobseeker.agency()));
        return number;
    }

    /**
     * Registers the jobseeker, invites them to the learning platform and starts their course
     * recommendation on the guided-start route: "Choose a course with the jobseeker" waits.
     */
    public String courseChoice(Jobseeker jobseeker) {
        String number = register(jobseeker).registrationNumber();
        String agency = jobseeker.agency().code();
        asTremplin(() -> {
            context.getBean(LearningPlatform.class)
                    .invite(new LearningPlatform.Member(number, jobseeker.email(), "fr", "adem-" + agency));
            return context.getBean(RuntimeService.class)
                    .createMessageCorrelation(CourseRecommendationProcess.MESSAGE_JOBSEEKER_ENROLLED)
                    .processInstanceBusinessKey(number)
                    .setVariables(Map.of(
                            "jobseekerId", number, "agency", agency, "route", "GUIDED_START", "weeklyHoursAnswer", 1))
                    .correlateStartMessage();
        });
        return number;
    }

    /** The id of the one open task of the jobseeker's cases. */
    public String openTask(String registrationNumber) {
        return asTremplin(() -> context.getBean(TaskService.class)
                .createTaskQuery()
                .processInstanceBusinessKey(registrationNumber)
                .singleResult()
                .getId());
    }

    /** A new counsellor account of the agency; returns the user id. */
    public String counsellor(Agency agency) {
        return account("counsellor", "counsellor", agency.groupId());
    }

    /** A new supervisor account (every agency's figures, no tasks). */
    public String supervisor() {
        return account("supervisor", "supervisor");
    }

    /** A new process-owner account (the modelling workbench). */
    public String processOwner() {
        return account("processowner", "process-owner");
    }

    /** A new administrator account (Camunda's admin group). */
    public String administrator() {
        return account("admin", Groups.CAMUNDA_ADMIN);
    }

    /** A new account in the groups, its id starting with {@code prefix} (letters only), password {@link #PASSWORD}. */
    public String account(String prefix, String... groups) {
        String userId = userId(prefix);
        IdentityService identity = context.getBean(IdentityService.class);
        asTremplin(() -> {
            User user = identity.newUser(userId);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            for (String group : groups) {
                identity.createMembership(userId, group);
            }
            return userId;
        });
        return userId;
    }

    /** Runs the work as Tremplin itself: no Spring Security user, no Camunda authentication. */
    public <T> T asTremplin(Supplier<T> work) {
        return signedInAs(null, work);
    }

    private <T> T asAdministrator(Supplier<T> work) {
        return signedInAs(
                UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")),
                work);
    }

    private <T> T signedInAs(org.springframework.security.core.Authentication user, Supplier<T> work) {
        IdentityService identity = context.getBean(IdentityService.class);
        SecurityContext before = SecurityContextHolder.getContext();
        Authentication engineBefore = identity.getCurrentAuthentication();
        SecurityContext during = SecurityContextHolder.createEmptyContext();
        during.setAuthentication(user);
        SecurityContextHolder.setContext(during);
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
            if (engineBefore == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(engineBefore);
            }
        }
    }
}
