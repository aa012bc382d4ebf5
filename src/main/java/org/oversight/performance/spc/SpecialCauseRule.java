package org.oversight.performance.spc;

/** The four "Making Data Count" special cause rules, in the order the NHS guidance numbers them. */
public enum SpecialCauseRule {
    /** Rule 1: a single point outside the process limits. */
    OUTSIDE_THE_LIMITS(1, "outside the limits"),
    /** Rule 2: a run of points all above or all below the centre line. */
    SHIFT(2, "shift"),
    /** Rule 3: a run of points each higher (or each lower) than the one before. */
    TREND(3, "trend"),
    /** Rule 4: two of three consecutive points near a process limit, on the same side of the centre. */
    TWO_OF_THREE_NEAR_A_LIMIT(4, "two of three near a limit");

    private final int number;
    private final String words;

    SpecialCauseRule(int number, String words) {
        this.number = number;
        this.words = words;
    }

    /** The rule's number in "Making Data Count": 1 to 4. */
    public int number() {
        return number;
    }

    public String words() {
        return words;
    }
}
