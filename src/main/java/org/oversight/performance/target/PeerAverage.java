package org.oversight.performance.target;

import java.math.BigDecimal;
import java.util.Objects;
import org.oversight.performance.period.MonthRange;

/**
 * The average of a peer group (the most similar forces) for a measure over some months, supplied
 * by the caller. It must be for the same months as the measure is judged on
 * ({@link TargetEvaluator#standingMonths}); an average for other months is not used.
 *
 * @param months the months the average is for
 * @param value the average
 */
public record PeerAverage(MonthRange months, BigDecimal value) {

    public PeerAverage {
        Objects.requireNonNull(months, "months");
        Objects.requireNonNull(value, "value");
    }
}
