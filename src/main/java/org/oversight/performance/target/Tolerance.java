package org.oversight.performance.target;

import java.math.BigDecimal;
import java.util.Objects;
import org.oversight.plan.MeasureUnit;

/**
 * How far short of a target a measure may be, while its period is under way, and still be “at risk”
 * rather than “off track”. A measure that meets the target is on track whatever the tolerance; the
 * tolerance only sorts the misses. Finished periods are met or not met exactly, with no tolerance.
 *
 * <ul>
 *   <li>Targets stated as a change against a baseline (reduce by 2%, maintain at or below the
 *       2019/20 level) and value targets on a percentage measure (≥ 50%): at risk when short by no
 *       more than {@code percentagePoints} (default 1 percentage point).
 *   <li>Other value targets (7,800 officers, at or above 480 PCSOs, a peer average): at risk when
 *       short by no more than {@code percentOfRequired} % of the required value (default 2%).
 * </ul>
 *
 * @param percentagePoints the band for change targets and percentage measures, in percentage points
 * @param percentOfRequired the band for other value targets, as a percentage of the required value
 */
public record Tolerance(BigDecimal percentagePoints, BigDecimal percentOfRequired) {

    /** 1 percentage point; 2% of the required value. */
    public static final Tolerance DEFAULT = new Tolerance(BigDecimal.ONE, BigDecimal.valueOf(2));

    /** No tolerance: every miss is off track. */
    public static final Tolerance NONE = new Tolerance(BigDecimal.ZERO, BigDecimal.ZERO);

    public Tolerance {
        Objects.requireNonNull(percentagePoints, "percentagePoints");
        Objects.requireNonNull(percentOfRequired, "percentOfRequired");
        if (percentagePoints.signum() < 0 || percentOfRequired.signum() < 0) {
            throw new IllegalArgumentException("a tolerance cannot be negative");
        }
    }

    /**
     * The band below (or above) a required value within which a miss is at risk: the percentage
     * points for a percentage measure, otherwise {@code percentOfRequired} % of |required|.
     */
    public BigDecimal bandAround(BigDecimal required, MeasureUnit unit) {
        if (unit == MeasureUnit.PERCENT) {
            return percentagePoints;
        }
        return required.abs().multiply(percentOfRequired).movePointLeft(2);
    }
}
