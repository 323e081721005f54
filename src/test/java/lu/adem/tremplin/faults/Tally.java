package lu.adem.tremplin.faults;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;

/**
 * Duplicated side effects of a phase's cases, counted where they land: a second onboarding for a jobseeker, a
 * second invitation (outbox), a second message of any kind, a second mail received by the SMTP server, a second
 * enrolment, course recommendation or follow-up, a second booking. Each count is the number of extra ones.
 */
final class Tally {

    private Tally() {}

    static Map<String, Long> duplicates(Database database, Mail mail, List<String> jobseekers)
            throws MessagingException {
        String in = String.join(",", Collections.nCopies(jobseekers.size(), "?"));
        Object[] ids = jobseekers.toArray();
        Map<String, Long> duplicates = new LinkedHashMap<>();
        duplicates.put(
                "onboardings",
                extra(
                        database,
                        "select count(*) from act_hi_procinst where proc_def_key_ = 'onboarding' and business_key_ in ("
                                + in + ") group by business_key_",
                        ids));
        duplicates.put(
                "invitations",
                extra(
                        database,
                        "select count(*) from outbox_message where kind = 'PLATFORM_INVITATION' and jobseeker_id in ("
                                + in + ") group by jobseeker_id",
                        ids));
        duplicates.put(
                "messages",
                extra(
                        database,
                        "select count(*) from outbox_message where jobseeker_id in (" + in
                                + ") group by jobseeker_id, kind",
                        ids));
        Map<String, Integer> received = mail.receivedPerRecipient();
        duplicates.put(
                "mails received",
                jobseekers.stream()
                        .mapToLong(id -> Math.max(0, received.getOrDefault(id.toLowerCase() + "@example.lu", 0) - 1))
                        .sum());
        duplicates.put(
                "enrolments",
                extra(
                        database,
                        "select count(*) from platform_simulator_enrolment where external_id in (" + in
                                + ") group by external_id",
                        ids));
        duplicates.put(
                "recommendations and follow-ups",
                extra(
                        database,
                        "select count(*) from act_hi_procinst where proc_def_key_ in ('course-recommendation', "
                                + "'follow-up') and business_key_ in (" + in
                                + ") group by proc_def_key_, business_key_",
                        ids));
        duplicates.put(
                "bookings",
                extra(
                        database,
                        "select count(*) from club_booking where jobseeker_id in (" + in
                                + ") group by jobseeker_id, club, starts_at",
                        ids));
        return duplicates;
    }

    private static long extra(Database database, String sql, Object[] ids) {
        return database.query(sql, ids).stream()
                .mapToLong(row -> ((Number) row.values().iterator().next()).longValue() - 1)
                .sum();
    }
}
