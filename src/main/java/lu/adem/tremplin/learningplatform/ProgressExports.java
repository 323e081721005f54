package lu.adem.tremplin.learningplatform;

import java.io.IOException;
import java.io.Reader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import lu.adem.tremplin.learningplatform.LearningPlatform.Progress;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.Roles;

/**
 * The partner's progress and certificate exports, for a pilot that receives files instead of API
 * access ({@code tremplin.learning-platform.progress-source=import}). Each row is upserted by
 * jobseeker and course in a transaction of its own; a malformed row is reported with its line number;
 * importing the same file twice changes nothing, and an older export never takes progress back.
 */
@Service
public class ProgressExports {

    static final List<String> PROGRESS_COLUMNS =
            List.of("external_id", "course_id", "progress", "time_spent_minutes", "last_activity_at");
    static final List<String> CERTIFICATE_COLUMNS = List.of("external_id", "course_id", "certificate_at");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,32}");

    /** What an import did; lines are the file's (header = 1). */
    public record Report(int created, int updated, int unchanged, List<LineError> errors) {}

    public record LineError(long line, String externalId, String message) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ProgressExports(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Columns: external_id, course_id, progress (0–100), time_spent_minutes, last_activity_at, optional completed_at. */
    public Report importProgress(Reader csv) throws IOException {
        requireAdministrator();
        return read(
                csv,
                PROGRESS_COLUMNS,
                record -> {
                    int percent = number(record, "progress", 0, 100);
                    Instant completed = record.isMapped("completed_at") ? instant(record, "completed_at") : null;
                    if (completed == null && percent == 100) {
                        completed = instant(record, "last_activity_at");
                    }
                    return new Progress(
                            id(record, "external_id"),
                            id(record, "course_id"),
                            percent,
                            number(record, "time_spent_minutes", 0, 1_000_000),
                            instant(record, "last_activity_at"),
                            completed,
                            null);
                },
                this::upsertProgress);
    }

    /** Columns: external_id, course_id, certificate_at. A certificate completes the course. */
    public Report importCertificates(Reader csv) throws IOException {
        requireAdministrator();
        return read(
                csv,
                CERTIFICATE_COLUMNS,
                record -> {
                    Instant at = instant(record, "certificate_at");
                    if (at == null) {
                        throw new IllegalArgumentException("certificate_at is required");
                    }
                    return new Progress(id(record, "external_id"), id(record, "course_id"), 100, 0, null, at, at);
                },
                this::upsertCertificate);
    }

    /** The imported progress of a jobseeker in a course; nothing done yet when there is no row. */
    public Progress progressOf(String externalId, String courseId) {
        return jdbc.sql("select * from platform_progress where external_id = :id and course_id = :course")
                .param("id", externalId)
                .param("course", courseId)
                .query((rs, row) -> new Progress(
                        externalId,
                        courseId,
                        rs.getInt("progress"),
                        rs.getInt("minutes_spent"),
                        instant(rs.getTimestamp("last_activity_at")),
                        instant(rs.getTimestamp("completed_at")),
                        instant(rs.getTimestamp("certificate_at"))))
                .optional()
                .orElse(new Progress(externalId, courseId, 0, 0, null, null, null));
    }

    private interface Parser {
        Progress parse(CSVRecord record);
    }

    private interface Upsert {
        Outcome upsert(Progress progress);
    }

    private enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    private Report read(Reader csv, List<String> columns, Parser parser, Upsert upsert) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
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
        try (CSVParser rows = CSVParser.parse(csv, format)) {
            List<String> missing = columns.stream()
                    .filter(column -> rows.getHeaderMap().keySet().stream().noneMatch(column::equalsIgnoreCase))
                    .toList();
            if (!missing.isEmpty()) {
                return new Report(
                        0, 0, 0, List.of(new LineError(1, null, "missing columns: " + String.join(", ", missing))));
            }
            for (CSVRecord record : rows) {
                long line = rows.getCurrentLineNumber();
                String id = record.isSet("external_id") ? record.get("external_id") : null;
                try {
                    if (!record.isConsistent()) {
                        throw new IllegalArgumentException(
                                "expected " + rows.getHeaderNames().size() + " columns, found " + record.size());
                    }
                    Progress progress = parser.parse(record);
                    switch (transaction.execute(status -> upsert.upsert(progress))) {
                        case CREATED -> created++;
                        case UPDATED -> updated++;
                        case UNCHANGED -> unchanged++;
                    }
                } catch (IllegalArgumentException | DateTimeParseException invalid) {
                    errors.add(new LineError(line, id, invalid.getMessage()));
                }
            }
        } catch (java.io.UncheckedIOException | IllegalStateException malformed) {
            errors.add(new LineError(-1, null, "the file is not valid CSV: " + malformed.getMessage()));
        }
        return new Report(created, updated, unchanged, errors);
    }

    private Outcome upsertProgress(Progress row) {
        Optional<Progress> stored = stored(row);
        if (stored.isEmpty()) {
            insert(row);
            return Outcome.CREATED;
        }
        Progress before = stored.get();
        boolean older = before.lastActivityAt() != null
                && (row.lastActivityAt() == null || row.lastActivityAt().isBefore(before.lastActivityAt()));
        Progress merged = new Progress(
                row.externalId(),
                row.courseId(),
                row.percent(),
                row.minutesSpent(),
                row.lastActivityAt(),
                before.completedAt() != null ? before.completedAt() : row.completedAt(),
                before.certificateAt());
        if (older || merged.equals(before)) {
            return Outcome.UNCHANGED;
        }
        update(merged);
        return Outcome.UPDATED;
    }

    private Outcome upsertCertificate(Progress row) {
        Optional<Progress> stored = stored(row);
        if (stored.isEmpty()) {
            insert(row);
            return Outcome.CREATED;
        }
        Progress before = stored.get();
        if (row.certificateAt().equals(before.certificateAt())) {
            return Outcome.UNCHANGED;
        }
        update(new Progress(
                before.externalId(),
                before.courseId(),
                100,
                before.minutesSpent(),
                before.lastActivityAt(),
                before.completedAt() != null ? before.completedAt() : row.completedAt(),
                row.certificateAt()));
        return Outcome.UPDATED;
    }

    private Optional<Progress> stored(Progress row) {
        return jdbc.sql("select count(*) from platform_progress where external_id = :id and course_id = :course")
                                .param("id", row.externalId())
                                .param("course", row.courseId())
                                .query(Integer.class)
                                .single()
                        == 0
                ? Optional.empty()
                : Optional.of(progressOf(row.externalId(), row.courseId()));
    }

    private void insert(Progress row) {
        jdbc.sql("insert into platform_progress (external_id, course_id, progress, minutes_spent, last_activity_at, "
                        + "completed_at, certificate_at, updated_at) values (:id, :course, :progress, :minutes, :last, :completed, "
                        + ":certificate, :now)")
                .params(columns(row))
                .update();
    }

    private void update(Progress row) {
        jdbc.sql(
                        "update platform_progress set progress = :progress, minutes_spent = :minutes, last_activity_at = :last, "
                                + "completed_at = :completed, certificate_at = :certificate, updated_at = :now "
                                + "where external_id = :id and course_id = :course")
                .params(columns(row))
                .update();
    }

    private Map<String, Object> columns(Progress row) {
        Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("id", row.externalId());
        columns.put("course", row.courseId());
        columns.put("progress", row.percent());
        columns.put("minutes", row.minutesSpent());
        columns.put("last", timestamp(row.lastActivityAt()));
        columns.put("completed", timestamp(row.completedAt()));
        columns.put("certificate", timestamp(row.certificateAt()));
        columns.put("now", LocalDateTime.now(clock));
        return columns;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String id(CSVRecord record, String column) {
        String value = record.get(column);
        if (value == null || !ID.matcher(value).matches()) {
            throw new IllegalArgumentException(column + " must be 1–32 letters, digits or dashes, was '" + value + "'");
        }
        return value;
    }

    private static int number(CSVRecord record, String column, int min, int max) {
        try {
            int value = Integer.parseInt(record.get(column));
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(column + " must be a whole number from " + min + " to " + max + ", was '"
                    + record.get(column) + "'");
        }
    }

    private static Instant instant(CSVRecord record, String column) {
        String value = record.get(column);
        return value == null || value.isBlank() ? null : Instant.parse(value);
    }

    private static void requireAdministrator() {
        if (!CurrentUser.get().map(user -> user.hasRole(Roles.ADMIN)).orElse(false)) {
            throw new AccessDeniedException("Only administrators import the learning platform's exports");
        }
    }
}
