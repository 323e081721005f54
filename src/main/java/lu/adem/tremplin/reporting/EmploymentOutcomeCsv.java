package lu.adem.tremplin.reporting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import lu.adem.tremplin.reporting.EmploymentOutcomes.ExitKind;
import lu.adem.tremplin.reporting.EmploymentOutcomes.LineError;

/**
 * Reads Adem's employment-outcome export: a header row, semicolons or commas, columns
 * {@code registration_number, exit_date, exit_kind}; the date as {@code 2026-03-31}, {@code 31/03/2026} or
 * {@code 31.03.2026}; the kind {@code employment}, {@code training} or {@code other} (also in French or
 * German). Reads the whole file before anything is written: every problem is a {@link LineError} whose
 * message is a translation key, so that the administrator reads it in their language.
 */
final class EmploymentOutcomeCsv {

    static final List<String> COLUMNS = List.of("registration_number", "exit_date", "exit_kind");
    /** About 30 years of Adem's exits from the register; a larger file is refused whole. */
    static final int MAX_ROWS = 500_000;

    /** As the jobseeker register's rule. */
    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,31}");

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd/MM/uuuu"),
            DateTimeFormatter.ofPattern("dd.MM.uuuu"));

    /** One valid line. */
    record Outcome(long line, String registrationNumber, LocalDate exitedOn, ExitKind kind) {}

    /** The valid lines, or the reasons why the file is refused. */
    record Read(List<Outcome> outcomes, List<LineError> errors) {}

    private EmploymentOutcomeCsv() {}

    static Read read(Reader source, LocalDate today) throws IOException {
        BufferedReader buffered = new BufferedReader(source);
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
        List<Outcome> outcomes = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        Map<String, Outcome> seen = new HashMap<>();
        int rows = 0;
        try (CSVParser parser = CSVParser.parse(buffered, format)) {
            List<String> missing = COLUMNS.stream()
                    .filter(column -> parser.getHeaderMap().keySet().stream().noneMatch(column::equalsIgnoreCase))
                    .toList();
            if (!missing.isEmpty()) {
                return new Read(
                        List.of(),
                        List.of(new LineError(1, null, "employment-import.error.columns", String.join(", ", missing))));
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (++rows > MAX_ROWS) {
                    return new Read(
                            List.of(),
                            List.of(new LineError(line, null, "employment-import.error.too-many", MAX_ROWS)));
                }
                String number = upper(value(record, "registration_number"));
                try {
                    Outcome outcome = parse(line, record, number, today);
                    Outcome before = seen.putIfAbsent(outcome.registrationNumber() + "|" + outcome.exitedOn(), outcome);
                    if (before == null) {
                        outcomes.add(outcome);
                    } else if (before.kind() != outcome.kind()) {
                        throw new Refused("employment-import.error.repeated", before.line());
                    }
                } catch (Refused refused) {
                    errors.add(new LineError(line, number, refused.key, refused.argument));
                }
            }
        } catch (UncheckedIOException | IllegalStateException malformed) {
            errors.add(
                    new LineError(-1, null, "employment-import.error.not-csv", String.valueOf(malformed.getMessage())));
        }
        return new Read(errors.isEmpty() ? outcomes : List.of(), errors);
    }

    private static Outcome parse(long line, CSVRecord record, String number, LocalDate today) {
        if (!record.isConsistent()) {
            throw new Refused("employment-import.error.column-count", record.size());
        }
        if (number == null || !REGISTRATION_NUMBER.matcher(number).matches()) {
            throw new Refused("employment-import.error.registration-number", String.valueOf(number));
        }
        LocalDate exitedOn = date(value(record, "exit_date"));
        if (exitedOn.isAfter(today)) {
            throw new Refused("employment-import.error.future", exitedOn);
        }
        return new Outcome(line, number, exitedOn, kind(value(record, "exit_kind")));
    }

    private static LocalDate date(String text) {
        if (text == null) {
            throw new Refused("employment-import.error.date", "");
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException notThisOne) {
                // the next format
            }
        }
        throw new Refused("employment-import.error.date", text);
    }

    private static ExitKind kind(String text) {
        String kind = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "employment", "emploi", "beschäftigung", "beschaeftigung", "arbeit" -> ExitKind.EMPLOYMENT;
            case "training", "formation", "ausbildung", "weiterbildung" -> ExitKind.TRAINING;
            case "other", "autre", "andere", "sonstige" -> ExitKind.OTHER;
            default -> throw new Refused("employment-import.error.kind", String.valueOf(text));
        };
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** A refused line: the translation key of the reason and its one argument. */
    private static final class Refused extends RuntimeException {
        private final String key;
        private final transient Object argument;

        Refused(String key, Object argument) {
            super(key, null, false, false);
            this.key = key;
            this.argument = argument;
        }
    }
}
