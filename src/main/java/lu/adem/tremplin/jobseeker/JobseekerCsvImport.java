package lu.adem.tremplin.jobseeker;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.transaction.support.TransactionTemplate;

import lu.adem.tremplin.shared.Agency;

/**
 * Imports Adem's jobseeker export: a CSV file with a header row, separated by semicolons (Excel in
 * Luxembourg) or commas, columns {@code registration_number, last_name, first_name, agency,
 * referent_counsellor, languages, email, phone, target_occupation} and optionally {@code active}
 * ({@code true/false}, {@code yes/no}, {@code 1/0}; absent means active); languages as {@code FR|DE}; agency
 * by code or name. Each row is upserted by registration number in a transaction of its own: a
 * malformed row is reported with its line number and changes nothing, the valid rows are kept, and
 * importing the same file twice changes nothing the second time.
 */
public final class JobseekerCsvImport {

    static final List<String> COLUMNS = List.of(
            "registration_number",
            "last_name",
            "first_name",
            "agency",
            "referent_counsellor",
            "languages",
            "email",
            "phone",
            "target_occupation");

    /** What an import did. Lines are the file's line numbers, header = 1. */
    public record Report(int created, int updated, int unchanged, List<LineError> errors) {}

    /** A row that was not imported, and why. */
    public record LineError(long line, String registrationNumber, String message) {}

    private final JobseekerRepository repository;
    private final TransactionTemplate transaction;

    /** The registration numbers of the rows read without error (created, updated or unchanged). */
    private final List<String> imported = new ArrayList<>();

    JobseekerCsvImport(JobseekerRepository repository, TransactionTemplate transaction) {
        this.repository = repository;
        this.transaction = transaction;
    }

    Report run(Reader source) throws IOException {
        var buffered = new java.io.BufferedReader(source);
        buffered.mark(8192);
        String header = Optional.ofNullable(buffered.readLine()).orElse("");
        buffered.reset();
        char delimiter = header.chars().filter(c -> c == ';').count()
                        >= header.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setIgnoreHeaderCase(true)
                .get();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<LineError> errors = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(buffered, format)) {
            List<String> missing = COLUMNS.stream()
                    .filter(column -> parser.getHeaderMap().keySet().stream().noneMatch(column::equalsIgnoreCase))
                    .toList();
            if (!missing.isEmpty()) {
                return new Report(
                        0, 0, 0, List.of(new LineError(1, null, "missing columns: " + String.join(", ", missing))));
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                String number = value(record, "registration_number");
                try {
                    switch (upsert(parse(record), active(record))) {
                        case CREATED -> created++;
                        case UPDATED -> updated++;
                        case UNCHANGED -> unchanged++;
                    }
                    imported.add(upper(number));
                } catch (IllegalArgumentException invalid) {
                    errors.add(new LineError(line, number, invalid.getMessage()));
                } catch (RuntimeException failed) {
                    errors.add(new LineError(line, number, "not saved: " + failed.getMessage()));
                }
            }
        } catch (java.io.UncheckedIOException | IllegalStateException malformed) {
            errors.add(new LineError(-1, null, "the file is not valid CSV: " + malformed.getMessage()));
        }
        return new Report(created, updated, unchanged, errors);
    }

    List<String> imported() {
        return List.copyOf(imported);
    }

    private enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    private Outcome upsert(Jobseeker row, boolean active) {
        Map<String, String> problems = JobseekerRules.problems(row);
        if (!problems.isEmpty()) {
            throw new Jobseekers.InvalidJobseeker(problems);
        }
        return transaction.execute(status -> {
            Optional<Jobseeker> stored = repository.findByRegistrationNumber(row.registrationNumber());
            if (stored.isEmpty()) {
                repository.insert(row);
                repository.setActive(row.registrationNumber(), active);
                return Outcome.CREATED;
            }
            Jobseeker changed = stored.get().withDetailsOf(row);
            boolean wasActive = repository
                    .registration(row.registrationNumber())
                    .map(Registration::active)
                    .orElse(true);
            if (changed.equals(stored.get()) && wasActive == active) {
                return Outcome.UNCHANGED;
            }
            if (!changed.equals(stored.get()) && !repository.update(changed)) {
                throw new Jobseekers.ChangedMeanwhile(row.registrationNumber());
            }
            repository.setActive(row.registrationNumber(), active);
            return Outcome.UPDATED;
        });
    }

    private static Jobseeker parse(CSVRecord record) {
        if (!record.isConsistent()) {
            throw new IllegalArgumentException("expected " + COLUMNS.size() + " columns, found " + record.size());
        }
        String agencyText = value(record, "agency");
        Agency agency = agency(agencyText);
        return new Jobseeker(
                null,
                upper(value(record, "registration_number")),
                value(record, "first_name"),
                value(record, "last_name"),
                agency,
                value(record, "referent_counsellor"),
                languages(value(record, "languages")),
                value(record, "email"),
                value(record, "phone"),
                upper(value(record, "target_occupation")),
                null);
    }

    private static boolean active(CSVRecord record) {
        String text = value(record, "active");
        if (text == null) {
            return true;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "oui", "ja", "1" -> true;
            case "false", "no", "non", "nein", "0" -> false;
            default -> throw new IllegalArgumentException("active must be true or false, was '" + text + "'");
        };
    }

    private static Agency agency(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(Agency.values())
                .filter(a -> a.code().equalsIgnoreCase(text) || a.displayName().equalsIgnoreCase(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown agency '" + text + "'"));
    }

    private static Set<Language> languages(String text) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        if (text == null) {
            return languages;
        }
        for (String code : text.split("[|,/ ]+")) {
            if (!code.isBlank()) {
                try {
                    languages.add(Language.valueOf(code.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException unknown) {
                    throw new IllegalArgumentException("unknown language '" + code + "' (FR, EN, ES, DE or LB)");
                }
            }
        }
        return languages;
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? blankToNull(record.get(column)) : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
