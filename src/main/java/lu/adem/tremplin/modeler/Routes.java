package lu.adem.tremplin.modeler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The counts of a replay: how many decisions gave each value before (the deployed versions) and after (the
 * draft), overall and per agency, and the moves from one value to another. A value of null is a decision
 * where no rule matched.
 */
public final class Routes {

    /** Decisions that gave {@code value}: before, and after the change. */
    public record Count(String value, long before, long after) {

        public long difference() {
            return after - before;
        }
    }

    /** The counts of one agency ({@code agency} null: decisions without a case, or a case without an agency). */
    public record AgencyCounts(String agency, List<Count> counts) {}

    /** Decisions that gave {@code from} and would give {@code to}. */
    public record Move(String from, String to, long cases) {}

    private static final String NO_AGENCY = "";
    private static final Comparator<String> VALUES = Comparator.nullsLast(Comparator.naturalOrder());

    private final Map<String, long[]> overall = new HashMap<>();
    private final Map<String, Map<String, long[]>> agencies = new TreeMap<>();
    private final Map<List<String>, Long> moves = new HashMap<>();

    void add(String agency, String before, String after) {
        count(overall, before, after);
        count(agencies.computeIfAbsent(agency == null ? NO_AGENCY : agency, a -> new HashMap<>()), before, after);
        if (!Objects.equals(before, after)) {
            moves.merge(java.util.Arrays.asList(before, after), 1L, Long::sum);
        }
    }

    private static void count(Map<String, long[]> counts, String before, String after) {
        counts.computeIfAbsent(before, v -> new long[2])[0]++;
        counts.computeIfAbsent(after, v -> new long[2])[1]++;
    }

    List<Count> counts() {
        return sorted(overall);
    }

    List<AgencyCounts> byAgency() {
        List<AgencyCounts> list = new ArrayList<>();
        agencies.forEach((agency, counts) ->
                list.add(new AgencyCounts(agency.equals(NO_AGENCY) ? null : agency, sorted(counts))));
        return list;
    }

    List<Move> moves() {
        return moves.entrySet().stream()
                .map(move -> new Move(move.getKey().get(0), move.getKey().get(1), move.getValue()))
                .sorted(Comparator.comparingLong(Move::cases)
                        .reversed()
                        .thenComparing(Move::from, VALUES)
                        .thenComparing(Move::to, VALUES))
                .toList();
    }

    long changed() {
        return moves.values().stream().mapToLong(Long::longValue).sum();
    }

    private static List<Count> sorted(Map<String, long[]> counts) {
        return counts.entrySet().stream()
                .map(count -> new Count(count.getKey(), count.getValue()[0], count.getValue()[1]))
                .sorted(Comparator.comparing(Count::value, VALUES))
                .toList();
    }
}
