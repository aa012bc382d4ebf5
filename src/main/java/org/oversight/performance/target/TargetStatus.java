package org.oversight.performance.target;

/** Where a measure stands against its target as at a month. */
public enum TargetStatus {
    /** The target's period has finished and the target was met. */
    MET("met"),
    /** The target's period has finished and the target was not met. */
    NOT_MET("not met"),
    /** Under way (or a standing target) and currently meeting the target. */
    ON_TRACK("on track"),
    /** Under way (or a standing target), not meeting the target but within its tolerance. */
    AT_RISK("at risk"),
    /** Under way (or a standing target) and missing the target by more than its tolerance. */
    OFF_TRACK("off track"),
    /** The target is for a period that has not begun by the as-at month. */
    NOT_STARTED("not started"),
    /** Monitored only: there is no target to judge against. */
    NO_TARGET("no target"),
    /** The figures the judgement needs are missing (or cannot be computed); no value is made up. */
    NO_DATA("no data"),
    /**
     * The target's arithmetic has no meaning for the figures (a percentage change on a baseline of
     * zero or below), so it is not judged; the reason says why.
     */
    NOT_JUDGED("cannot be judged");

    private final String words;

    TargetStatus(String words) {
        this.words = words;
    }

    /** The status in words: “on track”. */
    public String words() {
        return words;
    }
}
