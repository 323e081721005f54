package lu.adem.tremplin.clubemploi;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** A club emploi: its computer seats and when its supported sessions start. */
public record Club(
        String code,
        String name,
        int seats,
        Set<DayOfWeek> days,
        List<LocalTime> sessionStarts,
        Duration sessionLength) {}
