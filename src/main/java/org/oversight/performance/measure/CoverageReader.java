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
 * Works out an indicator's {@link Coverage} from the force's street data: which months are
 * incomplete, and which of the latest complete months are provisional for an indicator that reads
 * crimes' outcomes.
 */
@Component
class CoverageReader {

    private final PoliceDataApi policeData;
    private final PerformanceProperties properties;
    private volatile Cached cached;

    CoverageReader(PoliceDataApi policeData, PerformanceProperties properties) {
        this.policeData = policeData;
        this.properties = properties;
    }

    /** The coverage of an indicator's figures for the force. */
    Coverage of(Indicator indicator, String force) {
        if (!indicator.source().isPoliceData()) {
            return Coverage.ALL_MONTHS;
        }
        SortedMap<YearMonth, String> incomplete = new TreeMap<>();
        List<YearMonth> complete = new ArrayList<>();
        for (MonthCompleteness month : months(force)) {
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

    /** The force's street months and their completeness, read once for each state of the data. */
    private List<MonthCompleteness> months(String force) {
        String version = policeData.dataVersion();
        Cached cached = this.cached;
        if (cached == null
                || !cached.version().equals(version)
                || !cached.force().equals(force)) {
            cached = new Cached(version, force, policeData.completeness(force, PoliceDataKind.STREET));
            this.cached = cached;
        }
        return cached.months();
    }

    private record Cached(String version, String force, List<MonthCompleteness> months) {}

    /** Whether the indicator selects crimes by their last outcome, which is recorded months later. */
    static boolean readsOutcomes(Indicator indicator) {
        if (indicator.source() instanceof Indicator.PositiveOutcomeRate) {
            return true;
        }
        return indicator.source() instanceof Indicator.StreetCount count
                && !count.lastOutcomes().isEmpty();
    }
}
