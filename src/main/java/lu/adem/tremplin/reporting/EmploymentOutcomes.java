package lu.adem.tremplin.reporting;

import java.io.IOException;
import java.io.Reader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.PersonalDataAccessed;
import lu.adem.tremplin.shared.Roles;

/**
 * Administrators import Adem's employment-outcome export (format: {@link EmploymentOutcomeCsv}). A file is
 * written whole or not at all: one refused line and nothing changes. A row is one jobseeker's exit from the
 * register on one day: importing the same file again changes nothing, a later export with another kind for
 * the same day corrects it. Rows of jobseekers the pilot never invited are skipped, not kept.
 */
@Service
public class EmploymentOutcomes {

    /** How a jobseeker left the register. */
    public enum ExitKind {
        EMPLOYMENT,
        TRAINING,
        OTHER
    }

    /**
     * A refused line (header = 1; -1 for the file as a whole): {@code message} is a translation key taking
     * {@code argument} as its one parameter.
     */
    public record LineError(long line, String registrationNumber, String message, Object argument) {}

    /** What an import did; {@code written} is false when a refused line kept the whole file out. */
    public record Report(
            String fileName,
            boolean written,
            int created,
            int updated,
            int unchanged,
            int skipped,
            List<LineError> errors) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmploymentOutcomes(
            JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** Imports one export; for administrators only. */
    public Report importCsv(Reader csv, String fileName) throws IOException {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("Only administrators import employment outcomes: " + user.userId());
        }
        EmploymentOutcomeCsv.Read read = EmploymentOutcomeCsv.read(csv, LocalDate.now(clock));
        if (!read.errors().isEmpty()) {
            return new Report(fileName, false, 0, 0, 0, 0, read.errors());
        }
        List<String> imported = new ArrayList<>();
        try {
            int[] counts = transaction.execute(status -> write(read.outcomes(), imported));
            events.publishEvent(
                    PersonalDataAccessed.of(PersonalDataAccessed.IMPORTED, imported, "employment-outcomes/import"));
            return new Report(fileName, true, counts[0], counts[1], counts[2], counts[3], List.of());
        } catch (DataAccessException failed) {
            return new Report(
                    fileName,
                    false,
                    0,
                    0,
                    0,
                    0,
                    List.of(new LineError(
                            -1,
                            null,
                            "employment-import.error.not-saved",
                            failed.getMostSpecificCause().getMessage())));
        }
    }

    /** Writes every line in the caller's transaction; created, updated, unchanged, skipped. */
    private int[] write(List<EmploymentOutcomeCsv.Outcome> outcomes, List<String> imported) {
        int[] counts = new int[4];
        Timestamp now = Timestamp.from(clock.instant());
        for (EmploymentOutcomeCsv.Outcome outcome : outcomes) {
            if (!invited(outcome.registrationNumber())) {
                counts[3]++;
                continue;
            }
            imported.add(outcome.registrationNumber());
            Optional<String> stored = jdbc.sql(
                            "select exit_kind from employment_outcome where registration_number = ? and exited_on = ?")
                    .params(outcome.registrationNumber(), outcome.exitedOn())
                    .query(String.class)
                    .optional();
            if (stored.isEmpty()) {
                jdbc.sql("insert into employment_outcome (registration_number, exited_on, exit_kind, imported_at)"
                                + " values (?, ?, ?, ?)")
                        .params(
                                outcome.registrationNumber(),
                                outcome.exitedOn(),
                                outcome.kind().name(),
                                now)
                        .update();
                counts[0]++;
            } else if (!stored.get().equals(outcome.kind().name())) {
                jdbc.sql("update employment_outcome set exit_kind = ?, imported_at = ?"
                                + " where registration_number = ? and exited_on = ?")
                        .params(outcome.kind().name(), now, outcome.registrationNumber(), outcome.exitedOn())
                        .update();
                counts[1]++;
            } else {
                counts[2]++;
            }
        }
        return counts;
    }

    private boolean invited(String registrationNumber) {
        return jdbc.sql("select count(*) from pilot_journey where registration_number = ? and invited_at is not null")
                        .param(registrationNumber)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
