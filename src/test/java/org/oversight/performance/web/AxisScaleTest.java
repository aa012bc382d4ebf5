package org.oversight.performance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Round-number ticks, worked by hand: the step is the smallest of 1, 2, 2.5, 5 or 10 × 10ⁿ that is
 * at least a fifth of the range, and the ticks run from the step's multiple at or below the
 * smallest value to the one at or above the largest.
 */
class AxisScaleTest {

    @Test
    void burglaryCountsFrom712To1043TickEveryHundredFrom700To1100() {
        // range 331, a fifth 66.2: 10 × 10¹ = 100 is the first step at least that
        AxisScale scale = AxisScale.covering(712, 1043);

        assertThat(scale.labels()).containsExactly("700", "800", "900", "1,000", "1,100");
    }

    @Test
    void ratesFrom7Point3To10Point9TickEveryWholePercent() {
        // range 3.6, a fifth 0.72: 10 × 10⁻¹ = 1
        assertThat(AxisScale.covering(7.3, 10.9).labels()).containsExactly("7", "8", "9", "10", "11");
    }

    @Test
    void zeroToTenTicksEveryTwo() {
        assertThat(AxisScale.covering(0, 10).labels()).containsExactly("0", "2", "4", "6", "8", "10");
    }

    @Test
    void zeroToTwelveAndAHalfTicksEveryTwoAndAHalfWithOneDecimalThroughout() {
        assertThat(AxisScale.covering(0, 12.5).labels()).containsExactly("0.0", "2.5", "5.0", "7.5", "10.0", "12.5");
    }

    @Test
    void smallFractionsTickEveryTenthWithoutFloatingPointNoise() {
        // range 0.46, a fifth 0.092: 10 × 10⁻² = 0.1; 0.1 × 3 must read 0.3, not 0.30000000000000004
        AxisScale scale = AxisScale.covering(0.12, 0.58);

        assertThat(scale.labels()).containsExactly("0.1", "0.2", "0.3", "0.4", "0.5", "0.6");
        assertThat(scale.ticks().get(2)).isEqualByComparingTo(new BigDecimal("0.3"));
    }

    @Test
    void aNegativeLowerLimitExtendsTheAxisBelowZeroOnTheSameSteps() {
        // range 18.2, a fifth 3.64: 5 × 10⁰ = 5
        assertThat(AxisScale.covering(-3.2, 15).labels()).containsExactly("-5", "0", "5", "10", "15");
    }

    @Test
    void largeCountsTickEveryThousandWithThousandsSeparators() {
        // range 4,500, a fifth 900: 10 × 10² = 1,000
        assertThat(AxisScale.covering(138_000, 142_500).labels())
                .containsExactly("138,000", "139,000", "140,000", "141,000", "142,000", "143,000");
    }

    @Test
    void aQuarterStepKeepsTwoDecimalsOnEveryTick() {
        // range 1.2, a fifth 0.24: 2.5 × 10⁻¹ = 0.25
        assertThat(AxisScale.covering(10.2, 11.4).labels())
                .containsExactly("10.00", "10.25", "10.50", "10.75", "11.00", "11.25", "11.50");
    }

    @Test
    void aConstantSeriesGetsABandAroundItsValue() {
        // 827 ± 5% (41.35): 785.65 to 868.35, a fifth of the range 16.5: 2 × 10¹ = 20
        AxisScale scale = AxisScale.covering(827, 827);

        assertThat(scale.low()).isEqualByComparingTo("780");
        assertThat(scale.high()).isEqualByComparingTo("880");
        assertThat(scale.step()).isEqualByComparingTo("20");
    }

    @Test
    void everyStepIsOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertThat(AxisScale.step(0.72)).isEqualByComparingTo("1");
        assertThat(AxisScale.step(1.3)).isEqualByComparingTo("2");
        assertThat(AxisScale.step(2.1)).isEqualByComparingTo("2.5");
        assertThat(AxisScale.step(3.64)).isEqualByComparingTo("5");
        assertThat(AxisScale.step(5)).isEqualByComparingTo("5");
        assertThat(AxisScale.step(66.2)).isEqualByComparingTo("100");
        assertThat(AxisScale.step(0.0031)).isEqualByComparingTo("0.005");
    }

    @Test
    void refusesValuesThatAreNotNumbers() {
        assertThatThrownBy(() -> AxisScale.covering(Double.NaN, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
    }
}
