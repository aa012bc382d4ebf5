package org.oversight.board.tracker;

/** Where a Board action stands: open until done or dropped; only an open action can be overdue. */
public enum ActionStatus {
    OPEN("open", "Open"),
    IN_PROGRESS("in-progress", "In progress"),
    DONE("done", "Done"),
    DROPPED("dropped", "Dropped");

    private final String code;
    private final String words;

    ActionStatus(String code, String words) {
        this.code = code;
        this.words = words;
    }

    public String code() {
        return code;
    }

    public String words() {
        return words;
    }

    /** Whether the action is still to do: carried to the next meeting, and overdue once its date has passed. */
    public boolean outstanding() {
        return this == OPEN || this == IN_PROGRESS;
    }

    public static ActionStatus fromCode(String code) {
        for (ActionStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("status: '" + code + "' is not open, in-progress, done or dropped");
    }
}
