package org.oversight.plan;

import org.oversight.shared.AuditedChange;

/**
 * A measure was linked to the indicator it reads, or marked as read by none (with the reason), or
 * its link was removed (both null).
 *
 * @param previousIndicator the indicator it read before, or null
 * @param previousReason why it read none before, or null
 */
public record MeasureIndicatorLinked(
        String planKey,
        String versionLabel,
        String measureRef,
        String previousIndicator,
        String previousReason,
        String indicator,
        String noIndicatorReason,
        String by)
        implements AuditedChange {

    @Override
    public String module() {
        return "plan";
    }

    @Override
    public String action() {
        return "measure-indicator-linked";
    }

    @Override
    public String objectType() {
        return "measure";
    }

    @Override
    public String objectId() {
        return planKey + "/" + versionLabel + "/" + measureRef;
    }

    @Override
    public String before() {
        return words(previousIndicator, previousReason);
    }

    @Override
    public String after() {
        return words(indicator, noIndicatorReason);
    }

    @Override
    public String summary() {
        return "Measure " + measureRef + " of " + planKey + " " + versionLabel + " now "
                + (indicator != null
                        ? "reads the indicator " + indicator
                        : noIndicatorReason != null
                                ? "reads no indicator: " + noIndicatorReason
                                : "has no indicator link")
                + ".";
    }

    private static String words(String indicator, String reason) {
        if (indicator != null) {
            return "indicator: " + indicator;
        }
        return reason != null ? "no indicator: " + reason : null;
    }
}
