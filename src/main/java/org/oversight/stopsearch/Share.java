package org.oversight.stopsearch;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A count out of a whole, shown as a percentage rounded half up to one decimal place.
 *
 * @param count how many have the property
 * @param of how many could have had it (the denominator)
 */
public record Share(long count, long of) {

    public Share {
        if (count < 0 || of < 0 || count > of) {
            throw new IllegalArgumentException("a share needs 0 <= count <= of, was " + count + " of " + of);
        }
    }

    /** The percentage rounded half up to one decimal place; null when the whole is 0. */
    public Double percent() {
        if (of == 0) {
            return null;
        }
        return BigDecimal.valueOf(count)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
