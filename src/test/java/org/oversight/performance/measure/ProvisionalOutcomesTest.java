package org.oversight.performance.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.indicator.Indicator;
import org.oversight.performance.period.Aggregation;
import org.oversight.performance.period.IndicatorSeries;
import org.oversight.performance.period.MonthlySeries;
import org.oversight.plan.ImprovementDirection;
import org.oversight.plan.MeasureUnit;
import org.oversight.plan.PlanMeasure;
import org.oversight.plan.Target;
import org.oversight.policedata.Area;

/**
 * The review's case: vehicle crime's positive outcome rate runs at 10–12% through 2014, then reads
 * 9.4%, 9.0% and 5.0% in January–March 2015 only because those crimes' outcomes have not been
 * recorded yet. Those three months are provisional: drawn hollow, never judged, never a signal.
 */
class ProvisionalOutcomesTest {

    private static final YearMonth FIRST = YearMonth.of(2012, 4);
    private static final Area FORCE = Area.force("west-midlands");
    private static final Indicator VEHICLE_CRIME_OUTCOMES = new Indicator(
            "vehicle-crime-positive-outcome-rate",
            1,
            "Vehicle crime positive outcome rate",
            MeasureUnit.PERCENT,
            Aggregation.RATIO,
            new Indicator.PositiveOutcomeRate(List.of("Vehicle crime"), List.of("Offender fined")));

    private final MeasureCalculator calculator = new MeasureCalculator(null, null, new TargetJudge(null, null));

    /** 33 months alternating 10% and 12% of 1,000 crimes, then 9.4%, 9.0% and 5.0%. */
    private static IndicatorSeries rates() {
        Map<YearMonth, BigDecimal> positive = new TreeMap<>();
        Map<YearMonth, BigDecimal> crimes = new TreeMap<>();
        for (int i = 0; i < 36; i++) {
            YearMonth month = FIRST.plusMonths(i);
            int tenths = i < 33 ? (i % 2 == 0 ? 100 : 120) : List.of(94, 90, 50).get(i - 33);
            positive.put(month, BigDecimal.valueOf(tenths));
            crimes.put(month, BigDecimal.valueOf(1000));
        }
        return IndicatorSeries.percentage(MonthlySeries.of(positive), MonthlySeries.of(crimes));
    }

    private static PlanMeasure measure() {
        return new PlanMeasure(
                "test-plan",
                "v1",
                1,
                "1",
                "Outcomes",
                1,
                "1-m1",
                null,
                "Increase positive outcomes for vehicle crime",
                ImprovementDirection.INCREASE,
                MeasureUnit.PERCENT,
                List.of(),
                new Target.Monitor());
    }

    private MeasurePerformance compute(Coverage coverage) {
        return calculator.compute(
                measure(), FORCE, VEHICLE_CRIME_OUTCOMES, Optional.empty(), rates(), coverage, null, false);
    }

    private static Coverage provisionalJanuaryToMarch() {
        return new Coverage(
                new TreeMap<>(),
                new TreeSet<>(List.of(YearMonth.of(2015, 1), YearMonth.of(2015, 2), YearMonth.of(2015, 3))));
    }

    @Test
    void withoutProvisionalMonthsTheLateOutcomesLookLikeASpecialCauseConcern() {
        MeasurePerformance naive = compute(Coverage.ALL_MONTHS);

        assertThat(naive.asAt()).isEqualTo("2015-03");
        assertThat(naive.spc().variation()).isEqualTo("special_cause_concern");
    }

    @Test
    void theLatestThreeMonthsAreShownHollowAndTheFiguresAreJudgedToDecember() {
        MeasurePerformance m = compute(provisionalJanuaryToMarch());

        assertThat(m.asAt()).isEqualTo("2014-12");
        assertThat(m.currentWords()).isEqualTo("10% in December 2014");
        List<MeasurePerformance.MonthPoint> last =
                m.series().subList(m.series().size() - 3, m.series().size());
        assertThat(last)
                .extracting(MeasurePerformance.MonthPoint::period, MeasurePerformance.MonthPoint::provisional)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2015-01", true),
                        org.assertj.core.groups.Tuple.tuple("2015-02", true),
                        org.assertj.core.groups.Tuple.tuple("2015-03", true));
        assertThat(last).allSatisfy(p -> assertThat(p.pointType()).isNull());
        assertThat(m.series().get(m.series().size() - 4).provisional()).isFalse();
    }

    @Test
    void provisionalMonthsAreNeverASpecialCauseSignal() {
        MeasurePerformance m = compute(provisionalJanuaryToMarch());

        assertThat(m.spc().variation()).isEqualTo("common_cause");
        assertThat(m.spc().specialCausePoints()).isZero();
        assertThat(m.series()).filteredOn(p -> p.pointType() != null).allSatisfy(p -> assertThat(p.pointType())
                .isEqualTo("common_cause"));
    }

    @Test
    void theStatementSaysWhichMonthsAreProvisionalAndJudgesOnlyTheRest() {
        MeasurePerformance m = compute(provisionalJanuaryToMarch());

        assertThat(m.coverage())
                .isEqualTo("Figures to December 2014; January–March 2015 are provisional: outcomes are still being"
                        + " recorded, so they are shown but not judged.");
        assertThat(m.statement())
                .startsWith(m.coverage())
                .doesNotContain("concern")
                .doesNotContain("5%");
        assertThat(m.comparisonWords()).contains("year to date").doesNotContain("March 2015");
    }

    @Test
    void theYearToDateFiguresAsAtMarchAreTheWholeYearAndTheYearBefore() {
        MeasurePerformance m = calculator.compute(
                measure(), FORCE, VEHICLE_CRIME_OUTCOMES, Optional.empty(), rates(), Coverage.ALL_MONTHS, null, false);

        // 2014/15: 5 × 100 + 4 × 120 + 94 + 90 + 50 = 1,214 positive of 12,000 crimes = 10.1166…%
        assertThat(m.yearToDate().doubleValue()).isCloseTo(10.11667, org.assertj.core.data.Offset.offset(0.0001));
        // 2013/14: 6 × 100 + 6 × 120 = 1,320 of 12,000 = 11%
        assertThat(m.previousYearToDate()).isEqualByComparingTo("11");
    }
}
