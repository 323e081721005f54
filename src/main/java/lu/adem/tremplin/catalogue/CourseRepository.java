package lu.adem.tremplin.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code course} table. */
@Repository
class CourseRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    CourseRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Course> find(String platformId) {
        return jdbc.sql("select * from course where platform_id = :id")
                .param("id", platformId)
                .query(CourseRepository::course)
                .optional();
    }

    void insert(Course course, long importRun) {
        jdbc.sql(
                        "insert into course (platform_id, title, language, difficulty, duration_hours, topic, skills, paths, url, "
                                + "search_text, retired, last_seen_import, updated_at) values (:id, :title, :language, :difficulty, "
                                + ":hours, :topic, :skills, :paths, :url, :search, false, :run, :now)")
                .params(columns(course))
                .param("run", importRun)
                .param("now", LocalDateTime.now(clock))
                .update();
    }

    void update(Course course, long importRun) {
        jdbc.sql(
                        "update course set title = :title, language = :language, difficulty = :difficulty, duration_hours = :hours, "
                                + "topic = :topic, skills = :skills, paths = :paths, url = :url, search_text = :search, retired = false, "
                                + "last_seen_import = :run, updated_at = :now where platform_id = :id")
                .params(columns(course))
                .param("run", importRun)
                .param("now", LocalDateTime.now(clock))
                .update();
    }

    /** Marks a course as present in this import without changing it (nothing else moves). */
    void seen(String platformId, long importRun) {
        jdbc.sql("update course set last_seen_import = :run where platform_id = :id")
                .param("run", importRun)
                .param("id", platformId)
                .update();
    }

    /** Retires the courses this import did not mention; returns how many. */
    int retireUnseen(long importRun) {
        return jdbc.sql("update course set retired = true, updated_at = :now where retired = false "
                        + "and (last_seen_import is null or last_seen_import <> :run)")
                .param("now", LocalDateTime.now(clock))
                .param("run", importRun)
                .update();
    }

    List<Course> search(CourseQuery query, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select * from course");
        Map<String, Object> params = where(query, sql);
        sql.append(" order by title, platform_id offset ")
                .append(Math.max(0, offset))
                .append(" rows fetch next ")
                .append(Math.max(0, limit))
                .append(" rows only");
        return jdbc.sql(sql.toString())
                .params(params)
                .query(CourseRepository::course)
                .list();
    }

    int count(CourseQuery query) {
        StringBuilder sql = new StringBuilder("select count(*) from course");
        Map<String, Object> params = where(query, sql);
        return jdbc.sql(sql.toString()).params(params).query(Integer.class).single();
    }

    List<Course> active() {
        return jdbc.sql("select * from course where retired = false order by platform_id")
                .query(CourseRepository::course)
                .list();
    }

    /** Changes whenever an import changes the catalogue (for caches). */
    String version() {
        return jdbc.sql("select count(*) || '/' || coalesce(cast(max(updated_at) as varchar(40)), '') from course")
                .query(String.class)
                .single();
    }

    private static Map<String, Object> where(CourseQuery query, StringBuilder sql) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>(List.of("retired = false"));
        if (query.words() != null) {
            int i = 0;
            for (String word : query.words().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!word.isBlank()) {
                    conditions.add("search_text like :w" + i + " escape '\\'");
                    params.put(
                            "w" + i++,
                            "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                }
            }
        }
        if (query.language() != null) {
            conditions.add("language = :language");
            params.put("language", query.language().name());
        }
        if (query.difficulty() != null) {
            conditions.add("difficulty = :difficulty");
            params.put("difficulty", query.difficulty().name());
        }
        if (query.topic() != null) {
            conditions.add("topic = :topic");
            params.put("topic", query.topic());
        }
        if (query.maxHours() != null) {
            conditions.add("duration_hours <= :hours");
            params.put("hours", query.maxHours());
        }
        sql.append(" where ").append(String.join(" and ", conditions));
        return params;
    }

    private static Map<String, Object> columns(Course course) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", course.platformId());
        columns.put("title", course.title());
        columns.put("language", course.language().name());
        columns.put("difficulty", course.difficulty().name());
        columns.put("hours", course.durationHours());
        columns.put("topic", course.topic());
        columns.put("skills", wrap(course.skills()));
        columns.put("paths", wrap(course.paths()));
        columns.put("url", course.url());
        columns.put(
                "search",
                (course.title() + " " + String.join(" ", course.skills()) + " " + course.topic())
                        .toLowerCase(Locale.ROOT));
        return columns;
    }

    private static String wrap(java.util.Collection<String> values) {
        return values.isEmpty() ? "" : "|" + String.join("|", values) + "|";
    }

    private static List<String> unwrap(String text) {
        return text == null || text.isEmpty()
                ? List.of()
                : Arrays.stream(text.split("\\|"))
                        .filter(value -> !value.isEmpty())
                        .toList();
    }

    private static Course course(ResultSet rs, int row) throws SQLException {
        return new Course(
                rs.getString("platform_id"),
                rs.getString("title"),
                Course.CourseLanguage.valueOf(rs.getString("language")),
                Course.Difficulty.valueOf(rs.getString("difficulty")),
                rs.getInt("duration_hours"),
                rs.getString("topic"),
                new LinkedHashSet<>(unwrap(rs.getString("skills"))),
                unwrap(rs.getString("paths")),
                rs.getString("url"),
                rs.getBoolean("retired"));
    }
}
