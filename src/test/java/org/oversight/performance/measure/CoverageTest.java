package org.oversight.performance.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.oversight.performance.period.CountSeries;
import org.oversight.performance.period.IndicatorSeries;
import org.oversight.performance.period.MonthRange;
import org.oversight.performance.period.MonthlySeries;

/** Which months count (ADR 0008), and the words that say so. */
class CoverageTest {

    private static final YearMonth JANUARY = YearMonth.of(2015, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2015, 2);
    private static final YearMonth MARCH = YearMonth.of(2015, 3);
    private static final YearMonth APRIL = YearMonth.of(2015, 4);
    private static final MonthRange SHOWN = new MonthRange(YearMonth.of(2012, 5), APRIL);

    private static IndicatorSeries months(Map<YearMonth, Integer> values) {
        Map<YearMonth, BigDecimal> exact = new TreeMap<>();
        values.forEach((month, value) -> exact.put(month, BigDecimal.valueOf(value)));
        return new CountSeries(MonthlySeries.of(exact));
    }

    private static Coverage incompleteApril() {
        return new Coverage(new TreeMap<>(Map.of(APRIL, "2 rows")), new TreeSet<>());
    }

    @Test
    void aPartialAprilIsLeftOutAndTheFiguresRunToMarch() {
        IndicatorSeries raw = months(Map.of(FEBRUARY, 11_000, MARCH, 11_311, APRIL, 2));
        Coverage coverage = incompleteApril();

        IndicatorSeries judged = coverage.judged(raw);

        assertThat(judged.over(MonthRange.of(APRIL)).value()).isNull();
        assertThat(MeasureCalculator.judgedMonth(null, judged, coverage)).isEqualTo(MARCH);
        assertThat(coverage.words(MARCH, MARCH, SHOWN)).isEqualTo("Figures to March 2015; April 2015 is incomplete.");
    }

    @Test
    void incompleteMonthsLongAfterTheMonthJudgedAreNotGivenAsTheReasonTheFiguresStop() {
        YearMonth october = YearMonth.of(2014, 10);
        Coverage coverage = new Coverage(
                new TreeMap<>(
                        Map.of(APRIL, "no file", YearMonth.of(2015, 5), "no file", YearMonth.of(2019, 3), "no file")),
                new TreeSet<>());

        assertThat(coverage.words(october, october, new MonthRange(YearMonth.of(2012, 4), october)))
                .isEqualTo("Figures to October 2014.");
        assertThat(coverage.words(MARCH, MARCH, SHOWN))
                .isEqualTo("Figures to March 2015; April–May 2015 are incomplete.");
    }

    @Test
    void askingForAnIncompleteMonthJudgesTheMonthBeforeIt() {
        IndicatorSeries raw = months(Map.of(FEBRUARY, 11_000, MARCH, 11_311, APRIL, 2));
        Coverage coverage = incompleteApril();

        assertThat(MeasureCalculator.judgedMonth(APRIL, coverage.judged(raw), coverage))
                .isEqualTo(MARCH);
    }

    @Test
    void theLatestOutcomeMonthsAreShownButNotJudged() {
        IndicatorSeries raw = months(Map.of(YearMonth.of(2014, 12), 10, JANUARY, 9, FEBRUARY, 9, MARCH, 5));
        Coverage coverage = new Coverage(new TreeMap<>(), new TreeSet<>(List.of(JANUARY, FEBRUARY, MARCH)));

        assertThat(coverage.shown(raw).over(MonthRange.of(MARCH)).value()).isEqualByComparingTo("5");
        assertThat(MeasureCalculator.judgedMonth(null, coverage.judged(raw), coverage))
                .isEqualTo(YearMonth.of(2014, 12));
        assertThat(coverage.words(YearMonth.of(2014, 12), YearMonth.of(2014, 12), SHOWN))
                .isEqualTo("Figures to December 2014; January–March 2015 are provisional: outcomes are still being"
                        + " recorded, so they are shown but not judged.");
    }

    @Test
    void aGapInsideTheChartIsNamedAsLeftOut() {
        Coverage coverage = new Coverage(new TreeMap<>(Map.of(YearMonth.of(2014, 2), "missing")), new TreeSet<>());

        assertThat(coverage.words(MARCH, MARCH, SHOWN))
                .isEqualTo("Figures to March 2015; February 2014 is incomplete and left out.");
    }

    @Test
    void aMonthAskedForWithoutAFigureSaysWhereTheFiguresRunTo() {
        assertThat(Coverage.ALL_MONTHS.words(MARCH, FEBRUARY, SHOWN))
                .isEqualTo("There is no figure for March 2015; figures run to February 2015.");
    }
}
