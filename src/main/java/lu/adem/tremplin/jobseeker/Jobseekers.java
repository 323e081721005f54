package lu.adem.tremplin.jobseeker;

import java.io.IOException;
import java.io.Reader;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.PersonalDataAccessed;
import lu.adem.tremplin.shared.Roles;

/**
 * Jobseekers as the signed-in user may see them: counsellors those of their agencies, supervisors
 * and administrators all. Every call checks this on the server, whatever the screen shows.
 */
@Service
public class Jobseekers {

    private final JobseekerRepository repository;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    Jobseekers(JobseekerRepository repository, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.repository = repository;
        this.transaction = transaction;
        this.events = events;
    }

    public List<Jobseeker> search(String text, int offset, int limit) {
        return repository.search(text, visibleAgencies(), offset, Math.min(limit, 500));
    }

    public int count(String text) {
        return repository.count(text, visibleAgencies());
    }

    public Optional<Jobseeker> find(String registrationNumber) {
        return repository.findByRegistrationNumber(registrationNumber).filter(this::visible);
    }

    /**
     * A registration without personal data, for processes (eligibility). No user check: processes run
     * without a signed-in user, and a registration reveals nothing about the person.
     */
    public Optional<Registration> registrationOf(String registrationNumber) {
        return repository.registration(registrationNumber);
    }

    /**
     * What the learning platform needs to invite a jobseeker (email, course language), for the
     * process step that invites; no user check, as for {@link #registrationOf(String)}.
     */
    public Optional<PlatformContact> platformContactOf(String registrationNumber) {
        return repository
                .findByRegistrationNumber(registrationNumber)
                .map(j -> new PlatformContact(j.registrationNumber(), j.email(), courseLanguage(j)));
    }

    /**
     * What course recommendation needs (languages, target occupation), for the process step that
     * builds a shortlist; no name, no contact, no user check, as for {@link #registrationOf(String)}.
     */
    public Optional<LearningProfile> learningProfileOf(String registrationNumber) {
        return repository
                .findByRegistrationNumber(registrationNumber)
                .map(j -> new LearningProfile(j.registrationNumber(), Set.copyOf(j.languages()), j.targetOccupation()));
    }

    /**
     * The jobseeker's referent counsellor (a user id), for the rule that assigns their tasks; no user check, as
     * for {@link #registrationOf(String)}: it names a colleague, nothing about the person.
     */
    public Optional<String> referentOf(String registrationNumber) {
        return repository.referentOf(registrationNumber);
    }

    /** A jobseeker as course recommendation sees them. */
    public record LearningProfile(String registrationNumber, Set<Language> languages, String targetOccupation) {}

    /** The first of the platform's course languages (FR, EN, ES) the jobseeker speaks, else French. */
    static String courseLanguage(Jobseeker jobseeker) {
        for (Language language : List.of(Language.FR, Language.EN, Language.ES)) {
            if (jobseeker.languages().contains(language)) {
                return language.name().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "fr";
    }

    /**
     * Where and in which language to write to a jobseeker (French, German or English), for the
     * outbox; no user check, as for {@link #registrationOf(String)}.
     */
    public Optional<MessageContact> messageContactOf(String registrationNumber) {
        return repository
                .findByRegistrationNumber(registrationNumber)
                .map(j -> new MessageContact(j.registrationNumber(), j.fullName(), j.email(), messageLanguage(j)));
    }

    /** French unless the jobseeker speaks only German/Luxembourgish (then German) or only English. */
    static String messageLanguage(Jobseeker jobseeker) {
        var languages = jobseeker.languages();
        if (languages.contains(Language.FR)) {
            return "fr";
        }
        if (languages.contains(Language.DE) || languages.contains(Language.LB)) {
            return "de";
        }
        return languages.contains(Language.EN) ? "en" : "fr";
    }

    /** A jobseeker's address for messages; the email may be missing. */
    public record MessageContact(String registrationNumber, String name, String email, String language) {}

    /** A jobseeker's contact for the learning platform: no more than it needs. */
    public record PlatformContact(String registrationNumber, String email, String language) {}

    /** What a list shows of a jobseeker besides the number: name and languages. */
    public record Summary(String name, Set<Language> languages) {}

    /**
     * Name and languages of the given jobseekers that the user may see, in one query (the inbox).
     * Numbers of unknown or invisible jobseekers are absent from the result.
     */
    public Map<String, Summary> summariesOf(Collection<String> registrationNumbers) {
        if (registrationNumbers.isEmpty()) {
            return Map.of();
        }
        return repository.findByRegistrationNumbers(registrationNumbers).stream()
                .filter(this::visible)
                .collect(java.util.stream.Collectors.toMap(
                        Jobseeker::registrationNumber,
                        j -> new Summary(j.fullName(), Set.copyOf(j.languages())),
                        (a, b) -> a));
    }

    /**
     * The signed-in user's caseload: the jobseekers whose referent counsellor they are (and whom they may
     * see), by name. Always the user's own: there is no way to ask for someone else's.
     */
    public List<Jobseeker> referredToMe() {
        return repository.findByReferent(CurrentUser.require().userId()).stream()
                .filter(this::visible)
                .toList();
    }

    /**
     * The names of the given jobseekers that the user may see, in one query (for lists such as the
     * inbox). Numbers of unknown or invisible jobseekers are absent from the result.
     */
    public Map<String, String> namesOf(Collection<String> registrationNumbers) {
        if (registrationNumbers.isEmpty()) {
            return Map.of();
        }
        return repository.findByRegistrationNumbers(registrationNumbers).stream()
                .filter(this::visible)
                .collect(java.util.stream.Collectors.toMap(Jobseeker::registrationNumber, Jobseeker::fullName));
    }

    /**
     * Creates or updates a jobseeker.
     *
     * @throws InvalidJobseeker with field → problem
     * @throws ChangedMeanwhile when someone else saved this jobseeker since it was read
     * @throws AccessDeniedException when the jobseeker (before or after the change) is of another agency
     */
    public Jobseeker save(Jobseeker jobseeker) {
        Map<String, String> problems = JobseekerRules.problems(jobseeker);
        if (!problems.isEmpty()) {
            throw new InvalidJobseeker(problems);
        }
        if (!visible(jobseeker)) {
            throw new AccessDeniedException(
                    "Jobseekers of agency " + jobseeker.agency().code() + " are not yours");
        }
        return transaction.execute(status -> {
            Jobseeker saved = saveChecked(jobseeker);
            events.publishEvent(
                    PersonalDataAccessed.of(PersonalDataAccessed.CHANGED, saved.registrationNumber(), "jobseekers"));
            return saved;
        });
    }

    private Jobseeker saveChecked(Jobseeker jobseeker) {
        if (jobseeker.id() == null) {
            try {
                return repository.insert(jobseeker);
            } catch (DuplicateKeyException taken) {
                throw new InvalidJobseeker(
                        Map.of("registrationNumber", "this registration number is already registered"));
            }
        }
        Jobseeker stored = repository
                .findByRegistrationNumber(jobseeker.registrationNumber())
                .orElseThrow(() -> new ChangedMeanwhile(jobseeker.registrationNumber()));
        if (!visible(stored)) {
            throw new AccessDeniedException("Jobseeker " + stored.registrationNumber() + " is not yours");
        }
        if (!repository.update(jobseeker)) {
            throw new ChangedMeanwhile(jobseeker.registrationNumber());
        }
        return repository
                .findByRegistrationNumber(jobseeker.registrationNumber())
                .orElseThrow();
    }

    /** Administrators only: upserts Adem's CSV export, row by row (see {@link JobseekerCsvImport}). */
    public JobseekerCsvImport.Report importCsv(Reader csv) throws IOException {
        if (!CurrentUser.require().hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("Only administrators import jobseekers");
        }
        JobseekerCsvImport csvImport = new JobseekerCsvImport(repository, transaction);
        JobseekerCsvImport.Report report = csvImport.run(csv);
        events.publishEvent(
                PersonalDataAccessed.of(PersonalDataAccessed.IMPORTED, csvImport.imported(), "jobseekers/import"));
        return report;
    }

    private boolean visible(Jobseeker jobseeker) {
        Collection<Agency> agencies = visibleAgencies();
        return agencies == null || agencies.contains(jobseeker.agency());
    }

    /** The agencies the current user may see; null for all. */
    private Collection<Agency> visibleAgencies() {
        CurrentUser user = CurrentUser.require();
        if (user.hasRole(Roles.SUPERVISOR) || user.hasRole(Roles.ADMIN) || user.hasRole(Roles.DPO)) {
            return null;
        }
        return user.agencies();
    }

    /** The record breaks a rule; {@link #problems()} says which field and why. */
    public static class InvalidJobseeker extends IllegalArgumentException {
        private final Map<String, String> problems;

        public InvalidJobseeker(Map<String, String> problems) {
            super(String.join("; ", problems.values()));
            this.problems = Map.copyOf(problems);
        }

        public Map<String, String> problems() {
            return problems;
        }
    }

    /** Someone else saved this jobseeker since it was read. */
    public static class ChangedMeanwhile extends RuntimeException {
        public ChangedMeanwhile(String registrationNumber) {
            super("Jobseeker " + registrationNumber + " was changed by someone else");
        }
    }
}
