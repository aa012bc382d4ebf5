package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.plan.domain.TargetCodec;

/** A target's figures are written out in full on every page: each must be a figure a page can show. */
class TargetFiguresTest {

    private static Map<String, Object> threshold(String value) {
        return Map.of("kind", "threshold", "comparator", "at-least", "value", value);
    }

    @Test
    void refusesAFigureWithAHugeExponentThatWouldBeWrittenOutAsABillionDigits() {
        assertThatThrownBy(() -> TargetCodec.fromMap(threshold("1.0e+999999999")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value: '1.0e+999999999' is too large; a target's figures are below"
                        + " 1,000,000,000,000,000");
    }

    @Test
    void refusesAFigureWithMoreThanTenDecimalPlaces() {
        assertThatThrownBy(() -> TargetCodec.fromMap(threshold("1e-999999999")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value: '1e-999999999' has more than 10 decimal places");
    }

    @Test
    void acceptsABudgetOfBillionsAndARateWithDecimals() {
        assertThat(TargetCodec.fromMap(threshold("999999999999999")).words(MeasureUnit.POUNDS))
                .isEqualTo("At least £999,999,999,999,999");
        assertThat(TargetCodec.fromMap(threshold("4.56")).words(MeasureUnit.RATE_PER_1000))
                .isEqualTo("At least 4.56 per 1,000");
    }
}
