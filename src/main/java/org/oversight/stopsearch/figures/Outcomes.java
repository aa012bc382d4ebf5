package org.oversight.stopsearch.figures;

import java.util.Set;

/**
 * A search's outcome. A positive outcome is any recorded outcome but no further action: "A no
 * further action disposal", and the older files' "Nothing found - no further action" (the same
 * disposal under its earlier name). A blank outcome is not recorded: neither positive nor
 * negative, and left out of a rate.
 */
public final class Outcomes {

    /** The outcomes that are no further action. */
    public static final Set<String> NO_FURTHER_ACTION =
            Set.of("A no further action disposal", "Nothing found - no further action");

    private Outcomes() {}

    public static boolean isRecorded(String outcome) {
        return !outcome.isBlank();
    }

    public static boolean isPositive(String outcome) {
        return isRecorded(outcome) && !NO_FURTHER_ACTION.contains(outcome.strip());
    }
}
