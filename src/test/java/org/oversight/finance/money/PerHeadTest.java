package org.oversight.finance.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Cost per resident, worked by hand from the 2019-20 leaflet in the 2018/19 annual report (resident
 * population 2,864,925): pounds to the penny, a half rounding up.
 */
class PerHeadTest {

    static final long POPULATION = 2_864_925L;

    @Test
    void councilTaxIsThirtySevenPoundsNinetySevenAHead() {
        // 108,790,000 / 2,864,925 = 37.9730… → £37.97
        assertThat(PerHead.of(new BigDecimal("108790000"), POPULATION)).isEqualTo(new BigDecimal("37.97"));
    }

    @Test
    void policeGrantIsEightyEightPoundsTwentyAHead() {
        // 252,700,000 / 2,864,925 = 88.2047… → £88.20
        assertThat(PerHead.of(new BigDecimal("252700000"), POPULATION)).isEqualTo(new BigDecimal("88.20"));
    }

    @Test
    void theWholeCostIsDividedOnceSoItNeedNotEqualTheSumOfTheRoundedRows() {
        // 108.79m + 252.70m + 181.30m + 19.03m + 6.96m = 568.78m; / 2,864,925 = 198.5322… → £198.53
        BigDecimal whole = new BigDecimal("568780000");
        assertThat(PerHead.of(whole, POPULATION)).isEqualTo(new BigDecimal("198.53"));
        // The rows rounded one by one: 37.97 + 88.20 + 63.28 + 6.64 + 2.43 = £198.52
        BigDecimal rows = PerHead.of(new BigDecimal("108790000"), POPULATION)
                .add(PerHead.of(new BigDecimal("252700000"), POPULATION))
                .add(PerHead.of(new BigDecimal("181300000"), POPULATION))
                .add(PerHead.of(new BigDecimal("19030000"), POPULATION))
                .add(PerHead.of(new BigDecimal("6960000"), POPULATION));
        assertThat(rows).isEqualTo(new BigDecimal("198.52"));
    }

    @Test
    void anExactHalfPennyRoundsUp() {
        // 1,001 / 200 = 5.005 → £5.01
        assertThat(PerHead.of(new BigDecimal("1001"), 200)).isEqualTo(new BigDecimal("5.01"));
        // 999 / 200 = 4.995 → £5.00
        assertThat(PerHead.of(new BigDecimal("999"), 200)).isEqualTo(new BigDecimal("5.00"));
    }

    @Test
    void aPopulationMustBePositive() {
        assertThatThrownBy(() -> PerHead.of(BigDecimal.TEN, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("population");
    }
}
