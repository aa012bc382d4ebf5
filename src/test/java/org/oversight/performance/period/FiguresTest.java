package org.oversight.performance.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.performance.period.MonthlyFigures.month;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.plan.MeasureUnit;

class FiguresTest {

    @Test
    void writesCountsWithThousandsSeparators() {
        assertThat(Figures.number(new BigDecimal("8123"))).isEqualTo("8,123");
        assertThat(Figures.number(new BigDecimal("1234567"))).isEqualTo("1,234,567");
    }

    @Test
    void roundsFiguresHalfUpToOneDecimalPlace() {
        assertThat(Figures.number(new BigDecimal("45.25"))).isEqualTo("45.3");
        assertThat(Figures.number(new BigDecimal("45.24"))).isEqualTo("45.2");
    }

    @Test
    void givesEachChangeItsSign() {
        assertThat(Figures.signedPercent(new BigDecimal("8.6"))).isEqualTo("+8.6%");
        assertThat(Figures.signedPercent(new BigDecimal("-2.3"))).isEqualTo("-2.3%");
        assertThat(Figures.signedPercent(new BigDecimal("-0.04"))).isEqualTo("0.0%");
    }

    @Test
    void writesFiguresInTheirUnits() {
        assertThat(Figures.inUnit(new BigDecimal("50"), MeasureUnit.PERCENT)).isEqualTo("50%");
        assertThat(Figures.inUnit(new BigDecimal("6969000"), MeasureUnit.POUNDS))
                .isEqualTo("£6,969,000");
        assertThat(Figures.inUnit(new BigDecimal("4.5"), MeasureUnit.RATE_PER_1000))
                .isEqualTo("4.5 per 1,000");
    }

    @Test
    void usesMorePlacesOnlyToTellTwoDifferentFiguresApart() {
        assertThat(Figures.decimalsToTellApart(new BigDecimal("49.99"), new BigDecimal("50")))
                .isEqualTo(2);
        assertThat(Figures.decimalsToTellApart(new BigDecimal("50.0"), new BigDecimal("50")))
                .isEqualTo(1);
        assertThat(Figures.decimalsToTellApart(new BigDecimal("8100"), new BigDecimal("8147.72")))
                .isEqualTo(1);
    }

    @Test
    void runsConsecutiveMissingMonthsTogether() {
        assertThat(Figures.months(List.of(month("2014-05"), month("2014-06"), month("2014-07"), month("2013-05"))))
                .isEqualTo("May 2013 and May–July 2014");
    }

    @Test
    void neverWritesMinusZero() {
        assertThat(Figures.number(new BigDecimal("-0.04"))).isEqualTo("0");
        assertThat(Figures.number(new BigDecimal("-0.004"), 2)).isEqualTo("0");
        assertThat(Figures.inUnit(new BigDecimal("-0.2"), MeasureUnit.POUNDS, 0))
                .isEqualTo("£0");
        assertThat(Figures.inUnit(new BigDecimal("-1250"), MeasureUnit.POUNDS)).isEqualTo("-£1,250");
        assertThat(Figures.inUnit(new BigDecimal("-0.01"), MeasureUnit.PERCENT)).isEqualTo("0%");
    }

    @Test
    void showsASmallChangeWithTwoPlacesAndATinyOneNotAtAll() {
        assertThat(Figures.smallestChange(new BigDecimal("2.34"))).contains("2.3");
        assertThat(Figures.smallestChange(new BigDecimal("0.0123"))).contains("0.01");
        assertThat(Figures.smallestChange(new BigDecimal("0.004"))).isEmpty();
    }

    @Test
    void givesNoPercentageChangeFromZeroFromANegativeFigureOrFromNothing() {
        assertThat(Figures.percentChange(new BigDecimal("-95"), new BigDecimal("-100")))
                .isNull();
        assertThat(Figures.exactPercentChange(new BigDecimal("-95"), new BigDecimal("-100")))
                .isNull();
        assertThat(Figures.percentChange(BigDecimal.TEN, BigDecimal.ZERO)).isNull();
        assertThat(Figures.percentChange(BigDecimal.TEN, null)).isNull();
        assertThat(Figures.percentChange(new BigDecimal("8100"), new BigDecimal("8314")))
                .isEqualByComparingTo("-2.6");
    }

    @Test
    void choosesTheArticleByHowTheFigureIsRead() {
        assertThat(Figures.article("2")).isEqualTo("a");
        assertThat(Figures.article("8")).isEqualTo("an");
        assertThat(Figures.article("11")).isEqualTo("an");
        assertThat(Figures.article("11.5")).isEqualTo("an");
        assertThat(Figures.article("18,000")).isEqualTo("an");
        assertThat(Figures.article("110")).isEqualTo("a");
        assertThat(Figures.article("1,200")).isEqualTo("a");
    }
}
