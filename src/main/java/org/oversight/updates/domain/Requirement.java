package org.oversight.updates.domain;

/** Whether the lead must report on a commitment this cycle. */
public enum Requirement {
    DUE("due", "Due"),
    NOT_REQUIRED("not-required", "Not required"),
    DEFERRED("deferred", "Deferred");

    private final String code;
    private final String words;

    Requirement(String code, String words) {
        this.code = code;
        this.words = words;
    }

    public String code() {
        return code;
    }

    public String words() {
        return words;
    }

    public static Requirement fromCode(String code) {
        for (Requirement requirement : values()) {
            if (requirement.code.equals(code)) {
                return requirement;
            }
        }
        throw new IllegalArgumentException("unknown requirement '" + code + "': use due, not-required or deferred");
    }
}
