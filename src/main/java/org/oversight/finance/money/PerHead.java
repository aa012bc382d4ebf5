package org.oversight.finance.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Pounds per resident: an amount divided by the resident population, to the penny, a half rounding
 * up. A whole (the cost per resident) is divided once, so it need not equal the sum of its rounded
 * parts.
 */
public final class PerHead {

    private PerHead() {}

    public static BigDecimal of(BigDecimal amount, long population) {
        Objects.requireNonNull(amount, "amount");
        if (population <= 0) {
            throw new IllegalArgumentException("the resident population must be more than 0, not " + population);
        }
        return amount.divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
    }
}
