package lu.adem.tremplin.privacy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.EngineAsSystem;
import lu.adem.tremplin.shared.PersonalData;
import lu.adem.tremplin.shared.PersonalDataAccessed;
import lu.adem.tremplin.shared.Roles;

/**
 * Anonymises a jobseeker (issue 17): on a justified request, by the data protection officer with a reason,
 * or when their retention period ended. In one transaction: their running cases end with a reason that names
 * nobody, then every {@link PersonalData} bean replaces the registration number by the stable pseudonym and
 * removes names and free text; the anonymisation is recorded under the pseudonym only. Rows that the pilot's
 * figures are counted from stay, so the figures do not change. Anonymising twice changes nothing.
 */
@Service
public class Anonymisation {

    /** The reason recorded on each case ended by an anonymisation: it names nobody. */
    public static final String CASE_END_REASON = "Ended: the jobseeker was anonymised";

    static final String RETENTION_REASON = "retention period ended";

    /** What an anonymisation did: the pseudonym, whether it was done before, how many running cases ended. */
    public record Result(String pseudonym, boolean alreadyAnonymised, int casesEnded) {}

    enum Trigger {
        REQUEST,
        RETENTION
    }

    private final List<PersonalData> holders;
    private final Pseudonyms pseudonyms;
    private final RuntimeService runtime;
    private final EngineAsSystem asSystem;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Anonymisation(
            List<PersonalData> holders,
            Pseudonyms pseudonyms,
            RuntimeService runtime,
            EngineAsSystem asSystem,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.holders = List.copyOf(holders);
        this.pseudonyms = pseudonyms;
        this.runtime = runtime;
        this.asSystem = asSystem;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    /** The data protection officer anonymises a jobseeker on a request; the reason is recorded. */
    public Result anonymise(String registrationNumber, String reason) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(Roles.DPO)) {
            throw new AccessDeniedException("Only the data protection officer anonymises: " + user.userId());
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An anonymisation on request needs its reason");
        }
        return anonymise(registrationNumber, reason.strip(), user.userId(), Trigger.REQUEST);
    }

    /** Whether the registration number is already a pseudonym of an anonymised jobseeker. */
    public boolean isPseudonym(String key) {
        return jdbc.sql("select count(*) from anonymisation where pseudonym = ?")
                        .param(key)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    Result anonymise(String registrationNumber, String reason, String by, Trigger trigger) {
        if (isPseudonym(registrationNumber)) {
            // the jobseeker's record already carries their pseudonym: nothing is left to replace
            return new Result(registrationNumber, true, 0);
        }
        String pseudonym = pseudonyms.of(registrationNumber);
        Result result = transaction.execute(status -> {
            if (isPseudonym(pseudonym)) {
                return new Result(pseudonym, true, 0);
            }
            int ended = endRunningCases(registrationNumber);
            holders.forEach(holder -> holder.anonymise(registrationNumber, pseudonym));
            // the access log is one of the holders: who accessed them stays on record, under the pseudonym
            jdbc.sql("insert into anonymisation (pseudonym, anonymised_at, anonymised_by, trigger_kind, reason,"
                            + " cases_ended) values (?, ?, ?, ?, ?, ?)")
                    .params(
                            pseudonym,
                            LocalDateTime.now(clock),
                            by,
                            trigger.name(),
                            reason.length() > 500 ? reason.substring(0, 500) : reason,
                            ended)
                    .update();
            return new Result(pseudonym, false, ended);
        });
        if (!result.alreadyAnonymised()) {
            events.publishEvent(PersonalDataAccessed.of(PersonalDataAccessed.ANONYMISED, pseudonym, "privacy"));
        }
        return result;
    }

    private int endRunningCases(String registrationNumber) {
        return asSystem.call(() -> {
            var ids = new java.util.LinkedHashSet<String>();
            runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(registrationNumber)
                    .list()
                    .forEach(c -> ids.add(c.getRootProcessInstanceId()));
            runtime.createProcessInstanceQuery()
                    .variableValueEquals(CaseVariables.JOBSEEKER_ID, registrationNumber)
                    .list()
                    .forEach(c -> ids.add(c.getRootProcessInstanceId()));
            ids.forEach(id -> runtime.deleteProcessInstance(id, CASE_END_REASON));
            return ids.size();
        });
    }
}
