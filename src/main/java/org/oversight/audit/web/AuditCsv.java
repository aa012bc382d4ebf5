package org.oversight.audit.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.Writer;
import java.util.List;
import org.oversight.audit.AuditEntry;
import org.oversight.audit.chain.EntryHash;

/**
 * Audit entries as CSV, every field of each (oldest first when exported), with a header; times as
 * hashed ({@code 2026-12-06T14:03:07.123456Z}, UTC), so that the export can be checked against the
 * chain by other tools. A value beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or
 * a carriage return is written after an apostrophe, so that spreadsheet programs show it rather than
 * run it as a formula (a user name tried at sign-in is whatever someone typed). A value that itself
 * begins with an apostrophe gets one more, so that the rule can be undone exactly: a tool checking
 * the export against the hashes removes one leading apostrophe from any value that has one. No value
 * (an entry without an address, a before or an after) is an empty cell; an empty value is {@code ""}:
 * the hash tells them apart, so the export does too.
 */
final class AuditCsv implements AutoCloseable {

    static final List<String> HEADER = List.of(
            "sequence",
            "recorded_at",
            "user",
            "address",
            "module",
            "action",
            "object_type",
            "object_id",
            "summary",
            "before",
            "after",
            "previous_hash",
            "hash");

    private final CsvWriter csv;

    AuditCsv(Writer out) {
        this.csv = CsvWriter.builder()
                .lineDelimiter(LineDelimiter.CRLF)
                .quoteStrategy(QuoteStrategies.EMPTY)
                .build(out);
        csv.writeRecord(HEADER);
    }

    void write(AuditEntry entry) {
        csv.writeRecord(
                Long.toString(entry.sequence()),
                EntryHash.time(entry.recordedAt()),
                cell(entry.user()),
                cell(entry.address()),
                cell(entry.module()),
                cell(entry.action()),
                cell(entry.objectType()),
                cell(entry.objectId()),
                cell(entry.summary()),
                cell(entry.before()),
                cell(entry.after()),
                entry.previousHash(),
                entry.hash());
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '='
                        || first == '+'
                        || first == '-'
                        || first == '@'
                        || first == '\t'
                        || first == '\r'
                        || first == '\''
                ? "'" + value
                : value;
    }

    @Override
    public void close() throws java.io.IOException {
        csv.close();
    }
}
