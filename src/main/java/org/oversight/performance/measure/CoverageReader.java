package org.oversight.performance.measure;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.oversight.performance.indicator.Indicator;
import org.oversight.policedata.ImportBatch;
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
        for (ImportBatch batch : policeData.batches()) {
            if (batch.kind() == PoliceDataKind.STREET && batch.force().equals(force)) {
                complete.add(batch.month());
            }
        }
        complete.sort(null);
        TreeSet<YearMonth> provisional = new TreeSet<>();
        if (readsOutcomes(indicator)) {
            int n = Math.min(properties.provisionalOutcomeMonths(), complete.size());
            provisional.addAll(complete.subList(complete.size() - n, complete.size()));
        }
        return new Coverage(incomplete, provisional);
    }

    /** Whether the indicator selects crimes by their last outcome, which is recorded months later. */
    static boolean readsOutcomes(Indicator indicator) {
        if (indicator.source() instanceof Indicator.PositiveOutcomeRate) {
            return true;
        }
        return indicator.source() instanceof Indicator.StreetCount count
                && !count.lastOutcomes().isEmpty();
    }
}
