package org.oversight.stopsearch.figures;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.StopSearchCount;
import org.springframework.stereotype.Component;

/**
 * A force's stop and search records: by month and value from the counts the police data module keeps
 * in memory, and placed in districts from the stored rows (the last such answer kept until the data
 * change, as the page reads it once for the table and once for its download).
 */
@Component
public class StopSearchReader {

    private record Kept(String version, List<StopSearchCount> counts) {}

    private final PoliceDataApi policeData;
    private final Map<String, Kept> placed = new HashMap<>();

    StopSearchReader(PoliceDataApi policeData) {
        this.policeData = policeData;
    }

    /**
     * The force's records from {@code from} to {@code to}, each placed in its district (read from the
     * stored rows; the last answer kept until the data change).
     */
    public Searches byDistrict(String force, YearMonth from, YearMonth to) {
        String version = policeData.dataVersion();
        String key = force + "\n" + from + "\n" + to;
        synchronized (placed) {
            Kept found = placed.get(key);
            if (found != null && found.version().equals(version)) {
                return new Searches(found.counts());
            }
        }
        List<StopSearchCount> counts = policeData.stopSearchCountsByDistrict(force, from, to);
        synchronized (placed) {
            placed.clear();
            placed.put(key, new Kept(version, counts));
        }
        return new Searches(counts);
    }

    /** The force's records from {@code from} to {@code to}, months included. */
    public Searches searches(String force, YearMonth from, YearMonth to) {
        return new Searches(policeData.stopSearchCounts(force, from, to));
    }
}
