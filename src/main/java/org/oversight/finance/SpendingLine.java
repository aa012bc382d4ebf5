package org.oversight.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A line of a spending file: every cell as published (in the file's column order) and what the
 * checks read from it, with their notes.
 *
 * @param line the line of the file it came from (the header is line 1)
 * @param redacted whether a cell carries a redaction label (REDACTED PERSONAL DATA, REDACTED
 *     COMMERCIAL CONFIDENTIALITY…), kept as published
 * @param notes what the checks noticed without refusing the line: under £500 (part of a split
 *     invoice, or not), a credit note, a redaction, the same line twice
 */
public record SpendingLine(
        int line,
        List<String> cells,
        LocalDate date,
        String supplier,
        BigDecimal amount,
        String description,
        String category,
        String department,
        String transactionNumber,
        boolean redacted,
        List<String> notes) {

    public SpendingLine {
        cells = List.copyOf(cells);
        notes = List.copyOf(notes);
    }
}
