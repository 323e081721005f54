package lu.adem.tremplin.shared.engine;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.Agency;

/**
 * Creates, when missing: the first administrator named by {@code TREMPLIN_ADMIN_USER} and
 * {@code TREMPLIN_ADMIN_PASSWORD} (production), and, in the embedded default only
 * ({@code tremplin.demo.enabled}), one demo account per role, all with the password {@code demo}. Neither when
 * the identity service is read-only (the {@code ldap} profile): accounts then live in the directory.
 */
@Component
@Order(-5)
class Accounts implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";

    /** Demo accounts: id, first name, last name, groups. Listed in README. */
    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("counsellor", "Claire", "Schmit", List.of("counsellor", Agency.LUXEMBOURG.groupId())),
            new DemoAccount("counsellor2", "Marc", "Weber", List.of("counsellor", Agency.ESCH_SUR_ALZETTE.groupId())),
            new DemoAccount("counsellor3", "Sophie", "Hansen", List.of("counsellor", Agency.LUXEMBOURG.groupId())),
            new DemoAccount("supervisor", "Anne", "Kieffer", List.of("supervisor")),
            new DemoAccount("processowner", "Paul", "Hoffmann", List.of("process-owner")),
            new DemoAccount("dpo", "Nadia", "Muller", List.of("dpo")),
            new DemoAccount("admin", "Sandra", "Reuter", List.of(Groups.CAMUNDA_ADMIN)));

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);

    private final IdentityService identityService;
    private final DemoSettings demo;
    private final AdminSettings admin;

    Accounts(IdentityService identityService, DemoSettings demo, AdminSettings admin) {
        this.identityService = identityService;
        this.demo = demo;
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identityService.isReadOnly()) {
            if (demo.enabled() || (admin.user() != null && !admin.user().isBlank())) {
                log.info("Identity service is read-only (directory sign-in): no demo accounts and no "
                        + "TREMPLIN_ADMIN_USER created; accounts and memberships are managed in the directory");
            }
            return;
        }
        if (admin.user() != null && !admin.user().isBlank()) {
            if (admin.password() == null || admin.password().length() < 12) {
                throw new IllegalStateException("TREMPLIN_ADMIN_PASSWORD must have at least 12 characters");
            }
            create(
                    new DemoAccount(admin.user(), "Tremplin", "Administrator", List.of(Groups.CAMUNDA_ADMIN)),
                    admin.password());
        }
        if (demo.enabled()) {
            DEMO_ACCOUNTS.forEach(account -> create(account, DEMO_PASSWORD));
        }
    }

    private void create(DemoAccount account, String password) {
        if (identityService.createUserQuery().userId(account.id()).count() > 0) {
            return;
        }
        try {
            User user = identityService.newUser(account.id());
            user.setFirstName(account.firstName());
            user.setLastName(account.lastName());
            user.setEmail(account.id() + "@tremplin.example.lu");
            user.setPassword(password);
            identityService.saveUser(user);
            account.groups().forEach(group -> identityService.createMembership(account.id(), group));
            log.info("Created account {} in groups {}", account.id(), account.groups());
        } catch (ProcessEngineException e) {
            if (identityService.createUserQuery().userId(account.id()).count() == 0) {
                throw e;
            }
            log.debug("Account {} was created by another node", account.id());
        }
    }

    record DemoAccount(String id, String firstName, String lastName, List<String> groups) {}

    /** {@code tremplin.demo.*}: demo accounts and cases, on in the embedded default only. */
    @ConfigurationProperties("tremplin.demo")
    record DemoSettings(boolean enabled) {}

    /** {@code tremplin.admin.*}: the first administrator, from the environment. */
    @ConfigurationProperties("tremplin.admin")
    record AdminSettings(String user, String password) {}
}
