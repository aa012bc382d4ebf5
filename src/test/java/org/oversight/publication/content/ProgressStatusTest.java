package org.oversight.publication.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The annual statement's comparison of the year with the year before, worked by hand. */
class ProgressStatusTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void fewerCrimesThanLastYearIsAnImprovementWhenTheMeasureShouldDecrease() {
        assertThat(ProgressStatus.of(n("12000"), n("13000"), "decrease")).isEqualTo(ProgressStatus.IMPROVED);
        // (12,000 − 13,000) / 13,000 = −7.692…% → −7.7%
        assertThat(ProgressStatus.change(n("12000"), n("13000"), "count")).isEqualTo("-7.7%");
    }

    @Test
    void aHigherPositiveOutcomeRateIsAnImprovementAndItsChangeIsInPercentagePoints() {
        assertThat(ProgressStatus.of(n("50.0"), n("45.0"), "increase")).isEqualTo(ProgressStatus.IMPROVED);
        assertThat(ProgressStatus.change(n("50.0"), n("45.0"), "percent")).isEqualTo("+5.0 percentage points");
    }

    @Test
    void moreCrimesThanLastYearIsWorseWhenTheMeasureShouldDecrease() {
        // 569 more on 6,616: +8.600…% → +8.6% (seed 001's "+8.6% or 569 more offences")
        assertThat(ProgressStatus.of(n("7185"), n("6616"), "decrease")).isEqualTo(ProgressStatus.WORSE);
        assertThat(ProgressStatus.change(n("7185"), n("6616"), "count")).isEqualTo("+8.6%");
    }

    @Test
    void aMeasureWithNoDirectionIsHigherOrLowerNeverBetterOrWorse() {
        assertThat(ProgressStatus.of(n("10"), n("8"), "neutral")).isEqualTo(ProgressStatus.HIGHER);
        assertThat(ProgressStatus.of(n("8"), n("10"), "neutral")).isEqualTo(ProgressStatus.LOWER);
    }

    @Test
    void theSameFigureIsNoChangeAndAMissingYearIsNotCompared() {
        assertThat(ProgressStatus.of(n("10.0"), n("10"), "decrease")).isEqualTo(ProgressStatus.SAME);
        assertThat(ProgressStatus.of(null, n("10"), "decrease")).isEqualTo(ProgressStatus.NOT_COMPARED);
        assertThat(ProgressStatus.change(n("10"), null, "count")).isEqualTo("not compared");
    }

    @Test
    void aRiseFromZeroHasNoPercentageChange() {
        assertThat(ProgressStatus.change(n("4"), n("0"), "count")).isEqualTo("no percentage change from zero");
    }
}
