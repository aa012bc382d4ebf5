package org.oversight.performance.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of {@code POST /api/v1/spc}, which anyone may call (ADR 0010). Its body's size is limited
 * with every other request's ({@code oversight.request-limits}).
 *
 * @param maxPoints the most points a series may have: 10,000 is 27 years of daily values or 833
 *     years of monthly ones; the chart of that many takes a few milliseconds and a few megabytes
 */
@ConfigurationProperties("oversight.spc-api")
public record SpcApiProperties(@DefaultValue("10000") int maxPoints) {

    public SpcApiProperties {
        if (maxPoints < 1) {
            throw new IllegalArgumentException("oversight.spc-api.max-points must be at least 1, not " + maxPoints);
        }
    }
}
