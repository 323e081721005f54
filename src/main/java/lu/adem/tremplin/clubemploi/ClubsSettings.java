package lu.adem.tremplin.clubemploi;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tremplin.clubs.*}: the clubs, their seats and session times. Defaults: Luxembourg-City with
 * 10 seats and Esch-sur-Alzette with 8, sessions of 2 hours at 9:00 and 14:00 on weekdays.
 */
@ConfigurationProperties("tremplin.clubs")
record ClubsSettings(List<Club> list) {

    public ClubsSettings {
        if (list == null || list.isEmpty()) {
            EnumSet<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            List<LocalTime> starts = List.of(LocalTime.of(9, 0), LocalTime.of(14, 0));
            list = List.of(
                    new Club(
                            "LUXEMBOURG_CITY",
                            "Club emploi Luxembourg-Ville",
                            10,
                            weekdays,
                            starts,
                            Duration.ofHours(2)),
                    new Club(
                            "ESCH_SUR_ALZETTE",
                            "Club emploi Esch-sur-Alzette",
                            8,
                            weekdays,
                            starts,
                            Duration.ofHours(2)));
        }
    }
}
