package org.oversight.performance;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.performance.indicator.Indicator;
import org.oversight.performance.indicator.IndicatorFile;
import org.yaml.snakeyaml.Yaml;

/** The example plans' measures with the indicator links their files carry, and the example indicators. */
final class ExampleLinks {

    static final List<String> PLAN_FILES = List.of(
            "wm-police-and-crime-plan-2014-15.yaml",
            "wm-police-and-crime-plan-2021-2025.yaml",
            "wm-strategic-policing-plan-2008-2011.yaml");

    /** A measure of an example plan: its version, ref, words (heading and text), target and link as written. */
    record ExampleMeasure(
            String plan,
            String version,
            String ref,
            String words,
            Object target,
            String unit,
            String indicator,
            String noIndicator) {}

    private ExampleLinks() {}

    @SuppressWarnings("unchecked")
    static List<ExampleMeasure> measures() throws IOException {
        List<ExampleMeasure> measures = new ArrayList<>();
        for (String file : PLAN_FILES) {
            Map<String, Object> plan;
            try (InputStream input = ExampleLinks.class.getResourceAsStream("/plan/examples/" + file)) {
                plan = new Yaml().load(input);
            }
            String key = (String) ((Map<String, Object>) plan.get("plan")).get("key");
            for (Map<String, Object> version : (List<Map<String, Object>>) plan.get("versions")) {
                for (Map<String, Object> objective : (List<Map<String, Object>>) version.get("objectives")) {
                    for (Map<String, Object> measure :
                            (List<Map<String, Object>>) objective.getOrDefault("measures", List.of())) {
                        measures.add(new ExampleMeasure(
                                key,
                                String.valueOf(version.get("label")),
                                (String) measure.get("ref"),
                                measure.getOrDefault("heading", "") + " " + measure.get("text"),
                                measure.get("target"),
                                (String) measure.get("unit"),
                                (String) measure.get("indicator"),
                                (String) measure.get("noIndicator")));
                    }
                }
            }
        }
        return measures;
    }

    /** The example indicators by code. */
    static Map<String, Indicator> indicators() throws IOException {
        try (InputStream input = ExampleLinks.class.getResourceAsStream("/performance/examples/indicators.yaml")) {
            Map<String, Indicator> indicators = new LinkedHashMap<>();
            IndicatorFile.read("indicators.yaml", input.readAllBytes())
                    .entries()
                    .forEach(e -> indicators.put(e.indicator().code(), e.indicator()));
            return indicators;
        }
    }
}
