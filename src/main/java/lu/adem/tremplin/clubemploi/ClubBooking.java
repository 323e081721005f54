package lu.adem.tremplin.clubemploi;

import java.time.LocalDateTime;

/** One booked seat in one supported session. */
public record ClubBooking(long id, String club, LocalDateTime startsAt, String jobseekerId, String status) {}
