package org.oversight.stopsearch.figures;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.oversight.policedata.StopSearchCount;
import org.oversight.policedata.StopSearchField;

/** A set of stop and search records, counted. */
public final class Searches {

    private final List<StopSearchCount> counts;

    public Searches(List<StopSearchCount> counts) {
        this.counts = List.copyOf(counts);
    }

    /** Every record. */
    public long total() {
        return counts.stream().mapToLong(StopSearchCount::count).sum();
    }

    /** The records the test takes. */
    public long count(Predicate<StopSearchCount> test) {
        return counts.stream().filter(test).mapToLong(StopSearchCount::count).sum();
    }

    /** The records the test takes, as a set of their own. */
    public Searches where(Predicate<StopSearchCount> test) {
        return new Searches(counts.stream().filter(test).toList());
    }

    /** Records whose field has exactly this value (the empty string for blank). */
    public static Predicate<StopSearchCount> has(StopSearchField field, String value) {
        return c -> c.value(field).equals(value);
    }

    /** Records by the field's value (blank as the empty string), most first and then alphabetically. */
    public Map<String, Long> by(StopSearchField field) {
        Map<String, Long> totals = new TreeMap<>();
        for (StopSearchCount c : counts) {
            totals.merge(c.value(field), c.count(), Long::sum);
        }
        List<Map.Entry<String, Long>> entries = new ArrayList<>(totals.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        Map<String, Long> ordered = new LinkedHashMap<>();
        entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /** The records of each district (the empty string for those placed in none), by district name. */
    public SortedMap<String, Searches> byDistrict() {
        SortedMap<String, List<StopSearchCount>> lists = new TreeMap<>();
        for (StopSearchCount c : counts) {
            lists.computeIfAbsent(c.district(), d -> new ArrayList<>()).add(c);
        }
        SortedMap<String, Searches> result = new TreeMap<>();
        lists.forEach((district, list) -> result.put(district, new Searches(list)));
        return result;
    }

    /** The records of each month given (an empty set for a month with none), in month order. */
    public SortedMap<YearMonth, Searches> byMonth(List<YearMonth> months) {
        SortedMap<YearMonth, List<StopSearchCount>> lists = new TreeMap<>();
        months.forEach(m -> lists.put(m, new ArrayList<>()));
        for (StopSearchCount c : counts) {
            List<StopSearchCount> list = lists.get(c.month());
            if (list != null) {
                list.add(c);
            }
        }
        SortedMap<YearMonth, Searches> result = new TreeMap<>();
        lists.forEach((month, list) -> result.put(month, new Searches(list)));
        return result;
    }
}
