package org.oversight.policedata.load;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.oversight.policedata.ImportListener;

/**
 * Reads a file's rows as CSV and refuses, with line and column, what is not a data.police.uk file:
 * a header not the kind's, a row with another number of columns, a NUL character (which no text
 * column can hold), quoting that goes wrong, more rows than allowed, bytes that are not UTF-8. Each
 * row that passes goes to its kind's {@link RowLoader}.
 */
final class CsvRows {

    private CsvRows() {}

    static void read(
            String displayName,
            PoliceFileName name,
            RowLoader loader,
            long batchId,
            PoliceFileLoader.CountingInputStream input,
            BinaryCopyWriter out,
            ImportListener listener,
            RowLimit limit,
            Path file)
            throws IOException, FileRefused {
        List<String> header = name.kind().header();
        CsvReader<CsvRecord> csv = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(new StrictUtf8Reader(input));
        Iterator<CsvRecord> records = csv.iterator();
        long rows = 0;
        try {
            if (!records.hasNext()) {
                throw new FileRefused(
                        1, 0, "the file is empty: a " + name.kind().slug() + " file starts with its header");
            }
            CsvRecord first = records.next();
            checkNoNul(first, header);
            checkHeader(name, first);
            String[] fields = new String[header.size()];
            CsvRecord last = null;
            while (records.hasNext()) {
                CsvRecord record = records.next();
                last = record;
                long line = record.getStartingLineNumber();
                int count = record.getFieldCount();
                if (count != header.size()) {
                    if (spansLines(record)) {
                        quoting(file, header);
                    }
                    throw new FileRefused(
                            line,
                            Math.min(count, header.size()) + 1,
                            "the row has " + count + " columns but a "
                                    + name.kind().slug() + " file has " + header.size() + ": the file is refused");
                }
                checkNoNul(record, header);
                if (++rows > limit.maxRows()) {
                    throw new FileRefused(
                            line,
                            0,
                            "the file has more than " + RowLimit.number(limit.maxRows()) + " rows: " + limit.why()
                                    + "; the file is refused");
                }
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = record.getField(i);
                }
                loader.write(batchId, line, fields, out);
                if (rows % 20_000 == 0) {
                    listener.progressed(displayName, input.count, rows);
                }
            }
            if (last != null && spansLines(last)) {
                // The last value ran over lines: a quote opened and never closed takes the rest of the file.
                quoting(file, header);
            }
            listener.progressed(displayName, input.count, rows);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof StrictUtf8Reader.MalformedText bad) {
                // The byte offset is turned into a line and column once the rows have stopped.
                throw new FileRefused(
                        bad.offset, -1, "the file has bytes that are not valid UTF-8 text: it is refused");
            }
            throw e.getCause();
        } catch (CsvParseException e) {
            quoting(file, header);
            java.util.regex.Matcher line =
                    java.util.regex.Pattern.compile("line (\\d+)").matcher(e.getMessage());
            throw new FileRefused(
                    line.find() ? Long.parseLong(line.group(1)) : 0,
                    0,
                    "the row is not well-formed CSV"
                            + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")")
                            + ": the file is refused");
        }
    }

    /** Refuses the file when its quoting goes wrong (the reader alone cannot say where). */
    private static void quoting(Path file, List<String> header) throws IOException, FileRefused {
        var mistake = CsvQuotes.mistake(file, header);
        if (mistake.isPresent()) {
            throw mistake.get();
        }
    }

    private static boolean spansLines(CsvRecord record) {
        for (int i = 0; i < record.getFieldCount(); i++) {
            String field = record.getField(i);
            if (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * PostgreSQL text cannot hold a NUL character (byte 0), and no published value has one: it is a
     * sign of a damaged or binary file.
     */
    private static void checkNoNul(CsvRecord record, List<String> header) throws FileRefused {
        for (int i = 0; i < record.getFieldCount(); i++) {
            String field = record.getField(i);
            int at = field.indexOf('\0');
            if (at >= 0) {
                long linesBefore =
                        field.substring(0, at).chars().filter(c -> c == '\n').count();
                throw new FileRefused(
                        record.getStartingLineNumber() + linesBefore,
                        i + 1,
                        "the value of column " + (i + 1) + (i < header.size() ? " (" + header.get(i) + ")" : "")
                                + " holds a NUL character (byte 0), which is not text: the file is damaged or not a"
                                + " CSV file, and is refused");
            }
        }
    }

    private static void checkHeader(PoliceFileName name, CsvRecord record) throws FileRefused {
        List<String> expected = name.kind().header();
        List<String> actual = record.getFields();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : null;
            String got = i < actual.size() ? actual.get(i) : null;
            if (want == null || !want.equals(got)) {
                throw new FileRefused(
                        record.getStartingLineNumber(),
                        i + 1,
                        "the header is not a data.police.uk " + name.kind().slug() + " header: column " + (i + 1)
                                + " is " + (got == null ? "missing" : "'" + got + "'") + " but must be "
                                + (want == null ? "absent" : "'" + want + "'") + " (expected: "
                                + String.join(",", expected) + ")");
            }
        }
    }
}
