package org.oversight.performance.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.oversight.plan.ImprovementDirection;
import org.oversight.plan.MeasureUnit;

class ToleranceTest {

    @Test
    void theDefaultIsOnePercentagePointOrTwoPerCentOfTheRequiredValue() {
        assertThat(Tolerance.DEFAULT.percentagePoints()).isEqualByComparingTo("1");
        assertThat(Tolerance.DEFAULT.percentOfRequired()).isEqualByComparingTo("2");
    }

    @Test
    void theBandForAPercentageMeasureIsInPercentagePoints() {
        assertThat(Tolerance.DEFAULT.bandAround(new BigDecimal("50"), MeasureUnit.PERCENT))
                .isEqualByComparingTo("1");
    }

    @Test
    void theBandForOtherMeasuresIsAShareOfTheRequiredValue() {
        assertThat(Tolerance.DEFAULT.bandAround(new BigDecimal("7800"), MeasureUnit.NUMBER))
                .isEqualByComparingTo("156");
        assertThat(Tolerance.DEFAULT.bandAround(new BigDecimal("480"), MeasureUnit.NUMBER))
                .isEqualByComparingTo("9.6");
    }

    @Test
    void aMeasureWithoutAToleranceTakesTheDefault() {
        assertThat(new MeasureDefinition("Burglary", ImprovementDirection.DECREASE, MeasureUnit.COUNT).tolerance())
                .isEqualTo(Tolerance.DEFAULT);
    }

    @Test
    void refusesANegativeTolerance() {
        assertThatThrownBy(() -> new Tolerance(new BigDecimal("-1"), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
