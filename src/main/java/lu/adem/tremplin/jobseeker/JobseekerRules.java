package lu.adem.tremplin.jobseeker;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What makes a jobseeker's record valid. Returns field → problem, so that forms can show each next
 * to its field and the CSV import can name them per line.
 */
public final class JobseekerRules {

    public static final Pattern REGISTRATION_NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,31}");
    /** ROME codes: a letter A–N and four digits, e.g. M1607. */
    public static final Pattern ROME_CODE = Pattern.compile("[A-N][0-9]{4}");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,20}");

    private JobseekerRules() {}

    public static Map<String, String> problems(Jobseeker jobseeker) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(jobseeker.registrationNumber())
                || !REGISTRATION_NUMBER.matcher(jobseeker.registrationNumber()).matches()) {
            problems.put("registrationNumber", "registration number must be 3–32 capital letters, digits or dashes");
        }
        if (blank(jobseeker.firstName()) || jobseeker.firstName().length() > 100) {
            problems.put("firstName", "first name is required (at most 100 characters)");
        }
        if (blank(jobseeker.lastName()) || jobseeker.lastName().length() > 100) {
            problems.put("lastName", "last name is required (at most 100 characters)");
        }
        if (jobseeker.agency() == null) {
            problems.put("agency", "agency is required");
        }
        if (jobseeker.languages() == null || jobseeker.languages().isEmpty()) {
            problems.put("languages", "at least one language is required");
        }
        if (!blank(jobseeker.email())
                && (!EMAIL.matcher(jobseeker.email()).matches()
                        || jobseeker.email().length() > 254)) {
            problems.put("email", "email address is not valid");
        }
        if (!blank(jobseeker.phone()) && !PHONE.matcher(jobseeker.phone()).matches()) {
            problems.put("phone", "phone number is not valid");
        }
        if (!blank(jobseeker.targetOccupation())
                && !ROME_CODE.matcher(jobseeker.targetOccupation()).matches()) {
            problems.put("targetOccupation", "target occupation must be a ROME code such as M1607");
        }
        return problems;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
