package lu.adem.tremplin.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.vaadin.flow.i18n.I18NProvider;

import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.PersonalData;
import lu.adem.tremplin.shared.PersonalDataAccessed;
import lu.adem.tremplin.shared.Roles;

/**
 * The subject access file (issue 17): everything Tremplin holds about one jobseeker, collected from every
 * {@link PersonalData} bean, as a machine-readable JSON document or a printable HTML page in the jobseeker's
 * language (their message language: French, German or English). Only the data protection officer downloads
 * it, and every download is recorded in the access log.
 */
@Service
public class SubjectAccess {

    /** Where downloads are recorded as made from, in the access log. */
    static final String SCREEN = "privacy/subject-access";

    /** The sections that come first, in this order; any other follows by name. */
    private static final List<String> ORDER =
            List.of("jobseeker", "engine", "messages", "selfAssessmentLinks", "clubs", "learningPlatform", "pilot");

    /** One file to download. */
    public record Download(String fileName, String contentType, byte[] content) {}

    /** What the file says, before it is written as JSON or HTML. */
    record Contents(
            LocalDateTime generatedAt,
            String generatedBy,
            String tremplinVersion,
            String registrationNumber,
            String language,
            Map<String, List<Map<String, Object>>> sections) {}

    private final List<PersonalData> holders;
    private final Jobseekers jobseekers;
    private final I18NProvider translations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    SubjectAccess(
            List<PersonalData> holders,
            Jobseekers jobseekers,
            I18NProvider translations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.holders = holders.stream()
                .sorted(Comparator.comparing((PersonalData holder) -> rank(holder.section()))
                        .thenComparing(PersonalData::section))
                .toList();
        this.jobseekers = jobseekers;
        this.translations = translations;
        this.events = events;
        this.clock = clock;
    }

    /** The machine-readable file: metadata, then one member per section with its records. */
    public Download json(String registrationNumber) {
        Contents contents = collect(registrationNumber);
        try {
            byte[] bytes = json.writeValueAsBytes(contents);
            recordDownload(registrationNumber, "json");
            return new Download(fileName(contents, "json"), "application/json", bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The subject access file could not be written as JSON", e);
        }
    }

    /** The readable file: a printable HTML page in the jobseeker's language. */
    public Download html(String registrationNumber) {
        Contents contents = collect(registrationNumber);
        Locale locale = Locale.forLanguageTag(contents.language());
        String page = new SubjectAccessPage(
                        (key, params) -> translations.getTranslation(key, locale, params), locale, clock.getZone())
                .render(contents);
        recordDownload(registrationNumber, "html");
        return new Download(
                fileName(contents, "html"), "text/html;charset=UTF-8", page.getBytes(StandardCharsets.UTF_8));
    }

    Contents collect(String registrationNumber) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(Roles.DPO)) {
            throw new AccessDeniedException(
                    "Only the data protection officer downloads a subject access file: " + user.userId());
        }
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        for (PersonalData holder : holders) {
            sections.put(holder.section(), holder.heldAbout(registrationNumber));
        }
        String language = jobseekers
                .messageContactOf(registrationNumber)
                .map(Jobseekers.MessageContact::language)
                .orElse("fr");
        return new Contents(
                LocalDateTime.now(clock),
                user.userId(),
                SubjectAccess.class.getPackage().getImplementationVersion(),
                registrationNumber,
                language,
                sections);
    }

    private void recordDownload(String registrationNumber, String format) {
        events.publishEvent(PersonalDataAccessed.of(
                PersonalDataAccessed.SUBJECT_ACCESS, registrationNumber, SCREEN + "." + format));
    }

    private static String fileName(Contents contents, String extension) {
        String number = contents.registrationNumber().replaceAll("[^A-Za-z0-9-]", "_");
        return "tremplin-" + number + "-" + contents.generatedAt().toLocalDate() + "." + extension;
    }

    private static int rank(String section) {
        int at = ORDER.indexOf(section);
        return at < 0 ? ORDER.size() : at;
    }
}
