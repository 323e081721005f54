package lu.adem.tremplin.cockpit;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import lu.adem.tremplin.shared.engine.tables.ActivityHistory;

/**
 * Day summaries of Camunda's activity history for the cockpit's heatmap (V15, ADR 0011): once a
 * Luxembourg day is over, its finished activity instances are summed per process, activity and duration
 * bucket (5 % wide), so that a year's heatmap reads about 400,000 small rows instead of sorting three
 * million instances twice per activity (5.6 s measured, docs/benchmarks.md). Days not yet summed (today,
 * and any day before the first run) are read from the history itself with the same buckets
 * ({@link ActivityHistory}, which also defines the buckets).
 * <p>
 * Runs every hour and at start-up (after two minutes), up to a month of days per transaction, under a row lock so that
 * several nodes never sum the same day. The real clock decides what "over" means, not the engine's test clock.
 */
@Component
public class ActivityDays {

    private static final Logger log = LoggerFactory.getLogger(ActivityDays.class);
    /** Days summed in one transaction: a first start on ten years of history sums 120 batches, not 3,650 days. */
    static final int DAYS_PER_BATCH = 31;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final ActivityHistory history;
    private final Clock clock;

    ActivityDays(
            JdbcClient jdbc,
            JdbcTemplate batch,
            TransactionTemplate transaction,
            ActivityHistory history,
            Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
        this.history = history;
        this.clock = clock;
    }

    /** One activity's durations in a period: bucket → passes, and how many cases passed. */
    static final class Histogram {
        final TreeMap<Integer, Long> passes = new TreeMap<>();
        long cases;

        void add(int bucket, long count, long firstPasses) {
            passes.merge(bucket, count, Long::sum);
            cases += firstPasses;
        }

        /** The median duration in ms, from the middle of its bucket; null without passes. */
        Long medianMillis() {
            long n = passes.values().stream().mapToLong(Long::longValue).sum();
            if (n == 0) {
                return null;
            }
            return Math.round((middle(bucketAt((n - 1) / 2)) + middle(bucketAt(n / 2))) / 2);
        }

        private int bucketAt(long index) {
            long seen = 0;
            for (var entry : passes.entrySet()) {
                seen += entry.getValue();
                if (index < seen) {
                    return entry.getKey();
                }
            }
            throw new IllegalStateException("index beyond the histogram");
        }

        private static double middle(int bucket) {
            return Math.pow(ActivityHistory.BUCKET_BASE, bucket + 0.5) - 1;
        }
    }

    @Scheduled(
            fixedDelayString = "${tremplin.cockpit.rollup-interval:PT1H}",
            initialDelayString = "${tremplin.cockpit.rollup-delay:PT2M}")
    void rollUp() {
        int days = rollUpTo(LocalDate.now(clock).minusDays(1));
        if (days > 0) {
            log.info("Summed {} day(s) of activity history for the cockpit", days);
        }
    }

    /** Sums every day not yet summed up to {@code last}, up to {@value #DAYS_PER_BATCH} per transaction; returns how many. */
    public int rollUpTo(LocalDate last) {
        int days = 0;
        Integer summed;
        while ((summed = transaction.execute(status -> rollUpNextDays(last))) != null && summed > 0) {
            days += summed;
        }
        return days;
    }

    /** Sums the next days not yet summed, at most {@value #DAYS_PER_BATCH}; returns how many (0 when none). */
    private int rollUpNextDays(LocalDate last) {
        Date rolled = jdbc.sql("select rolled_to from cockpit_activity_rollup where id = 1 for update")
                .query((rs, row) -> rs.getDate(1))
                .list()
                .get(0);
        LocalDate next;
        if (rolled != null) {
            next = rolled.toLocalDate().plusDays(1);
        } else {
            var first = history.firstEnd();
            if (first.isEmpty()) {
                return 0;
            }
            next = first.get().atZone(ProcessMap.LUXEMBOURG).toLocalDate();
        }
        if (next.isAfter(last)) {
            return 0;
        }
        // a batch of days (a first start may find years of history): one query, one batch of inserts
        LocalDate end = next.plusDays(DAYS_PER_BATCH - 1L).isAfter(last) ? last : next.plusDays(DAYS_PER_BATCH - 1L);
        jdbc.sql("delete from cockpit_activity_day where on_day >= :from and on_day <= :to")
                .param("from", Date.valueOf(next))
                .param("to", Date.valueOf(end))
                .update();
        List<java.time.Instant> starts =
                next.datesUntil(end.plusDays(2)).map(ProcessMap::start).toList();
        LocalDate first = next;
        List<Object[]> sums = history.endedOnDays(starts).stream()
                .map(day -> new Object[] {
                    day.sum().processKey(),
                    day.sum().activityId(),
                    Date.valueOf(first.plusDays(day.day())),
                    day.sum().bucket(),
                    day.sum().passes(),
                    day.sum().firstPasses()
                })
                .toList();
        batch.batchUpdate(
                "insert into cockpit_activity_day (process_key, activity_id, on_day, bucket, passes, cases)"
                        + " values (?, ?, ?, ?, ?, ?)",
                sums);
        // the months of these days, summed again from their days (at most two months per batch)
        for (LocalDate month = next.withDayOfMonth(1); !month.isAfter(end); month = month.plusMonths(1)) {
            jdbc.sql("delete from cockpit_activity_month where on_month = :month")
                    .param("month", Date.valueOf(month))
                    .update();
            jdbc.sql("""
                    insert into cockpit_activity_month (process_key, activity_id, on_month, bucket, passes, cases)
                    select process_key, activity_id, :month, bucket, sum(passes), sum(cases) from cockpit_activity_day
                    where on_day >= :month and on_day < :next group by process_key, activity_id, bucket""")
                    .param("month", Date.valueOf(month))
                    .param("next", Date.valueOf(month.plusMonths(1)))
                    .update();
        }
        jdbc.sql("update cockpit_activity_rollup set rolled_to = :day where id = 1")
                .param("day", Date.valueOf(end))
                .update();
        return (int) (end.toEpochDay() - next.toEpochDay()) + 1;
    }

    /** The last day summed, or null before the first. */
    LocalDate rolledTo() {
        Date rolled = jdbc.sql("select rolled_to from cockpit_activity_rollup where id = 1")
                .query((rs, row) -> rs.getDate(1))
                .list()
                .get(0);
        return rolled == null ? null : rolled.toLocalDate();
    }

    /** Per activity of the process, its histogram over the days from {@code from} to {@code to}, both included. */
    Map<String, Histogram> histograms(String processKey, LocalDate from, LocalDate to) {
        Map<String, Histogram> histograms = new HashMap<>();
        LocalDate rolled = rolledTo();
        LocalDate summedTo = rolled == null || rolled.isBefore(from) ? null : rolled.isBefore(to) ? rolled : to;
        if (summedTo != null) {
            // whole months from the month summaries, the days of a partial first and last month from the days
            LocalDate monthsFrom =
                    from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate monthsTo = summedTo.plusDays(1).withDayOfMonth(1);
            if (!monthsTo.isAfter(monthsFrom)) {
                monthsFrom = summedTo.plusDays(1);
                monthsTo = monthsFrom;
            }
            jdbc.sql("""
                    select activity_id, bucket, sum(passes), sum(cases) from (
                      select activity_id, bucket, passes, cases from cockpit_activity_day
                      where process_key = :key and on_day >= :from and on_day < :monthsFrom
                      union all
                      select activity_id, bucket, passes, cases from cockpit_activity_month
                      where process_key = :key and on_month >= :monthsFrom and on_month < :monthsTo
                      union all
                      select activity_id, bucket, passes, cases from cockpit_activity_day
                      where process_key = :key and on_day >= :monthsTo and on_day <= :to) s
                    group by activity_id, bucket""")
                    .param("key", processKey)
                    .param("from", Date.valueOf(from))
                    .param("monthsFrom", Date.valueOf(monthsFrom))
                    .param("monthsTo", Date.valueOf(monthsTo))
                    .param("to", Date.valueOf(summedTo))
                    .query((rs, row) -> {
                        histograms
                                .computeIfAbsent(rs.getString(1), id -> new Histogram())
                                .add(rs.getInt(2), rs.getLong(3), rs.getLong(4));
                        return null;
                    })
                    .list();
        }
        LocalDate liveFrom = summedTo == null ? from : summedTo.plusDays(1);
        if (!liveFrom.isAfter(to)) {
            history.endedBetween(processKey, ProcessMap.start(liveFrom), ProcessMap.start(to.plusDays(1)))
                    .forEach(sum -> histograms
                            .computeIfAbsent(sum.activityId(), id -> new Histogram())
                            .add(sum.bucket(), sum.passes(), sum.firstPasses()));
        }
        return histograms;
    }
}
