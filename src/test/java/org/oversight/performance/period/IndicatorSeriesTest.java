package org.oversight.performance.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.performance.period.MonthlyFigures.month;
import static org.oversight.performance.period.MonthlyFigures.monthly;

import org.junit.jupiter.api.Test;

class IndicatorSeriesTest {

    private static final MonthRange APRIL_TO_MAY_2022 = new MonthRange(month("2022-04"), month("2022-05"));

    @Test
    void aRateOverAPeriodIsTheRatioOfTheSumsNotTheMeanOfTheMonthlyRates() {
        // April: 1 positive outcome from 2 searches (50%); May: 30 from 100 (30%).
        RateSeries rate = IndicatorSeries.percentage(monthly("2022-04", 1, 30), monthly("2022-04", 2, 100));

        PeriodValue overTwoMonths = rate.over(APRIL_TO_MAY_2022);

        // 31 ÷ 102 = 30.39…%, not the 40% mean of the monthly rates.
        assertThat(overTwoMonths.value())
                .isBetween(new java.math.BigDecimal("30.39"), new java.math.BigDecimal("30.40"));
        assertThat(rate.aggregation()).isEqualTo(Aggregation.RATIO);
    }

    @Test
    void aRateWithNothingToDivideByIsNotKnownAndSaysWhy() {
        RateSeries rate = IndicatorSeries.percentage(monthly("2022-04", 0, 0), monthly("2022-04", 0, 0));

        PeriodValue overTwoMonths = rate.over(APRIL_TO_MAY_2022);

        assertThat(overTwoMonths.isKnown()).isFalse();
        assertThat(overTwoMonths.isComplete()).isTrue();
        assertThat(overTwoMonths.reason()).contains("nothing to divide by in April–May 2022");
    }

    @Test
    void aRateLacksAMonthWhenEitherItsNumeratorOrItsDenominatorLacksIt() {
        RateSeries rate = IndicatorSeries.perThousand(monthly("2022-04", 5), monthly("2022-04", 1000, 1000));

        PeriodValue overTwoMonths = rate.over(APRIL_TO_MAY_2022);

        assertThat(overTwoMonths.missingMonths()).containsExactly(month("2022-05"));
        assertThat(rate.lastMonthWithFigure(APRIL_TO_MAY_2022)).contains(month("2022-04"));
    }

    @Test
    void aRatePerThousandIsScaledByAThousand() {
        RateSeries rate = IndicatorSeries.perThousand(monthly("2022-04", 3, 6), monthly("2022-04", 1000, 1000));

        assertThat(rate.over(APRIL_TO_MAY_2022).value()).isEqualByComparingTo("4.5");
    }

    @Test
    void aLevelOverAPeriodIsItsLastMonthNotASum() {
        LevelSeries officers = IndicatorSeries.levels(monthly("2022-04", 7000, 7050));

        assertThat(officers.over(APRIL_TO_MAY_2022).value()).isEqualByComparingTo("7050");
        assertThat(officers.aggregation()).isEqualTo(Aggregation.LATEST);
    }

    @Test
    void aLevelIsNotKnownWhenItsLastMonthHasNoFigureEvenIfEarlierMonthsDo() {
        LevelSeries officers = IndicatorSeries.levels(monthly("2022-04", 7000));

        PeriodValue level = officers.over(APRIL_TO_MAY_2022);

        assertThat(level.isKnown()).isFalse();
        assertThat(level.missingMonths()).containsExactly(month("2022-05"));
    }

    @Test
    void countsAreSummed() {
        CountSeries crimes = IndicatorSeries.counts(monthly("2022-04", 100, 120));

        assertThat(crimes.over(APRIL_TO_MAY_2022).value()).isEqualByComparingTo("220");
        assertThat(crimes.aggregation()).isEqualTo(Aggregation.SUM);
    }
}
