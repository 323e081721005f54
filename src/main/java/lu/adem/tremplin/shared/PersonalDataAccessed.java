package lu.adem.tremplin.shared;

import java.util.Collection;
import java.util.List;

/**
 * A user opened, exported, imported or changed personal data of the jobseekers named: published by the
 * screen or service that did it, recorded in the access log by the {@code privacy} module (who and when
 * are taken from the signed-in user and the clock there).
 *
 * @param action what was done, e.g. {@link #FILE_OPENED}
 * @param registrationNumbers the jobseekers concerned (one entry each in the log)
 * @param screen where it happened: the route or export, e.g. {@code jobseeker/file}, {@code cockpit/overdue.csv}
 */
public record PersonalDataAccessed(String action, List<String> registrationNumbers, String screen) {

    public static final String FILE_OPENED = "file-opened";
    public static final String EXPORTED = "exported";
    public static final String IMPORTED = "imported";
    public static final String CHANGED = "changed";
    public static final String SUBJECT_ACCESS = "subject-access";
    public static final String ANONYMISED = "anonymised";

    public PersonalDataAccessed {
        registrationNumbers = List.copyOf(registrationNumbers);
    }

    public static PersonalDataAccessed of(String action, String registrationNumber, String screen) {
        return new PersonalDataAccessed(action, List.of(registrationNumber), screen);
    }

    public static PersonalDataAccessed of(String action, Collection<String> registrationNumbers, String screen) {
        return new PersonalDataAccessed(action, List.copyOf(registrationNumbers), screen);
    }
}
