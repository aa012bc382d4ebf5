package org.oversight.decisions.register;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oversight.decisions.DecisionFileProblem;
import org.oversight.decisions.DecisionFileRefused;

/**
 * Reads decisions from a CSV file (UTF-8). Columns: {@code number}, {@code title}, {@code date}
 * ({@code 08/02/2019}, {@code 2019-02-08} or {@code 8 February 2019}) and {@code decision_maker},
 * and optionally {@code summary}, {@code financial_implications}, {@code confidential} (yes or no)
 * and {@code source}. Every problem is reported with its line and column; any refuses the file.
 */
final class DecisionFileReader {

    static final List<String> REQUIRED = List.of("number", "title", "date", "decision_maker");
    static final List<String> OPTIONAL = List.of("summary", "financial_implications", "confidential", "source");

    record Line(long line, DecisionContent content) {}

    List<Line> read(String fileName, byte[] content) {
        List<List<String>> rows = csv(fileName, content);
        List<DecisionFileProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            throw new DecisionFileRefused(fileName, List.of(new DecisionFileProblem(0, 0, "", "the file is empty")));
        }
        Map<String, Integer> columns = header(rows.get(0), problems);
        if (!problems.isEmpty()) {
            throw new DecisionFileRefused(fileName, problems);
        }
        List<Line> lines = new ArrayList<>();
        Map<String, Long> numbers = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            long line = i + 1L;
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            int before = problems.size();
            String number = required(row, columns, "number", line, problems);
            if (number != null && !number.matches(Entry.NUMBER)) {
                problem(
                        problems,
                        line,
                        columns,
                        "number",
                        "'" + number + "' is not a decision number: use at least one digit, and"
                                + " letters, digits, '.', '_' or '-' only (at most 40), such as 004-2019");
            } else if (number != null) {
                Long earlier = numbers.putIfAbsent(number, line);
                if (earlier != null) {
                    problem(problems, line, columns, "number", "decision " + number + " is already on line " + earlier);
                }
            }
            String title = required(row, columns, "title", line, problems);
            String dateText = required(row, columns, "date", line, problems);
            LocalDate date = null;
            if (dateText != null) {
                try {
                    date = DecisionDates.parse(dateText);
                } catch (IllegalArgumentException e) {
                    problem(problems, line, columns, "date", e.getMessage());
                }
            }
            String maker = required(row, columns, "decision_maker", line, problems);
            String confidential = field(row, columns, "confidential").toLowerCase(Locale.ROOT);
            if (!List.of("", "yes", "no", "y", "n", "true", "false").contains(confidential)) {
                problem(problems, line, columns, "confidential", "'" + confidential + "' is neither yes nor no");
            }
            if (problems.size() > before) {
                continue;
            }
            lines.add(new Line(
                    line,
                    new DecisionContent(
                            number,
                            title,
                            date,
                            maker,
                            field(row, columns, "summary"),
                            field(row, columns, "financial_implications"),
                            List.of("yes", "y", "true").contains(confidential),
                            field(row, columns, "source"))));
        }
        if (problems.isEmpty() && lines.isEmpty()) {
            problems.add(new DecisionFileProblem(0, 0, "", "the file has a header but no decisions"));
        }
        if (!problems.isEmpty()) {
            throw new DecisionFileRefused(fileName, problems);
        }
        return lines;
    }

    private static Map<String, Integer> header(List<String> header, List<DecisionFileProblem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c)
                    .replace("\uFEFF", "")
                    .strip()
                    .toLowerCase(Locale.ROOT)
                    .replace(' ', '_')
                    .replace('-', '_');
            if (name.isEmpty()) {
                continue;
            }
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                problems.add(new DecisionFileProblem(
                        1,
                        c + 1,
                        header.get(c),
                        "'" + header.get(c) + "' is not a column of a decisions file; the columns are "
                                + String.join(", ", REQUIRED) + " and optionally " + String.join(", ", OPTIONAL)));
            } else if (columns.putIfAbsent(name, c) != null) {
                problems.add(new DecisionFileProblem(1, c + 1, name, "the " + name + " column is given twice"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(new DecisionFileProblem(1, 0, "", "the header has no " + required + " column"));
            }
        }
        return columns;
    }

    private static String required(
            List<String> row,
            Map<String, Integer> columns,
            String name,
            long line,
            List<DecisionFileProblem> problems) {
        String value = field(row, columns, name);
        if (value.isEmpty()) {
            problem(problems, line, columns, name, "is missing");
            return null;
        }
        return value;
    }

    private static void problem(
            List<DecisionFileProblem> problems, long line, Map<String, Integer> columns, String field, String message) {
        Integer column = columns.get(field);
        problems.add(new DecisionFileProblem(line, column == null ? 0 : column + 1, field, message));
    }

    private static String field(List<String> row, Map<String, Integer> columns, String name) {
        Integer column = columns.get(name);
        return column == null || column >= row.size() ? "" : row.get(column).strip();
    }

    private static List<List<String>> csv(String fileName, byte[] content) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(new InputStreamReader(new ByteArrayInputStream(content), decoder))) {
            for (CsvRecord record : csv) {
                while (rows.size() < record.getStartingLineNumber() - 1) {
                    rows.add(List.of());
                }
                rows.add(record.getFields());
            }
        } catch (UncheckedIOException | IOException e) {
            throw new DecisionFileRefused(
                    fileName,
                    List.of(new DecisionFileProblem(
                            0, 0, "", "the file is not UTF-8 CSV text: save it as \"CSV UTF-8\" and try again")));
        }
        return rows;
    }
}
