package org.oversight.finance.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The precept as council tax base × Band D, and the change in Band D, worked by hand. */
class CouncilTaxTest {

    @Test
    void thePreceptIsTheTaxBaseTimesBandDToThePenny() {
        // 657,123.45 Band D equivalents × £102.43 = 67,309,154.9835 → £67,309,154.98
        assertThat(CouncilTax.precept(new BigDecimal("657123.45"), new BigDecimal("102.43")))
                .isEqualTo(new BigDecimal("67309154.98"));
        // 1,000.5 × £10.01 = 10,015.005 → £10,015.01 (a half penny rounds up)
        assertThat(CouncilTax.precept(new BigDecimal("1000.5"), new BigDecimal("10.01")))
                .isEqualTo(new BigDecimal("10015.01"));
    }

    @Test
    void bandDChangeIsAPercentageToTwoPlaces() {
        // £102.43 → £104.47: 2.04 / 102.43 = 1.99160…% → 1.99% (the 2014-15 plan's "1.99 per cent")
        assertThat(CouncilTax.change(new BigDecimal("102.43"), new BigDecimal("104.47")))
                .isEqualTo(new BigDecimal("1.99"));
        // £200.00 → £201.01: 1.01 / 200 = 0.505% → 0.51%
        assertThat(CouncilTax.change(new BigDecimal("200.00"), new BigDecimal("201.01")))
                .isEqualTo(new BigDecimal("0.51"));
    }

    @Test
    void thereIsNoChangeFromNothing() {
        assertThat(CouncilTax.change(BigDecimal.ZERO, new BigDecimal("104.47"))).isNull();
        assertThat(CouncilTax.change(null, new BigDecimal("104.47"))).isNull();
    }
}
