package org.oversight.stopsearch;

import java.util.Locale;
import java.util.Optional;

/** The five broad ethnic groups of the Home Office's disproportionality figures, White last as the comparison. */
public enum EthnicGroup {
    ASIAN("Asian"),
    BLACK("Black"),
    MIXED("Mixed"),
    OTHER("Other"),
    WHITE("White");

    private final String label;

    EthnicGroup(String label) {
        this.label = label;
    }

    /** As the design and the JSON write it: {@code Asian}, {@code Black}, {@code Mixed}, {@code Other}, {@code White}. */
    public String label() {
        return label;
    }

    /** The group a label names, ignoring case and surrounding spaces; empty for anything else. */
    public static Optional<EthnicGroup> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (EthnicGroup group : values()) {
            if (group.label.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }
}
