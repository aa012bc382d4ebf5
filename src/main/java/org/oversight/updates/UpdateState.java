package org.oversight.updates;

/**
 * Where a commitment stands in a cycle, as {@code updates list} prints it: the requirement first
 * (not required, deferred), then the update's progress; due becomes overdue once the deadline has
 * passed.
 */
public enum UpdateState {
    DUE("due", "Due"),
    OVERDUE("overdue", "Overdue"),
    SUBMITTED("submitted", "Submitted"),
    ACCEPTED("accepted", "Accepted"),
    RETURNED("returned", "Returned"),
    NOT_REQUIRED("not-required", "Not required"),
    DEFERRED("deferred", "Deferred");

    private final String code;
    private final String words;

    UpdateState(String code, String words) {
        this.code = code;
        this.words = words;
    }

    public String code() {
        return code;
    }

    public String words() {
        return words;
    }

    /** The GOV.UK tag colour pages show it in. */
    public String colour() {
        return switch (this) {
            case DUE -> "blue";
            case OVERDUE -> "red";
            case SUBMITTED -> "turquoise";
            case ACCEPTED -> "green";
            case RETURNED -> "orange";
            case NOT_REQUIRED, DEFERRED -> "grey";
        };
    }
}
