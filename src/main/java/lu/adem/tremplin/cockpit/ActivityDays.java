package lu.adem.tremplin.cockpit;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Day summaries of Camunda's activity history for the cockpit's heatmap (V15, ADR 0011): once a
 * Luxembourg day is over, its finished activity instances are summed per process, activity and duration
 * bucket (5 % wide), so that a year's heatmap reads about 400,000 small rows instead of sorting three
 * million instances twice per activity (5.6 s measured, docs/benchmarks.md). Days not yet summed (today,
 * and any day before the first run) are read from the history itself with the same buckets.
 * <p>
 * Runs every hour and at start-up (after two minutes), one day per transaction, under a row lock so that
 * several nodes never sum the same day. The real clock decides what "over" means, not the engine's test clock.
 */
@Component
public class ActivityDays {

    /** Width of a duration bucket: durations of bucket b lie between 1.05^b − 1 and 1.05^(b+1) − 1 ms. */
    static final double BASE = 1.05;
    static final String BUCKET = "cast(floor(ln(a.DURATION_ + 1) / " + Math.log(BASE) + ") as integer)";
    /** 1 when the instance is its case's first pass at this activity (earliest start, then smallest id). */
    static final String FIRST_PASS = """
            case when not exists (select 1 from ACT_HI_ACTINST e where e.PROC_INST_ID_ = a.PROC_INST_ID_
              and e.ACT_ID_ = a.ACT_ID_ and (e.START_TIME_ < a.START_TIME_ or (e.START_TIME_ = a.START_TIME_ and e.ID_ < a.ID_)))
            then 1 else 0 end""";

    private static final Logger log = LoggerFactory.getLogger(ActivityDays.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ActivityDays(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
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
            return Math.pow(BASE, bucket + 0.5) - 1;
        }
    }

    @Scheduled(fixedDelayString = "${tremplin.cockpit.rollup-interval:PT1H}", initialDelayString = "PT2M")
    void rollUp() {
        int days = rollUpTo(LocalDate.now(ProcessMap.LUXEMBOURG).minusDays(1));
        if (days > 0) {
            log.info("Summed {} day(s) of activity history for the cockpit", days);
        }
    }

    /** Sums every day not yet summed up to {@code last}, one transaction each; returns how many. */
    public int rollUpTo(LocalDate last) {
        int days = 0;
        while (Boolean.TRUE.equals(transaction.execute(status -> rollUpNextDay(last)))) {
            days++;
        }
        return days;
    }

    private boolean rollUpNextDay(LocalDate last) {
        Date rolled = jdbc.sql("select rolled_to from cockpit_activity_rollup where id = 1 for update")
                .query((rs, row) -> rs.getDate(1)).list().get(0);
        LocalDate next;
        if (rolled != null) {
            next = rolled.toLocalDate().plusDays(1);
        } else {
            Timestamp first = jdbc.sql("select min(END_TIME_) from ACT_HI_ACTINST").query((rs, row) -> rs.getTimestamp(1))
                    .list().get(0);
            if (first == null) {
                return false;
            }
            next = first.toInstant().atZone(ProcessMap.LUXEMBOURG).toLocalDate();
        }
        if (next.isAfter(last)) {
            return false;
        }
        jdbc.sql("delete from cockpit_activity_day where on_day = :day").param("day", Date.valueOf(next)).update();
        jdbc.sql("""
                insert into cockpit_activity_day (process_key, activity_id, on_day, bucket, passes, cases)
                select a.PROC_DEF_KEY_, a.ACT_ID_, :day, %s, count(*), sum(%s)
                from ACT_HI_ACTINST a
                where a.END_TIME_ >= :from and a.END_TIME_ < :to and a.PROC_DEF_KEY_ is not null
                group by a.PROC_DEF_KEY_, a.ACT_ID_, %s""".formatted(BUCKET, FIRST_PASS, BUCKET))
                .param("day", Date.valueOf(next)).param("from", ProcessMap.start(next))
                .param("to", ProcessMap.start(next.plusDays(1))).update();
        jdbc.sql("update cockpit_activity_rollup set rolled_to = :day where id = 1").param("day", Date.valueOf(next)).update();
        return true;
    }

    /** The last day summed, or null before the first. */
    LocalDate rolledTo() {
        Date rolled = jdbc.sql("select rolled_to from cockpit_activity_rollup where id = 1").query((rs, row) -> rs.getDate(1))
                .list().get(0);
        return rolled == null ? null : rolled.toLocalDate();
    }

    /** Per activity of the process, its histogram over the days from {@code from} to {@code to}, both included. */
    Map<String, Histogram> histograms(String processKey, LocalDate from, LocalDate to) {
        Map<String, Histogram> histograms = new HashMap<>();
        LocalDate rolled = rolledTo();
        LocalDate summedTo = rolled == null || rolled.isBefore(from) ? null : rolled.isBefore(to) ? rolled : to;
        if (summedTo != null) {
            jdbc.sql("""
                    select activity_id, bucket, sum(passes), sum(cases) from cockpit_activity_day
                    where process_key = :key and on_day >= :from and on_day <= :to group by activity_id, bucket""")
                    .param("key", processKey).param("from", Date.valueOf(from)).param("to", Date.valueOf(summedTo))
                    .query((rs, row) -> {
                        histograms.computeIfAbsent(rs.getString(1), id -> new Histogram()).add(rs.getInt(2), rs.getLong(3),
                                rs.getLong(4));
                        return null;
                    }).list();
        }
        LocalDate liveFrom = summedTo == null ? from : summedTo.plusDays(1);
        if (!liveFrom.isAfter(to)) {
            jdbc.sql("""
                    select a.ACT_ID_, %s, count(*), sum(%s) from ACT_HI_ACTINST a
                    where a.PROC_DEF_KEY_ = :key and a.END_TIME_ >= :from and a.END_TIME_ < :to
                    group by a.ACT_ID_, %s""".formatted(BUCKET, FIRST_PASS, BUCKET))
                    .param("key", processKey).param("from", ProcessMap.start(liveFrom))
                    .param("to", ProcessMap.start(to.plusDays(1)))
                    .query((rs, row) -> {
                        histograms.computeIfAbsent(rs.getString(1), id -> new Histogram()).add(rs.getInt(2), rs.getLong(3),
                                rs.getLong(4));
                        return null;
                    }).list();
        }
        return histograms;
    }
}
