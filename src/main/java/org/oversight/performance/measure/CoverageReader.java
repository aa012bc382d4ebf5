package org.oversight.performance.measure;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.oversight.performance.indicator.Indicator;
import org.oversight.policedata.MonthCompleteness;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.PoliceDataKind;
import org.springframework.stereotype.Component;

/**
 * Works out an indicator's {@link Coverage} from the force's data of the kind it reads (street or
 * stop and search): which months are incomplete, and which of the latest complete months are
 * provisional for an indicator that reads crimes' outcomes.
 */
@Component
class CoverageReader {

    private final PoliceDataApi policeData;
    private final PerformanceProperties properties;
    private final java.util.concurrent.ConcurrentHashMap<PoliceDataKind, Cached> cached =
            new java.util.concurrent.ConcurrentHashMap<>();

    CoverageReader(PoliceDataApi policeData, PerformanceProperties properties) {
        this.policeData = policeData;
        this.properties = properties;
    }

    /** The coverage of an indicator's figures for the force, as the data stand now. */
    Coverage of(Indicator indicator, String force) {
        return of(indicator, force, policeData.dataVersion());
    }

    /** The coverage of an indicator's figures for the force, at the data version given (read once a request). */
    Coverage of(Indicator indicator, String force, String version) {
        if (!indicator.source().isPoliceData()) {
            return Coverage.ALL_MONTHS;
        }
        SortedMap<YearMonth, String> incomplete = new TreeMap<>();
        List<YearMonth> complete = new ArrayList<>();
        for (MonthCompleteness month : months(force, indicator.source().policeData(), version)) {
            if (month.complete()) {
                complete.add(month.month());
            } else {
                incomplete.put(month.month(), month.reason());
            }
        }
        TreeSet<YearMonth> provisional = new TreeSet<>();
        if (readsOutcomes(indicator)) {
            int n = Math.min(properties.provisionalOutcomeMonths(), complete.size());
            provisional.addAll(complete.subList(complete.size() - n, complete.size()));
        }
        return new Coverage(incomplete, provisional);
    }

    /** The force's months of a kind of data and their completeness, read once for each state of the data. */
    private List<MonthCompleteness> months(String force, PoliceDataKind kind, String version) {
        Cached known = cached.get(kind);
        if (known == null || !known.version().equals(version) || !known.force().equals(force)) {
            known = new Cached(version, force, policeData.completeness(force, kind));
            cached.put(kind, known);
        }
        return known.months();
    }

    private record Cached(String version, String force, List<MonthCompleteness> months) {}

    /** Whether the indicator selects crimes by their last outcome, which is recorded months later. */
    static boolean readsOutcomes(Indicator indicator) {
        return indicator.source().readsOutcomes();
    }
}
