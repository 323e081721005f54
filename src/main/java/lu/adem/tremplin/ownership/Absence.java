package lu.adem.tremplin.ownership;

import java.time.LocalDate;

import lu.adem.tremplin.shared.Agency;

/** A counsellor's absence, {@code firstDay} to {@code lastDay} inclusive, and the colleague who covers. */
public record Absence(
        long id, String counsellor, String coveredBy, Agency agency, LocalDate firstDay, LocalDate lastDay) {

    /** Whether the counsellor is away on that day. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
