package lu.adem.tremplin.catalogue;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.Roles;

/** The course catalogue: search for counsellors, the active courses for recommendation, imports for administrators. */
@Service
public class Catalogue {

    private static final Logger log = LoggerFactory.getLogger(Catalogue.class);

    /** What an import did; lines are the file's line numbers (CSV: header = 1). */
    public record ImportReport(int created, int updated, int unchanged, int retired, List<LineError> errors) {}

    /** A row that was not imported, and why. */
    public record LineError(long line, String platformId, String message) {}

    /** The latest import: where today's catalogue comes from. */
    public record ImportRecord(String fileName, boolean sample, String importedBy, LocalDateTime importedAt) {}

    private final CourseRepository courses;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Cached cache = new Cached("", List.of());

    private record Cached(String version, List<Course> courses) {}

    Catalogue(CourseRepository courses, TransactionTemplate transaction, JdbcClient jdbc, Clock clock) {
        this.courses = courses;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Course> search(CourseQuery query, int offset, int limit) {
        return courses.search(query, offset, Math.min(limit, 500));
    }

    public int count(CourseQuery query) {
        return courses.count(query);
    }

    public Optional<Course> find(String platformId) {
        return courses.find(platformId);
    }

    /** Every course not retired, kept in memory until an import (on any node) changes the catalogue. */
    public List<Course> activeCourses() {
        String version = courses.version();
        Cached current = cache;
        if (!current.version().equals(version)) {
            current = new Cached(version, List.copyOf(courses.active()));
            cache = current;
        }
        return current.courses();
    }

    public Optional<ImportRecord> latestImport() {
        return jdbc.sql("select file_name, sample, imported_by, imported_at from catalogue_import order by id desc "
                        + "fetch first 1 rows only")
                .query((rs, row) -> new ImportRecord(
                        rs.getString("file_name"),
                        rs.getBoolean("sample"),
                        rs.getString("imported_by"),
                        rs.getTimestamp("imported_at").toLocalDateTime()))
                .optional();
    }

    /** Imports the partner's CSV export (administrators). */
    public ImportReport importCsv(Reader csv, String fileName) throws IOException {
        requireAdministrator();
        return record(fileName, false, newImport().csv(csv));
    }

    /** Imports the partner's JSON export (administrators). */
    public ImportReport importJson(Reader json, String fileName) throws IOException {
        requireAdministrator();
        return record(fileName, false, newImport().json(json));
    }

    /** Loads the shipped sample catalogue (embedded default, no user). */
    ImportReport importSample(Reader csv, String fileName) throws IOException {
        return record(fileName, true, newImport().csv(csv));
    }

    private CatalogueImport newImport() {
        return new CatalogueImport(courses, transaction, System.nanoTime());
    }

    private ImportReport record(String fileName, boolean sample, ImportReport report) {
        String user = CurrentUser.get().map(CurrentUser::userId).orElse("system");
        jdbc.sql(
                        "insert into catalogue_import (file_name, sample, imported_by, imported_at, created, updated, unchanged, "
                                + "retired, rejected) values (:file, :sample, :user, :now, :created, :updated, :unchanged, :retired, :rejected)")
                .param("file", fileName == null ? "(upload)" : fileName.substring(0, Math.min(200, fileName.length())))
                .param("sample", sample)
                .param("user", user)
                .param("now", LocalDateTime.now(clock))
                .param("created", report.created())
                .param("updated", report.updated())
                .param("unchanged", report.unchanged())
                .param("retired", report.retired())
                .param("rejected", report.errors().size())
                .update();
        log.info(
                "Catalogue import of {} by {}: {} created, {} updated, {} unchanged, {} retired, {} rejected",
                fileName,
                user,
                report.created(),
                report.updated(),
                report.unchanged(),
                report.retired(),
                report.errors().size());
        return report;
    }

    private static void requireAdministrator() {
        if (!CurrentUser.get().map(user -> user.hasRole(Roles.ADMIN)).orElse(false)) {
            throw new AccessDeniedException("Only administrators import the catalogue");
        }
    }
}
