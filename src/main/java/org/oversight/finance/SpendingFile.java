package org.oversight.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A month's transparency file of spending over £500 (Local Government Transparency Code), kept as
 * published: its own columns and cells, with the checks' notes beside each line.
 *
 * @param headings the file's own column headings, in its order
 * @param encoding how its text was read: UTF-8, Windows-1252 or Excel
 * @param total the sum of its lines' amounts (credit notes subtract)
 * @param notedLines how many lines carry a note (under £500, redacted, a credit note, a repeat…)
 * @param redactedLines how many lines carry a redaction label such as REDACTED PERSONAL DATA
 */
public record SpendingFile(
        YearMonth month,
        String fileName,
        String encoding,
        List<String> headings,
        int lines,
        BigDecimal total,
        int notedLines,
        int redactedLines,
        String importedBy,
        Instant importedAt) {

    public SpendingFile {
        headings = List.copyOf(headings);
    }
}
