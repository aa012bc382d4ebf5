package org.oversight.performance.spc;

import java.util.Locale;

/** Whether the process, as its limits describe it, can be relied on to meet a target. */
public enum Assurance {
    /** The target lies outside the process limits on their failing side: every expected value passes. */
    CONSISTENT_PASS,
    /** The target lies outside the process limits on their passing side: every expected value fails. */
    CONSISTENT_FAIL,
    /** The target lies within the process limits (or on one): the process will sometimes pass, sometimes fail. */
    INCONSISTENT;

    /** The code used in JSON: {@code consistent_pass}, {@code consistent_fail} or {@code inconsistent}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The words for people: "consistent pass". */
    public String words() {
        return code().replace('_', ' ');
    }

    /**
     * "Making Data Count" assurance of a target against process limits. The target must lie strictly
     * outside the limits for a consistent result, as a point must lie strictly outside them to be
     * special cause (rule 1): a target equal to a limit is {@link #INCONSISTENT}.
     *
     * <ul>
     *   <li>increase: lower limit &gt; target → consistent pass; upper limit &lt; target → consistent fail;
     *   <li>decrease: upper limit &lt; target → consistent pass; lower limit &gt; target → consistent fail;
     *   <li>otherwise inconsistent.
     * </ul>
     *
     * @return {@code null} when there is no target or the direction is neutral (nothing to pass or fail)
     */
    public static Assurance against(ProcessLimits limits, ImprovementDirection direction, Double target) {
        if (target == null || direction == ImprovementDirection.NEUTRAL) {
            return null;
        }
        boolean targetBelowTheLimits = limits.lowerLimit() > target;
        boolean targetAboveTheLimits = limits.upperLimit() < target;
        if (targetBelowTheLimits) {
            return direction == ImprovementDirection.INCREASE ? CONSISTENT_PASS : CONSISTENT_FAIL;
        }
        if (targetAboveTheLimits) {
            return direction == ImprovementDirection.INCREASE ? CONSISTENT_FAIL : CONSISTENT_PASS;
        }
        return INCONSISTENT;
    }
}
