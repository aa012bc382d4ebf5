package org.oversight.policedata;

import java.time.Instant;

/**
 * An analyst's judgement that a month is complete or incomplete, which wins over the automatic rule
 * until it is cleared (ADR 0008).
 *
 * @param note why, in the analyst's words
 * @param markedBy the analyst's user name
 */
public record MonthMark(boolean complete, String note, String markedBy, Instant markedAt) {}
