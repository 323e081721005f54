package lu.adem.tremplin.catalogue;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Imports the partner's catalogue export, CSV or JSON. Each course is upserted by platform id in a
 * transaction of its own: a malformed row is reported with its line number and changes nothing; the
 * rest goes in. Once the whole file is read, courses it does not mention are retired (unless the
 * file held no valid course at all, or could not be read to its end). Importing the same file twice
 * changes nothing the second time.
 */
final class CatalogueImport {

    static final List<String> COLUMNS = List.of(
            "platform_id", "title", "language", "difficulty", "duration_hours", "topic", "skills", "paths", "url");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,32}");
    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    private final CourseRepository courses;
    private final TransactionTemplate transaction;
    private final long run;
    private int created;
    private int updated;
    private int unchanged;
    private final List<Catalogue.LineError> errors = new ArrayList<>();
    private boolean readToTheEnd = true;

    CatalogueImport(CourseRepository courses, TransactionTemplate transaction, long run) {
        this.courses = courses;
        this.transaction = transaction;
        this.run = run;
    }

    Catalogue.ImportReport csv(Reader source) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setIgnoreHeaderCase(true)
                .get();
        try (CSVParser parser = CSVParser.parse(source, format)) {
            List<String> missing = COLUMNS.stream()
                    .filter(column -> parser.getHeaderMap().keySet().stream().noneMatch(column::equalsIgnoreCase))
                    .toList();
            if (!missing.isEmpty()) {
                errors.add(new Catalogue.LineError(1, null, "missing columns: " + String.join(", ", missing)));
                readToTheEnd = false;
                return report(0);
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                String id = record.isMapped("platform_id") && record.isSet("platform_id")
                        ? record.get("platform_id")
                        : null;
                if (!record.isConsistent()) {
                    fail(line, id, "expected " + parser.getHeaderNames().size() + " columns, found " + record.size());
                    continue;
                }
                take(
                        line,
                        id,
                        () -> course(
                                id,
                                record.get("title"),
                                record.get("language"),
                                record.get("difficulty"),
                                record.get("duration_hours"),
                                record.get("topic"),
                                split(record.get("skills")),
                                split(record.get("paths")),
                                record.get("url")));
            }
        } catch (java.io.UncheckedIOException | IllegalStateException malformed) {
            errors.add(new Catalogue.LineError(-1, null, "the file is not valid CSV: " + malformed.getMessage()));
            readToTheEnd = false;
        }
        return finish();
    }

    Catalogue.ImportReport json(Reader source) throws IOException {
        try (JsonParser parser = JSON.createParser(source)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                errors.add(new Catalogue.LineError(1, null, "expected a JSON array of courses"));
                readToTheEnd = false;
                return report(0);
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                long line = parser.currentTokenLocation().getLineNr();
                JsonNode node = JSON.readTree(parser);
                String id = text(node, "platformId").or(() -> text(node, "id")).orElse(null);
                take(
                        line,
                        id,
                        () -> course(
                                id,
                                text(node, "title").orElse(null),
                                text(node, "language").orElse(null),
                                text(node, "difficulty").orElse(null),
                                text(node, "durationHours").orElse(null),
                                text(node, "topic").orElse(null),
                                list(node, "skills"),
                                list(node, "paths"),
                                text(node, "url").orElse(null)));
            }
        } catch (JsonProcessingException malformed) {
            errors.add(new Catalogue.LineError(
                    malformed.getLocation() == null
                            ? -1
                            : malformed.getLocation().getLineNr(),
                    null,
                    "the file is not valid JSON: " + malformed.getOriginalMessage()));
            readToTheEnd = false;
        }
        return finish();
    }

    private void take(long line, String id, java.util.function.Supplier<Course> parse) {
        Course course;
        try {
            course = parse.get();
        } catch (IllegalArgumentException invalid) {
            fail(line, id, invalid.getMessage());
            return;
        }
        try {
            switch (upsert(course)) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        } catch (RuntimeException failed) {
            fail(line, id, "not saved: " + failed.getMessage());
        }
    }

    /** A refused row; its course, if it exists, is not retired for being malformed today. */
    private void fail(long line, String id, String message) {
        errors.add(new Catalogue.LineError(line, id, message));
        if (id != null && ID.matcher(id.trim()).matches()) {
            transaction.executeWithoutResult(status -> courses.seen(id.trim(), run));
        }
    }

    private Outcome upsert(Course course) {
        return transaction.execute(status -> {
            Optional<Course> stored = courses.find(course.platformId());
            if (stored.isEmpty()) {
                courses.insert(course, run);
                return Outcome.CREATED;
            }
            if (stored.get().equals(course)) {
                courses.seen(course.platformId(), run);
                return Outcome.UNCHANGED;
            }
            courses.update(course, run);
            return Outcome.UPDATED;
        });
    }

    private Catalogue.ImportReport finish() {
        boolean anyValid = created + updated + unchanged > 0;
        int retired = readToTheEnd && anyValid ? transaction.execute(status -> courses.retireUnseen(run)) : 0;
        return report(retired);
    }

    private Catalogue.ImportReport report(int retired) {
        return new Catalogue.ImportReport(created, updated, unchanged, retired, List.copyOf(errors));
    }

    static Course course(
            String id,
            String title,
            String language,
            String difficulty,
            String hours,
            String topic,
            List<String> skills,
            List<String> paths,
            String url) {
        if (id == null || !ID.matcher(id.trim()).matches()) {
            throw new IllegalArgumentException("platform id must be 1–32 letters, digits or dashes, was '" + id + "'");
        }
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new IllegalArgumentException("title is required, at most 300 characters");
        }
        if (topic == null || !TAG.matcher(topic.trim()).matches()) {
            throw new IllegalArgumentException("topic must be a code such as 'office', was '" + topic + "'");
        }
        for (String skill : skills) {
            if (!TAG.matcher(skill).matches()) {
                throw new IllegalArgumentException("skill tag '" + skill + "' is not a code such as 'spreadsheets'");
            }
        }
        if (url == null || !url.trim().matches("https?://\\S{3,490}")) {
            throw new IllegalArgumentException("url must start with https://, was '" + url + "'");
        }
        return new Course(
                id.trim(),
                title.trim(),
                language(language),
                difficulty(difficulty),
                hours(hours),
                topic.trim(),
                new LinkedHashSet<>(skills),
                paths,
                url.trim(),
                false);
    }

    private static Course.CourseLanguage language(String text) {
        try {
            return Course.CourseLanguage.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException unknown) {
            throw new IllegalArgumentException("language must be fr, en, es, de or lb, was '" + text + "'");
        }
    }

    private static Course.Difficulty difficulty(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "beginner", "easy", "facile" -> Course.Difficulty.BEGINNER;
            case "intermediate", "medium", "moyenne", "moyen" -> Course.Difficulty.INTERMEDIATE;
            case "advanced", "hard", "difficile" -> Course.Difficulty.ADVANCED;
            default ->
                throw new IllegalArgumentException(
                        "difficulty must be beginner, intermediate or advanced, was '" + text + "'");
        };
    }

    private static int hours(String text) {
        try {
            double hours = Double.parseDouble(text.trim().replace(',', '.'));
            if (hours <= 0 || hours > 500) {
                throw new NumberFormatException();
            }
            return (int) Math.ceil(hours);
        } catch (RuntimeException notHours) {
            throw new IllegalArgumentException(
                    "duration_hours must be a number of hours from 1 to 500, was '" + text + "'");
        }
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.stream(text.split("\\|"))
                        .map(String::trim)
                        .filter(value -> !value.isEmpty())
                        .toList();
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static List<String> list(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isTextual()) {
            return split(value.asText());
        }
        List<String> values = new ArrayList<>();
        value.forEach(item -> values.add(item.asText().trim()));
        return values.stream().filter(item -> !item.isEmpty()).toList();
    }
}
