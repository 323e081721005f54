package lu.adem.tremplin.shared.engine.tables;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finished activity instances of Camunda's history ({@code ACT_HI_ACTINST}), summed per process, activity
 * and duration bucket, for the cockpit's heatmap and its day summaries (ADR 0011). Camunda's historic
 * activity instance query returns rows, not sums: a year is 1.8 million instances (docs/benchmarks.md).
 * Reads one process's instances by end time through {@code EngineIndexes}'s index.
 */
@Component
public class ActivityHistory {

    /** Width of a duration bucket: durations of bucket b lie between 1.05^b − 1 and 1.05^(b+1) − 1 ms. */
    public static final double BUCKET_BASE = 1.05;

    private static final String BUCKET = "cast(floor(ln(a.DURATION_ + 1) / " + Math.log(BUCKET_BASE) + ") as integer)";
    /** 1 when the instance is its case's first pass at this activity (earliest start, then smallest id). */
    private static final String FIRST_PASS = """
            case when not exists (select 1 from ACT_HI_ACTINST e where e.PROC_INST_ID_ = a.PROC_INST_ID_
              and e.ACT_ID_ = a.ACT_ID_ and (e.START_TIME_ < a.START_TIME_ or (e.START_TIME_ = a.START_TIME_ and e.ID_ < a.ID_)))
            then 1 else 0 end""";

    /**
     * Instances of one activity that ended in a period, in one duration bucket: how many ({@code passes})
     * and how many of them were their case's first pass there ({@code firstPasses}).
     */
    public record Sum(String processKey, String activityId, int bucket, long passes, long firstPasses) {}

    private final JdbcClient jdbc;

    ActivityHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When the earliest finished activity instance ended; empty before any did. */
    public Optional<Instant> firstEnd() {
        return Optional.ofNullable(jdbc.sql("select min(END_TIME_) from ACT_HI_ACTINST")
                .query((rs, row) -> OpenWork.instant(rs.getTimestamp(1)))
                .list()
                .get(0));
    }

    /** Instances of one process and activity that ended in the {@code day}-th of several days, in one bucket. */
    public record DaySum(int day, Sum sum) {}

    /**
     * Instances of every process that ended on each of several consecutive days, in one query: day {@code i}
     * runs from {@code starts.get(i)} to {@code starts.get(i + 1)} (the last start only ends the last day).
     * First start sums years of history: one query per month instead of one per day (ADR 0011).
     */
    public List<DaySum> endedOnDays(List<Instant> starts) {
        if (starts.size() < 2) {
            return List.of();
        }
        // one range read through the end-time index; each instance's day is the last start at or before its end
        List<Object> params = new ArrayList<>();
        StringBuilder day = new StringBuilder("case");
        for (int i = 1; i < starts.size() - 1; i++) {
            day.append(" when a.END_TIME_ < ? then ").append(i - 1);
            params.add(Timestamp.from(starts.get(i)));
        }
        day.append(" else ").append(starts.size() - 2).append(" end");
        String dayOf = starts.size() == 2 ? "0" : day.toString();
        params.add(Timestamp.from(starts.get(0)));
        params.add(Timestamp.from(starts.get(starts.size() - 1)));
        return jdbc.sql("""
                select d.ON_DAY, d.PROC_DEF_KEY_, d.ACT_ID_, d.BUCKET, count(*), sum(d.FIRST_PASS)
                from (select %s ON_DAY, a.PROC_DEF_KEY_, a.ACT_ID_, %s BUCKET, %s FIRST_PASS
                      from ACT_HI_ACTINST a
                      where a.END_TIME_ >= ? and a.END_TIME_ < ? and a.PROC_DEF_KEY_ is not null) d
                group by d.ON_DAY, d.PROC_DEF_KEY_, d.ACT_ID_, d.BUCKET""".formatted(dayOf, BUCKET, FIRST_PASS))
                .params(params)
                .query((rs, row) -> new DaySum(
                        rs.getInt(1),
                        new Sum(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5), rs.getLong(6))))
                .list();
    }

    /** Instances of one process that ended at or after {@code from} and before {@code to}. */
    public List<Sum> endedBetween(String processKey, Instant from, Instant to) {
        return jdbc.sql("""
                select a.ACT_ID_, %s, count(*), sum(%s) from ACT_HI_ACTINST a
                where a.PROC_DEF_KEY_ = :key and a.END_TIME_ >= :from and a.END_TIME_ < :to
                group by a.ACT_ID_, %s""".formatted(BUCKET, FIRST_PASS, BUCKET))
                .param("key", processKey)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, row) -> new Sum(processKey, rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }
}
