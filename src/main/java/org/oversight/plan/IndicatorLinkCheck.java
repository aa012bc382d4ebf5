package org.oversight.plan;

import java.util.Optional;

/**
 * Checks that a measure may read an indicator. The module that owns indicators registers one with
 * {@link PlanApi#checkIndicatorLinksWith}; plan files and links made through {@link PlanApi} are then
 * refused when it names a problem. Without one, any indicator code is accepted.
 */
@FunctionalInterface
public interface IndicatorLinkCheck {

    /**
     * Why {@code measure} cannot read the indicator {@code indicatorCode} (unknown, or in a unit its
     * target cannot be judged in), or empty when it can.
     */
    Optional<String> problem(PlanMeasure measure, String indicatorCode);
}
