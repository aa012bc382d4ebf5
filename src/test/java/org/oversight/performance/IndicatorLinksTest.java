package org.oversight.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Two different measures of one plan version never read one observation series by accident. */
class IndicatorLinksTest {

    @Test
    @SuppressWarnings("unchecked")
    void eachObservationIndicatorIsReadByOneMeasureOfAVersion() throws Exception {
        Map<String, Object> catalogue;
        try (InputStream input = getClass().getResourceAsStream("/performance/indicators.yaml")) {
            catalogue = new Yaml().load(input);
        }
        Map<String, String> kinds = new HashMap<>();
        for (Map<String, Object> indicator : (List<Map<String, Object>>) catalogue.get("indicators")) {
            Map<String, Object> source = (Map<String, Object>) indicator.get("source");
            kinds.put((String) indicator.get("code"), (String) source.get("kind"));
        }
        List<String> shared = new ArrayList<>();
        for (Map<String, Object> link : (List<Map<String, Object>>) catalogue.get("links")) {
            Map<String, String> measures = (Map<String, String>) link.get("measures");
            Map<String, String> readBy = new HashMap<>();
            measures.forEach((ref, code) -> {
                String earlier = readBy.putIfAbsent(code, ref);
                if (earlier != null && "observation".equals(kinds.get(code))) {
                    shared.add(link.get("plan") + " " + link.get("version") + ": " + earlier + " and " + ref
                            + " both read " + code);
                }
            });
        }
        assertThat(shared).isEmpty();
    }
}
