package org.oversight.performance.measure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the performance figures.
 *
 * @param provisionalOutcomeMonths how many of the latest complete months of an outcome-based
 *     indicator are provisional (ADR 0008): outcomes are recorded months after the crime
 */
@ConfigurationProperties("oversight.performance")
public record PerformanceProperties(@DefaultValue("3") int provisionalOutcomeMonths) {

    public PerformanceProperties {
        if (provisionalOutcomeMonths < 0 || provisionalOutcomeMonths > 24) {
            throw new IllegalArgumentException("oversight.performance.provisional-outcome-months must be 0 to 24, not "
                    + provisionalOutcomeMonths);
        }
    }
}
