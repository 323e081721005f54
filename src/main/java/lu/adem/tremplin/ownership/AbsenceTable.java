package lu.adem.tremplin.ownership;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.Agency;

/**
 * The {@code counsellor_absence} table. No engine here: the engine's {@link TaskOwners} reads it while the
 * engine is being built.
 */
@Component
class AbsenceTable implements TaskOwners.Covers {

    private static final String COLUMNS = "id, counsellor, covered_by, agency, first_day, last_day";

    private final JdbcClient jdbc;

    AbsenceTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> coverOf(String userId, LocalDate day) {
        return on(userId, day).map(Absence::coveredBy);
    }

    /** The user's absence on that day, if any. */
    Optional<Absence> on(String userId, LocalDate day) {
        return jdbc
                .sql("select " + COLUMNS + " from counsellor_absence where counsellor = :user"
                        + " and first_day <= :day and last_day >= :day order by id")
                .param("user", userId)
                .param("day", day)
                .query(AbsenceTable::map)
                .list()
                .stream()
                .findFirst();
    }

    /** Absences not over by {@code day} (current and coming), of the agencies (null: all), soonest first. */
    List<Absence> notOverBy(LocalDate day, List<Agency> agencies) {
        if (agencies != null && agencies.isEmpty()) {
            return List.of();
        }
        String where = agencies == null ? "" : " and agency in (:agencies)";
        var statement = jdbc.sql("select " + COLUMNS + " from counsellor_absence where last_day >= :day" + where
                        + " order by first_day, counsellor, id")
                .param("day", day);
        if (agencies != null) {
            statement = statement.param(
                    "agencies", agencies.stream().map(Agency::code).toList());
        }
        return statement.query(AbsenceTable::map).list();
    }

    Optional<Absence> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from counsellor_absence where id = :id")
                .param("id", id)
                .query(AbsenceTable::map)
                .optional();
    }

    /** Whether the counsellor has an absence overlapping these days. */
    boolean overlaps(String counsellor, LocalDate firstDay, LocalDate lastDay) {
        return jdbc.sql("select count(*) from counsellor_absence where counsellor = :user"
                                + " and first_day <= :last and last_day >= :first")
                        .param("user", counsellor)
                        .param("first", firstDay)
                        .param("last", lastDay)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    long insert(Absence absence, String recordedBy, LocalDateTime now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into counsellor_absence (counsellor, covered_by, agency, first_day, last_day, recorded_by,"
                        + " recorded_at) values (:counsellor, :cover, :agency, :first, :last, :by, :now)")
                .param("counsellor", absence.counsellor())
                .param("cover", absence.coveredBy())
                .param("agency", absence.agency().code())
                .param("first", absence.firstDay())
                .param("last", absence.lastDay())
                .param("by", recordedBy)
                .param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Ends an absence on {@code lastDay} (the day before when it had not begun: then it is removed). */
    void end(long id, LocalDate lastDay) {
        jdbc.sql("delete from counsellor_absence where id = :id and first_day > :last")
                .param("id", id)
                .param("last", lastDay)
                .update();
        jdbc.sql("update counsellor_absence set last_day = :last where id = :id and last_day > :last")
                .param("id", id)
                .param("last", lastDay)
                .update();
    }

    private static Absence map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Absence(
                rs.getLong("id"),
                rs.getString("counsellor"),
                rs.getString("covered_by"),
                Agency.byCode(rs.getString("agency")).orElse(null),
                rs.getDate("first_day").toLocalDate(),
                rs.getDate("last_day").toLocalDate());
    }
}
