package org.oversight.performance.target;

import java.math.BigDecimal;

/**
 * Values some targets need that are not in the measure's own series; the caller supplies them or
 * leaves them out, and nothing is assumed in their place.
 *
 * @param levelAtStartOfPlan the measure's level when the plan's term began, for “maintain” targets
 *     that name neither a value nor a baseline (“remain at the same level or higher”) and “change by
 *     an amount” targets with no baseline; {@code null} when not supplied
 * @param peerAverage the peer group's average for the months the measure is judged on, for “better
 *     than peers” targets; {@code null} when not supplied
 */
public record ReferenceValues(BigDecimal levelAtStartOfPlan, PeerAverage peerAverage) {

    /** Nothing supplied. */
    public static final ReferenceValues NONE = new ReferenceValues(null, null);

    /** These values with the level when the plan began. */
    public ReferenceValues withLevelAtStartOfPlan(BigDecimal level) {
        return new ReferenceValues(level, peerAverage);
    }

    /** These values with the peer group's average. */
    public ReferenceValues withPeerAverage(PeerAverage average) {
        return new ReferenceValues(levelAtStartOfPlan, average);
    }
}
