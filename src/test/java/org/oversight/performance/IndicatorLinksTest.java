package org.oversight.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.performance.ExampleLinks.ExampleMeasure;
import org.oversight.performance.indicator.Indicator;

/** Two different measures of one plan version never read one observation series by accident. */
class IndicatorLinksTest {

    @Test
    void eachObservationIndicatorIsReadByOneMeasureOfAVersion() throws Exception {
        Map<String, Indicator> indicators = ExampleLinks.indicators();
        Map<String, String> readBy = new HashMap<>();
        List<String> shared = new ArrayList<>();
        for (ExampleMeasure measure : ExampleLinks.measures()) {
            Indicator indicator = measure.indicator() == null ? null : indicators.get(measure.indicator());
            if (indicator == null || !(indicator.source() instanceof Indicator.ObservationSeries series)) {
                continue;
            }
            String key = measure.plan() + " " + measure.version() + " " + series.observationCode();
            String earlier = readBy.putIfAbsent(key, measure.ref());
            if (earlier != null) {
                shared.add(key + ": " + earlier + " and " + measure.ref());
            }
        }

        assertThat(shared).isEmpty();
    }
}
