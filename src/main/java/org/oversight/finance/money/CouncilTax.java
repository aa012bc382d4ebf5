package org.oversight.finance.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** The precept from the council tax base and the Band D charge, and the year-on-year change in Band D. */
public final class CouncilTax {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CouncilTax() {}

    /** Council tax base (Band D equivalent properties) × Band D, to the penny, a half rounding up. */
    public static BigDecimal precept(BigDecimal taxBase, BigDecimal bandD) {
        Objects.requireNonNull(taxBase, "taxBase");
        Objects.requireNonNull(bandD, "bandD");
        return taxBase.multiply(bandD).setScale(2, RoundingMode.HALF_UP);
    }

    /** The change from last year's Band D, in per cent to two places; null without a previous charge. */
    public static BigDecimal change(BigDecimal previous, BigDecimal current) {
        if (previous == null || current == null || previous.signum() == 0) {
            return null;
        }
        return current.subtract(previous).multiply(HUNDRED).divide(previous, 2, RoundingMode.HALF_UP);
    }
}
