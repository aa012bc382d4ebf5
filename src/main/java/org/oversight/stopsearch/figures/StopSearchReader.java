package org.oversight.stopsearch.figures;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.StopSearchCount;
import org.springframework.stereotype.Component;

/**
 * A force's stop and search records, read once for every month and kept until the police data
 * change (their data version), so that every view of the page counts from memory.
 */
@Component
public class StopSearchReader {

    private static final YearMonth FIRST = YearMonth.of(1900, 1);
    private static final YearMonth LAST = YearMonth.of(9999, 12);

    private record Kept(String version, List<StopSearchCount> counts) {}

    private final PoliceDataApi policeData;
    private final Map<String, Kept> kept = new HashMap<>();

    StopSearchReader(PoliceDataApi policeData) {
        this.policeData = policeData;
    }

    /** The force's records from {@code from} to {@code to}, months included. */
    public Searches searches(String force, YearMonth from, YearMonth to) {
        List<StopSearchCount> all = all(force);
        return new Searches(all.stream()
                .filter(c -> !c.month().isBefore(from) && !c.month().isAfter(to))
                .toList());
    }

    private List<StopSearchCount> all(String force) {
        String version = policeData.dataVersion();
        synchronized (kept) {
            Kept found = kept.get(force);
            if (found != null && found.version().equals(version)) {
                return found.counts();
            }
        }
        List<StopSearchCount> counts = policeData.stopSearchCounts(force, FIRST, LAST);
        synchronized (kept) {
            // A few forces at most: those whose files were imported.
            kept.put(force, new Kept(version, counts));
        }
        return counts;
    }
}
