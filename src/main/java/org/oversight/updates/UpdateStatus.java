package org.oversight.updates;

/** How the lead judges progress on a commitment. */
public enum UpdateStatus {
    ON_TRACK("on-track", "On track", "green"),
    AT_RISK("at-risk", "At risk", "orange"),
    OFF_TRACK("off-track", "Off track", "red"),
    COMPLETE("complete", "Complete", "blue"),
    NOT_STARTED("not-started", "Not started", "grey");

    private final String code;
    private final String words;
    private final String colour;

    UpdateStatus(String code, String words, String colour) {
        this.code = code;
        this.words = words;
        this.colour = colour;
    }

    public String code() {
        return code;
    }

    public String words() {
        return words;
    }

    /** The GOV.UK tag colour pages show it in. */
    public String colour() {
        return colour;
    }

    public static UpdateStatus fromCode(String code) {
        for (UpdateStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status '" + code + "'");
    }
}
