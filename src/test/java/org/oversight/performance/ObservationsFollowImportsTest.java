package org.oversight.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oversight.policedata.Area;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Observation series are kept in memory between requests (they are read on every page otherwise),
 * but an import shows at once: the next request reads them again.
 */
@SpringBootTest
class ObservationsFollowImportsTest {

    @Autowired
    PerformanceApi performance;

    @Autowired
    Observations observations;

    private MeasurePerformance confidence() {
        return performance
                .measure("wm-police-and-crime-plan", "2013-14", "4.1", "4.1-m1", Area.force(performance.force()), null)
                .orElseThrow();
    }

    private void store(String month, int value) {
        String csv = "indicator,period,area,value\nobs-increase-confidence-in-policing," + month + ","
                + performance.force() + "," + value + "\n";
        observations.importFile("confidence.csv", csv.getBytes(StandardCharsets.UTF_8), "test");
    }

    @Test
    void anObservationImportedAfterTheSeriesWasReadIsShownOnTheNextRequest() {
        store("2014-01", 70);
        assertThat(confidence().currentValue()).isEqualByComparingTo("70");
        assertThat(confidence().currentValue()).isEqualByComparingTo("70");

        store("2014-02", 75);

        assertThat(confidence().currentValue()).isEqualByComparingTo("75");
        assertThat(confidence().asAt()).isEqualTo("2014-02");
    }
}
