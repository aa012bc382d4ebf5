package org.oversight.performance.peergroup;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.oversight.performance.PeerGroupFileRefused;

/**
 * Reads a peer group CSV with the columns {@code group,effective_from,member} (one member a row,
 * dates as {@code 2024-04-01}). Every row is checked; any problem refuses the whole file.
 */
public final class PeerGroupFileReader {

    /** A member row as written, with its line number. */
    public record PeerGroupRow(long line, String group, LocalDate effectiveFrom, String member) {}

    private static final List<String> COLUMNS = List.of("group", "effective_from", "member");

    /** The rows of the file; throws {@link PeerGroupFileRefused} listing every problem with its line. */
    public List<PeerGroupRow> read(String fileName, byte[] content) {
        List<String> problems = new ArrayList<>();
        List<PeerGroupRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(new InputStreamReader(new ByteArrayInputStream(content), decoder))) {
            boolean header = true;
            for (CsvRecord record : csv) {
                long line = record.getStartingLineNumber();
                List<String> fields = record.getFields();
                if (fields.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header) {
                    header = false;
                    List<String> names = fields.stream()
                            .map(f -> f.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT))
                            .toList();
                    if (!names.equals(COLUMNS)) {
                        throw new PeerGroupFileRefused(List.of("line " + line + ": the header must be "
                                + String.join(",", COLUMNS) + " but is " + String.join(",", fields)));
                    }
                    continue;
                }
                if (fields.size() != 3) {
                    problems.add("line " + line + ": expected 3 fields, found " + fields.size());
                    continue;
                }
                String group = fields.get(0).strip();
                String date = fields.get(1).strip();
                String member = fields.get(2).strip();
                LocalDate effectiveFrom = null;
                if (group.isEmpty()) {
                    problems.add("line " + line + ", group: empty");
                }
                if (member.isEmpty()) {
                    problems.add("line " + line + ", member: empty");
                }
                try {
                    effectiveFrom = LocalDate.parse(date);
                } catch (DateTimeParseException e) {
                    problems.add("line " + line + ", effective_from: '" + date + "' is not a date like 2024-04-01");
                }
                if (!group.isEmpty() && !member.isEmpty() && effectiveFrom != null) {
                    if (!seen.add(group + "|" + effectiveFrom + "|" + member)) {
                        problems.add("line " + line + ", member: " + member + " is listed twice for " + group + " from "
                                + effectiveFrom);
                    } else {
                        rows.add(new PeerGroupRow(line, group, effectiveFrom, member));
                    }
                }
            }
            if (header) {
                problems.add(fileName + ": empty, expected the header " + String.join(",", COLUMNS));
            } else if (rows.isEmpty() && problems.isEmpty()) {
                problems.add(fileName + ": no members");
            }
        } catch (UncheckedIOException | IOException e) {
            throw new PeerGroupFileRefused(List.of(fileName + ": not UTF-8 CSV text (" + e.getMessage() + ")"));
        }
        if (!problems.isEmpty()) {
            throw new PeerGroupFileRefused(problems);
        }
        return rows;
    }
}
