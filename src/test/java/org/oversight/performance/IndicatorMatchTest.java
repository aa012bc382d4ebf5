package org.oversight.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oversight.performance.ExampleLinks.ExampleMeasure;
import org.oversight.performance.indicator.Indicator;
import org.oversight.policedata.StopSearchField;

/**
 * A measure reads only an indicator that measures what its words say, over the years it is set for;
 * otherwise its plan file says "no indicator" with the reason, and its page says "no data yet".
 */
class IndicatorMatchTest {

    /** data.police.uk's street-level data begins with December 2010. */
    static final YearMonth DATA_POLICE_UK_BEGINS = YearMonth.of(2010, 12);

    private static final String SECTION_60 = "Criminal Justice and Public Order Act 1994 (section 60)";

    private final Map<String, Indicator> indicators = ExampleLinks.indicators();
    private final List<ExampleMeasure> measures = ExampleLinks.measures();

    IndicatorMatchTest() throws IOException {}

    private Indicator indicator(ExampleMeasure measure) {
        return measure.indicator() == null ? null : indicators.get(measure.indicator());
    }

    private ExampleMeasure measure(String plan, String ref) {
        return measures.stream()
                .filter(m -> m.plan().equals(plan) && m.ref().equals(ref))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyLinkNamesAnExampleIndicator() {
        List<String> unknown = measures.stream()
                .filter(m -> m.indicator() != null && !indicators.containsKey(m.indicator()))
                .map(m -> m.plan() + " " + m.ref() + " " + m.indicator())
                .toList();

        assertThat(unknown).isEmpty();
    }

    @Test
    void knifeCrimeAndRobberyOfPersonalPropertyIsNotReadAsViolenceAndSexualOffences() {
        ExampleMeasure knives = measure("wm-police-and-crime-plan-2021-2025", "30-m2");

        assertThat(knives.indicator()).isNull();
        assertThat(knives.noIndicator()).contains("Knife crime", "robbery of personal property");
    }

    @Test
    void noSanctionDetectionMeasureReadsADataPoliceUkPositiveOutcomeRate() {
        List<String> detections = measures.stream()
                .filter(m -> m.words().toLowerCase(Locale.UK).contains("detection"))
                .filter(m -> indicator(m) != null && indicator(m).source() instanceof Indicator.PositiveOutcomeRate)
                .map(m -> m.version() + " " + m.ref() + " " + m.words().strip())
                .toList();

        assertThat(detections).isEmpty();
        for (String ref : List.of("pi-6", "pi-7", "pi-8", "pi-9")) {
            assertThat(measure("wm-strategic-policing-plan-2008-2011", ref).noIndicator())
                    .as(ref)
                    .contains("sanction detection rate is not data.police.uk's positive outcome rate");
        }
    }

    /** A target set for years before data.police.uk begins cannot be judged from it. */
    @Test
    void noMeasureWhoseTargetYearsComeBeforeDataPoliceUkReadsIt() {
        List<String> tooEarly = measures.stream()
                .filter(m -> indicator(m) != null && indicator(m).source().isPoliceData())
                .filter(m -> firstMonthNamed(m.target()) != null
                        && firstMonthNamed(m.target()).isBefore(DATA_POLICE_UK_BEGINS))
                .map(m -> m.plan() + " " + m.version() + " " + m.ref())
                .toList();

        assertThat(tooEarly).isEmpty();
    }

    @Test
    void everyMeasureOfAnExamplePlanIsLinkedOrSaysWhyNot() {
        List<String> silent = measures.stream()
                .filter(m -> m.indicator() == null
                        && (m.noIndicator() == null || m.noIndicator().isBlank()))
                .map(m -> m.plan() + " " + m.version() + " " + m.ref())
                .toList();

        assertThat(silent).isEmpty();
    }

    /** Reasonable grounds searches are those that need suspicion: section 60 searches need none. */
    @Test
    void reasonableGroundsMeasuresReadSearchesThatNeedSuspicionOnly() {
        List<String> wrong = measures.stream()
                .filter(m -> m.words().toLowerCase(Locale.UK).contains("reasonable grounds"))
                .filter(m -> !(indicator(m) != null
                        && indicator(m).source() instanceof Indicator.StopSearchRate rate
                        && rate.searches().values().containsKey(StopSearchField.LEGISLATION)
                        && !rate.searches()
                                .values()
                                .get(StopSearchField.LEGISLATION)
                                .contains(SECTION_60)))
                .map(m -> m.ref() + " " + m.indicator())
                .toList();

        assertThat(wrong).isEmpty();
        assertThat(measures.stream().filter(m -> m.words().contains("reasonable grounds")))
                .hasSize(2);
    }

    /** The section 60 measure counts section 60 searches and nothing else. */
    @Test
    void theSection60MeasureCountsSection60SearchesOnly() {
        Indicator section60 = indicator(measure("wm-police-and-crime-plan-2021-2025", "16-m5"));

        assertThat(section60.source()).isInstanceOf(Indicator.StopSearchCount.class);
        assertThat(((Indicator.StopSearchCount) section60.source()).searches().values())
                .isEqualTo(Map.of(StopSearchField.LEGISLATION, java.util.Set.of(SECTION_60)));
    }

    /** A measure written in a unit reads an indicator in that unit: a count is never judged against a percentage. */
    @Test
    void everyLinkedMeasureReadsAnIndicatorInItsOwnUnit() {
        List<String> mismatched = measures.stream()
                .filter(m -> indicator(m) != null && m.unit() != null)
                .filter(m -> !indicator(m).unit().code().equals(m.unit()))
                .map(m -> m.ref() + " is in " + m.unit() + " but reads " + m.indicator())
                .toList();

        assertThat(mismatched).isEmpty();
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
