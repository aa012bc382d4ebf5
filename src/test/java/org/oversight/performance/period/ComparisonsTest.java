package org.oversight.performance.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.performance.period.MonthlyFigures.month;
import static org.oversight.performance.period.MonthlyFigures.monthly;
import static org.oversight.performance.period.MonthlyFigures.spread;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.oversight.plan.MeasureUnit;
import org.oversight.shared.FinancialYear;

class ComparisonsTest {

    /** Two years of burglary, April 2013 to March 2015, 700 a month unless a case says otherwise. */
    private static MonthlySeries twoYearsOfBurglary() {
        return MonthlyFigures.constant("2012-04", "2015-03", "700");
    }

    @Test
    void comparesTheYearToDateWithTheSameMonthsAYearEarlier() {
        MonthlySeries burglary =
                twoYearsOfBurglary().plus(spread("2013-04", "2013-10", 8314)).plus(spread("2014-04", "2014-10", 8123));

        PeriodComparison yearToDate = new Comparisons(IndicatorSeries.counts(burglary)).yearToDate(month("2014-10"));

        assertThat(yearToDate.kind()).isEqualTo(ComparisonKind.YEAR_TO_DATE);
        assertThat(yearToDate.scope()).isEqualTo("year to date 2014/15");
        assertThat(yearToDate.currentWords()).isEqualTo("April–October 2014");
        assertThat(yearToDate.comparisonWords()).isEqualTo("April–October 2013");
        assertThat(yearToDate.toDate()).isTrue();
        assertThat(yearToDate.currentValue()).isEqualByComparingTo("8123");
        assertThat(yearToDate.comparisonValue()).isEqualByComparingTo("8314");
        assertThat(yearToDate.change()).isEqualByComparingTo("-191");
        assertThat(yearToDate.percentChange()).isEqualByComparingTo("-2.3");
        assertThat(yearToDate.words()).isEqualTo("-2.3% year to date: 8,123 against 8,314");
    }

    @Test
    void comparesAMonthWithTheSameMonthAYearEarlier() {
        MonthlySeries burglary = twoYearsOfBurglary()
                .with(month("2013-10"), BigDecimal.valueOf(1000))
                .with(month("2014-10"), BigDecimal.valueOf(1050));

        PeriodComparison october = new Comparisons(IndicatorSeries.counts(burglary)).month(month("2014-10"));

        assertThat(october.words()).isEqualTo("+5.0% in October 2014: 1,050 against 1,000");
        assertThat(october.comparisonWords()).isEqualTo("October 2013");
    }

    @Test
    void aQuarterNotYetCompleteIsComparedToDateAndSaysSo() {
        PeriodComparison quarter =
                new Comparisons(IndicatorSeries.counts(twoYearsOfBurglary())).quarter(month("2014-11"));

        assertThat(quarter.scope()).isEqualTo("Q3 2014/15 to date");
        assertThat(quarter.toDate()).isTrue();
        assertThat(quarter.currentWords()).isEqualTo("October–November 2014");
        assertThat(quarter.comparisonWords()).isEqualTo("October–November 2013");
        assertThat(quarter.words()).isEqualTo("0.0% in Q3 2014/15 to date: 1,400 against 1,400");
    }

    @Test
    void aQuarterIsComparedWholeInItsLastMonth() {
        PeriodComparison quarter =
                new Comparisons(IndicatorSeries.counts(twoYearsOfBurglary())).quarter(month("2014-12"));

        assertThat(quarter.scope()).isEqualTo("Q3 2014/15");
        assertThat(quarter.toDate()).isFalse();
        assertThat(quarter.currentValue()).isEqualByComparingTo("2100");
    }

    @Test
    void theLastCompleteQuarterInNovemberIsTheSecond() {
        PeriodComparison quarter =
                new Comparisons(IndicatorSeries.counts(twoYearsOfBurglary())).lastCompleteQuarter(month("2014-11"));

        assertThat(quarter.scope()).isEqualTo("Q2 2014/15");
        assertThat(quarter.currentWords()).isEqualTo("July–September 2014");
        assertThat(quarter.toDate()).isFalse();
    }

    @Test
    void comparesTheTwelveMonthsToAMonthWithTheTwelveBefore() {
        PeriodComparison rolling =
                new Comparisons(IndicatorSeries.counts(twoYearsOfBurglary())).rollingTwelveMonths(month("2014-10"));

        assertThat(rolling.currentWords()).isEqualTo("November 2013–October 2014");
        assertThat(rolling.comparisonWords()).isEqualTo("November 2012–October 2013");
        assertThat(rolling.words()).isEqualTo("0.0% in the 12 months to October 2014: 8,400 against 8,400");
    }

    @Test
    void comparesAWholeFinancialYearWithThePreviousOne() {
        MonthlySeries burglary = spread("2013/14", 8314).plus(spread("2014/15", 8100));

        PeriodComparison year =
                new Comparisons(IndicatorSeries.counts(burglary)).financialYear(new FinancialYear(2014));

        assertThat(year.currentWords()).isEqualTo("April 2014–March 2015");
        assertThat(year.words()).isEqualTo("-2.6% in 2014/15: 8,100 against 8,314");
    }

    @Test
    void aMissingMonthMakesTheComparisonIncompleteRatherThanMisleading() {
        MonthlySeries burglary = twoYearsOfBurglary().without(month("2013-05"));

        PeriodComparison yearToDate = new Comparisons(IndicatorSeries.counts(burglary)).yearToDate(month("2014-10"));

        assertThat(yearToDate.isComplete()).isFalse();
        assertThat(yearToDate.missingMonths()).containsExactly(month("2013-05"));
        assertThat(yearToDate.currentValue()).isEqualByComparingTo("4900");
        assertThat(yearToDate.comparisonValue()).isNull();
        assertThat(yearToDate.change()).isNull();
        assertThat(yearToDate.percentChange()).isNull();
        assertThat(yearToDate.words())
                .isEqualTo("year to date: not compared because there are no figures for May 2013");
    }

    @Test
    void givesNoPercentageChangeFromZero() {
        MonthlySeries firearms = monthly("2013-10", 0).with(month("2014-10"), BigDecimal.valueOf(5));

        PeriodComparison october = new Comparisons(IndicatorSeries.counts(firearms)).month(month("2014-10"));

        assertThat(october.change()).isEqualByComparingTo("5");
        assertThat(october.percentChange()).isNull();
        assertThat(october.words()).isEqualTo("in October 2014: 5 against 0 (no percentage change from zero)");
    }

    @Test
    void roundsPercentageChangesHalfUpToOnePlace() {
        MonthlySeries up = monthly("2013-10", 2000).with(month("2014-10"), BigDecimal.valueOf(2001));
        MonthlySeries down = monthly("2013-10", 2000).with(month("2014-10"), BigDecimal.valueOf(1999));

        assertThat(new Comparisons(IndicatorSeries.counts(up))
                        .month(month("2014-10"))
                        .percentChange())
                .isEqualByComparingTo("0.1");
        assertThat(new Comparisons(IndicatorSeries.counts(down))
                        .month(month("2014-10"))
                        .percentChange())
                .isEqualByComparingTo("-0.1");
    }

    @Test
    void computesPercentageChangesFromUnroundedRates() {
        // 1 in 3 (33.333…%) against 3 in 10 (30%): +11.1%, where the rounded 33.3% would give +11.0%.
        RateSeries rate = IndicatorSeries.percentage(
                monthly("2013-10", 3).with(month("2014-10"), BigDecimal.ONE),
                monthly("2013-10", 10).with(month("2014-10"), BigDecimal.valueOf(3)));

        PeriodComparison october = new Comparisons(rate).month(month("2014-10"));

        assertThat(october.percentChange()).isEqualByComparingTo("11.1");
    }

    @Test
    void aPercentageMeasureMovesInPercentagePoints() {
        RateSeries positiveOutcomes = IndicatorSeries.percentage(
                monthly("2021-04", 45).with(month("2022-04"), BigDecimal.valueOf(50)),
                monthly("2021-04", 100).with(month("2022-04"), BigDecimal.valueOf(100)));

        PeriodComparison yearToDate = new Comparisons(positiveOutcomes).yearToDate(month("2022-04"));

        assertThat(yearToDate.words(MeasureUnit.PERCENT))
                .isEqualTo("+5.0 percentage points year to date: 50% against 45%");
        assertThat(yearToDate.percentChange()).isEqualByComparingTo("11.1");
    }

    @Test
    void aLevelComparesTheLastMonthOfEachPeriod() {
        LevelSeries officers = IndicatorSeries.levels(MonthlyFigures.constant("2013-04", "2014-10", "6800")
                .with(month("2014-10"), BigDecimal.valueOf(7000))
                .with(month("2014-09"), BigDecimal.valueOf(9999)));

        PeriodComparison yearToDate = new Comparisons(officers).yearToDate(month("2014-10"));

        assertThat(yearToDate.words()).isEqualTo("+2.9% year to date: 7,000 against 6,800");
    }

    @Test
    void asAtAMonthComparesTheMonthTheQuarterTheYearToDateAndTheRollingYear() {
        assertThat(new Comparisons(IndicatorSeries.counts(twoYearsOfBurglary()))
                        .asAt(month("2014-11")).stream().map(PeriodComparison::kind))
                .containsExactly(
                        ComparisonKind.MONTH,
                        ComparisonKind.QUARTER,
                        ComparisonKind.YEAR_TO_DATE,
                        ComparisonKind.ROLLING_TWELVE_MONTHS);
    }
}
