package lu.adem.tremplin.jobseeker;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import lu.adem.tremplin.shared.Agency;

/** Table {@code jobseeker}, in SQL that runs on H2 and PostgreSQL. */
@Repository
class JobseekerRepository {

    private static final String COLUMNS =
            "id, registration_number, first_name, last_name, agency, referent_counsellor, "
                    + "languages, email, phone, target_occupation, version";

    private final JdbcClient jdbc;
    private final Clock clock;

    JobseekerRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Jobseeker> findByRegistrationNumber(String registrationNumber) {
        return jdbc.sql("select " + COLUMNS + " from jobseeker where registration_number = :number")
                .param("number", registrationNumber)
                .query(JobseekerRepository::map)
                .optional();
    }

    Optional<Registration> registration(String registrationNumber) {
        return jdbc.sql("select registration_number, agency, active from jobseeker where registration_number = :number")
                .param("number", registrationNumber)
                .query((rs, row) -> new Registration(
                        rs.getString("registration_number"),
                        Agency.byCode(rs.getString("agency")).orElse(null),
                        rs.getBoolean("active")))
                .optional();
    }

    Optional<String> referentOf(String registrationNumber) {
        return jdbc.sql("select referent_counsellor from jobseeker where registration_number = :number")
                .param("number", registrationNumber)
                .query(String.class)
                .optional()
                .map(String::trim)
                .filter(referent -> !referent.isEmpty());
    }

    void setActive(String registrationNumber, boolean active) {
        jdbc.sql("update jobseeker set active = :active where registration_number = :number")
                .param("active", active)
                .param("number", registrationNumber)
                .update();
    }

    List<Jobseeker> findByRegistrationNumbers(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from jobseeker where registration_number in (:numbers)")
                .param("numbers", List.copyOf(numbers))
                .query(JobseekerRepository::map)
                .list();
    }

    /** The jobseekers whose referent counsellor is {@code userId}, by name. */
    List<Jobseeker> findByReferent(String userId) {
        return jdbc.sql("select " + COLUMNS + " from jobseeker where referent_counsellor = :referent"
                        + " order by last_name, first_name, registration_number")
                .param("referent", userId)
                .query(JobseekerRepository::map)
                .list();
    }

    /** A page of the jobseekers whose name or number contains {@code text}, of the given agencies (null: all). */
    List<Jobseeker> search(String text, Collection<Agency> agencies, int offset, int limit) {
        if (agencies != null && agencies.isEmpty()) {
            return List.of();
        }
        var sql = jdbc.sql(
                "select " + COLUMNS + " from jobseeker" + where(text, agencies)
                        + " order by last_name, first_name, registration_number offset :offset rows fetch next :limit rows only");
        return bind(sql, text, agencies)
                .param("offset", offset)
                .param("limit", limit)
                .query(JobseekerRepository::map)
                .list();
    }

    int count(String text, Collection<Agency> agencies) {
        if (agencies != null && agencies.isEmpty()) {
            return 0;
        }
        var sql = jdbc.sql("select count(*) from jobseeker" + where(text, agencies));
        return bind(sql, text, agencies).query(Integer.class).single();
    }

    long count() {
        return jdbc.sql("select count(*) from jobseeker").query(Long.class).single();
    }

    Jobseeker insert(Jobseeker jobseeker) {
        var keys = new GeneratedKeyHolder();
        LocalDateTime now = LocalDateTime.now(clock);
        details(
                        jdbc.sql(
                                "insert into jobseeker (registration_number, first_name, last_name, agency, referent_counsellor, "
                                        + "languages, email, phone, target_occupation, created_at, updated_at, version) values (:number, "
                                        + ":first, :last, :agency, :referent, :languages, :email, :phone, :occupation, :now, :now, 0)"),
                        jobseeker)
                .param("number", jobseeker.registrationNumber())
                .param("now", now)
                .update(keys, "id");
        return findByRegistrationNumber(jobseeker.registrationNumber()).orElseThrow();
    }

    /** Updates when the stored version is still {@code jobseeker.version()}; false when someone saved in between. */
    boolean update(Jobseeker jobseeker) {
        return details(
                                jdbc.sql(
                                        "update jobseeker set first_name = :first, last_name = :last, agency = :agency, "
                                                + "referent_counsellor = :referent, languages = :languages, email = :email, phone = :phone, "
                                                + "target_occupation = :occupation, updated_at = :now, version = version + 1 "
                                                + "where id = :id and version = :version"),
                                jobseeker)
                        .param("now", LocalDateTime.now(clock))
                        .param("id", jobseeker.id())
                        .param("version", jobseeker.version())
                        .update()
                == 1;
    }

    /** Binds the editable details, shared by insert and update. */
    private static JdbcClient.StatementSpec details(JdbcClient.StatementSpec sql, Jobseeker jobseeker) {
        return sql.param("first", jobseeker.firstName())
                .param("last", jobseeker.lastName())
                .param("agency", jobseeker.agency().code())
                .param("referent", emptyToNull(jobseeker.referentCounsellor()))
                .param("languages", languages(jobseeker.languages()))
                .param("email", emptyToNull(jobseeker.email()))
                .param("phone", emptyToNull(jobseeker.phone()))
                .param("occupation", emptyToNull(jobseeker.targetOccupation()));
    }

    private static String where(String text, Collection<Agency> agencies) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (text != null && !text.isBlank()) {
            where.append(
                    " and (lower(registration_number) like :text or lower(first_name) like :text"
                            + " or lower(last_name) like :text or lower(concat(concat(first_name, ' '), last_name)) like :text)");
        }
        if (agencies != null) {
            where.append(" and agency in (:agencies)");
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec sql, String text, Collection<Agency> agencies) {
        if (text != null && !text.isBlank()) {
            String escaped = text.strip()
                    .toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            sql = sql.param("text", "%" + escaped + "%");
        }
        if (agencies != null) {
            sql = sql.param("agencies", agencies.stream().map(Agency::code).toList());
        }
        return sql;
    }

    private static Jobseeker map(ResultSet rs, int row) throws SQLException {
        return new Jobseeker(
                rs.getLong("id"),
                rs.getString("registration_number"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                Agency.byCode(rs.getString("agency")).orElse(null),
                rs.getString("referent_counsellor"),
                languages(rs.getString("languages")),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("target_occupation"),
                rs.getInt("version"));
    }

    static String languages(Set<Language> languages) {
        return languages.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<Language> languages(String stored) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        Arrays.stream(stored.split(","))
                .filter(code -> !code.isBlank())
                .map(Language::valueOf)
                .forEach(languages::add);
        return languages;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
