package lu.adem.tremplin.shared;

import java.util.List;
import java.util.Map;

/**
 * What one module holds about jobseekers, declared by the module that owns the rows: the sections of the
 * subject access file, and how those rows are anonymised. The {@code privacy} module collects every bean
 * of this type, so a module that starts keeping personal data adds one bean and is covered by both duties.
 *
 * <p>Records are keyed by the registration number, the only personal identifier Tremplin passes between
 * modules and into the engine.
 */
public interface PersonalData {

    /**
     * The section's key, also its translation key suffix ({@code privacy.section.<key>}) and the name of
     * its part of the machine-readable file, e.g. {@code jobseeker}, {@code messages}.
     */
    String section();

    /**
     * Every record this module holds about one jobseeker, each as field → plain value (text, number,
     * boolean, {@link java.time.temporal.Temporal}, or nested lists and maps of them), oldest first.
     */
    List<Map<String, Object>> heldAbout(String registrationNumber);

    /**
     * Replaces the jobseeker's personal data in this module's rows: the registration number by the
     * pseudonym everywhere it appears, names, addresses and free text removed. Runs in the caller's
     * transaction; must leave the rows that figures are counted from in place.
     */
    void anonymise(String registrationNumber, String pseudonym);
}
