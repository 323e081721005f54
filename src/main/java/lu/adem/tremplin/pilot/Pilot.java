package lu.adem.tremplin.pilot;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lu.adem.tremplin.learningplatform.LearningPlatformSettings;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.Roles;

/**
 * The pilot's settings as they stand: what an administrator set in the app, else the configuration's
 * defaults ({@code tremplin.pilot.*}, {@code tremplin.learning-platform.teams}). Read on every use, so
 * a change applies at once on every node.
 */
@Service
public class Pilot {

    static final List<String> LANGUAGES = List.of("FR", "EN", "ES", "DE", "LB");
    private static final Pattern TEAM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    /** Who changed the settings last, and when. */
    public record LastChange(String by, LocalDateTime at) {}

    /** The settings an administrator submits; problems by field name when refused. */
    public static class InvalidSettings extends IllegalArgumentException {
        private final Map<String, String> problems;

        public InvalidSettings(Map<String, String> problems) {
            super("Invalid pilot settings: " + problems);
            this.problems = Map.copyOf(problems);
        }

        public Map<String, String> problems() {
            return problems;
        }
    }

    private final JdbcClient jdbc;
    private final PilotSettings defaults;
    private final LearningPlatformSettings platform;
    private final Clock clock;

    Pilot(JdbcClient jdbc, PilotSettings defaults, LearningPlatformSettings platform, Clock clock) {
        this.jdbc = jdbc;
        this.defaults = defaults;
        this.platform = platform;
        this.clock = clock;
    }

    /** Dates and languages in force. */
    public PilotSettings current() {
        Map<String, String> stored = stored();
        LocalDate start =
                Optional.ofNullable(stored.get("start")).map(LocalDate::parse).orElse(defaults.start());
        LocalDate end =
                Optional.ofNullable(stored.get("end")).map(LocalDate::parse).orElse(defaults.end());
        List<String> languages = Optional.ofNullable(stored.get("languages"))
                .map(text -> Arrays.asList(text.split(",")))
                .orElse(defaults.languages());
        return new PilotSettings(start, end, languages);
    }

    /** The learning-platform team of an agency. */
    public String teamOf(String agencyCode) {
        return Optional.ofNullable(stored().get("team." + agencyCode)).orElse(platform.teamOf(agencyCode));
    }

    public Optional<LastChange> lastChange() {
        return jdbc.sql(
                        "select updated_by, updated_at from pilot_setting order by updated_at desc fetch first 1 rows only")
                .query((rs, row) -> new LastChange(
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toLocalDateTime()))
                .optional();
    }

    /**
     * Changes the settings (administrators). All or nothing.
     *
     * @throws InvalidSettings naming each refused field
     */
    @Transactional
    public void change(LocalDate start, LocalDate end, List<String> languages, Map<String, String> teams) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("Only administrators change the pilot's settings");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (start == null) {
            problems.put("start", "required");
        }
        if (end == null || start != null && !end.isAfter(start)) {
            problems.put("end", "after the start");
        }
        if (languages == null || languages.isEmpty() || !LANGUAGES.containsAll(languages)) {
            problems.put("languages", "at least one of " + LANGUAGES);
        }
        teams.forEach((agency, team) -> {
            if (Agency.byCode(agency).isEmpty()
                    || team == null
                    || !TEAM.matcher(team).matches()) {
                problems.put("team." + agency, "letters, digits, - or _");
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidSettings(problems);
        }
        store("start", start.toString(), user.userId());
        store("end", end.toString(), user.userId());
        store(
                "languages",
                String.join(",", LANGUAGES.stream().filter(languages::contains).toList()),
                user.userId());
        teams.forEach((agency, team) -> store("team." + agency, team, user.userId()));
    }

    private void store(String name, String value, String user) {
        LocalDateTime now = LocalDateTime.now(clock);
        int updated = jdbc.sql("update pilot_setting set setting_value = :value, updated_by = :user, updated_at = :now "
                        + "where setting_name = :name")
                .param("value", value)
                .param("user", user)
                .param("now", now)
                .param("name", name)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into pilot_setting (setting_name, setting_value, updated_by, updated_at) "
                            + "values (:name, :value, :user, :now)")
                    .param("value", value)
                    .param("user", user)
                    .param("now", now)
                    .param("name", name)
                    .update();
        }
    }

    private Map<String, String> stored() {
        Map<String, String> stored = new LinkedHashMap<>();
        jdbc.sql("select setting_name, setting_value from pilot_setting").query(rs -> {
            stored.put(rs.getString("setting_name"), rs.getString("setting_value"));
        });
        return stored;
    }
}
