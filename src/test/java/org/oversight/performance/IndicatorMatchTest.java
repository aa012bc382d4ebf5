package org.oversight.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oversight.performance.indicator.Indicator;
import org.oversight.performance.indicator.IndicatorCatalogue;
import org.yaml.snakeyaml.Yaml;

/**
 * A measure reads only an indicator that measures what its words say, over the years it is set for;
 * otherwise the catalogue says "no indicator" with the reason, and its page says "no data yet".
 */
class IndicatorMatchTest {

    /** data.police.uk's street-level data begins with December 2010. */
    static final YearMonth DATA_POLICE_UK_BEGINS = YearMonth.of(2010, 12);

    private final IndicatorCatalogue catalogue = new IndicatorCatalogue();

    /** A measure of an example plan: its version, ref, words (heading and text) and its target as written. */
    record ExampleMeasure(String plan, String version, String ref, String words, Object target) {}

    @SuppressWarnings("unchecked")
    static List<ExampleMeasure> exampleMeasures() throws IOException {
        List<ExampleMeasure> measures = new ArrayList<>();
        for (String file : List.of(
                "wm-police-and-crime-plan-2014-15.yaml",
                "wm-police-and-crime-plan-2021-2025.yaml",
                "wm-strategic-policing-plan-2008-2011.yaml")) {
            Map<String, Object> plan;
            try (InputStream input = IndicatorMatchTest.class.getResourceAsStream("/plan/examples/" + file)) {
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
                                measure.get("target")));
                    }
                }
            }
        }
        return measures;
    }

    private Indicator indicator(ExampleMeasure measure) {
        return catalogue
                .link(measure.plan(), measure.version(), measure.ref())
                .map(IndicatorCatalogue.Link::indicator)
                .orElse(null);
    }

    @Test
    void knifeCrimeAndRobberyOfPersonalPropertyIsNotReadAsViolenceAndSexualOffences() {
        IndicatorCatalogue.Link link = catalogue
                .link("wm-police-and-crime-plan-2021-2025", "2021-2025", "30-m2")
                .orElseThrow();

        assertThat(link.indicator()).isNull();
        assertThat(link.noIndicatorReason()).contains("Knife crime", "robbery of personal property");
    }

    @Test
    void noSanctionDetectionMeasureReadsADataPoliceUkPositiveOutcomeRate() throws IOException {
        List<String> detections = exampleMeasures().stream()
                .filter(m -> m.words().toLowerCase(java.util.Locale.UK).contains("detection"))
                .filter(m -> indicator(m) != null && indicator(m).source() instanceof Indicator.PositiveOutcomeRate)
                .map(m -> m.version() + " " + m.ref() + " " + m.words().strip())
                .toList();

        assertThat(detections).isEmpty();
        for (String ref : List.of("pi-6", "pi-7", "pi-8", "pi-9")) {
            assertThat(catalogue
                            .link("wm-strategic-policing-plan-2008-2011", "2008-2011", ref)
                            .orElseThrow()
                            .noIndicatorReason())
                    .as(ref)
                    .contains("sanction detection rate is not data.police.uk's positive outcome rate");
        }
    }

    /** A target set for years before data.police.uk begins cannot be judged from it. */
    @Test
    void noMeasureWhoseTargetYearsComeBeforeDataPoliceUkReadsIt() throws IOException {
        List<String> tooEarly = exampleMeasures().stream()
                .filter(m -> indicator(m) != null && indicator(m).source().isPoliceData())
                .filter(m -> firstMonthNamed(m.target()) != null
                        && firstMonthNamed(m.target()).isBefore(DATA_POLICE_UK_BEGINS))
                .map(m -> m.plan() + " " + m.version() + " " + m.ref())
                .toList();

        assertThat(tooEarly).isEmpty();
    }

    @Test
    void everyMeasureWithoutAnIndicatorSaysWhy() throws IOException {
        List<String> silent = exampleMeasures().stream()
                .filter(m -> catalogue.link(m.plan(), m.version(), m.ref()).isPresent())
                .filter(m -> indicator(m) == null)
                .filter(m -> catalogue
                        .link(m.plan(), m.version(), m.ref())
                        .orElseThrow()
                        .noIndicatorReason()
                        .isBlank())
                .map(ExampleMeasure::ref)
                .toList();

        assertThat(silent).isEmpty();
    }

    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})/\\d{2}");

    /** The earliest month a target names (its baselines and periods), or null when it names none. */
    private static YearMonth firstMonthNamed(Object target) {
        YearMonth first = null;
        Matcher years = FINANCIAL_YEAR.matcher(String.valueOf(target));
        while (years.find()) {
            YearMonth april = YearMonth.of(Integer.parseInt(years.group(1)), 4);
            first = first == null || april.isBefore(first) ? april : first;
        }
        return first;
    }
}
