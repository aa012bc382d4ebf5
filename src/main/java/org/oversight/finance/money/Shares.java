package org.oversight.finance.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * A line's share of its total, in per cent to one decimal place, a half rounding up (away from
 * zero, as Excel's ROUND does: 6.25 → 6.3, −6.25 → −6.3). The exact quotient is rounded once.
 * Rounded shares are added as they are: they are never adjusted to make a total of 100.
 */
public final class Shares {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Shares() {}

    /** {@code amount} as a percentage of {@code total}; null when the total is zero. */
    public static BigDecimal of(BigDecimal amount, BigDecimal total) {
        Objects.requireNonNull(amount, "amount");
        if (total == null || total.signum() == 0) {
            return null;
        }
        return amount.multiply(HUNDRED).divide(total, 1, RoundingMode.HALF_UP);
    }

    /** The rounded shares added up as they are (99.9 or 100.1 stays so). */
    public static BigDecimal sum(Collection<BigDecimal> shares) {
        return shares.stream().filter(Objects::nonNull).reduce(new BigDecimal("0.0"), BigDecimal::add);
    }

    /** Computed minus published, in percentage points; null when either is missing. */
    public static BigDecimal difference(BigDecimal computed, BigDecimal published) {
        return computed == null || published == null ? null : computed.subtract(published);
    }
}
