package org.oversight.performance.cli;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A series read from a CSV file with the header {@code period,value} and one row per period, in
 * time order. Every problem is reported with its file and line ({@code FILE:LINE: message}).
 *
 * @param periods the periods as written (trimmed)
 * @param values the values
 */
record SeriesCsv(List<String> periods, List<Double> values) {

    /** Plain decimal numbers, with an optional sign and exponent: no "NaN", "Infinity", hex or "12d". */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    /** A CSV file that cannot be read as a series, with every problem found. */
    static final class Refused extends Exception {
        private final List<String> problems;

        Refused(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }

    static SeriesCsv read(String fileName, Reader input) throws Refused {
        List<String> problems = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        Map<String, Long> lineOfPeriod = new HashMap<>();
        boolean header = true;
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .allowMissingFields(true)
                .allowExtraFields(true)
                .ofCsvRecord(input)) {
            for (CsvRecord record : csv) {
                long line = record.getStartingLineNumber();
                String where = fileName + ":" + line + ": ";
                if (header) {
                    header = false;
                    if (!isHeader(record)) {
                        problems.add(where + "the first line must be the header period,value, not '"
                                + String.join(",", record.getFields()) + "'");
                        break;
                    }
                    continue;
                }
                if (record.getFieldCount() != 2) {
                    problems.add(where + "expected 2 fields (period,value), found " + record.getFieldCount());
                    continue;
                }
                String period = record.getField(0).strip();
                String value = record.getField(1).strip();
                if (period.isEmpty()) {
                    problems.add(where + "the period is missing");
                } else if (lineOfPeriod.containsKey(period)) {
                    problems.add(where + "the period " + period + " is already on line " + lineOfPeriod.get(period));
                } else {
                    lineOfPeriod.put(period, line);
                }
                if (value.isEmpty()) {
                    problems.add(where + "the value is missing");
                } else if (!NUMBER.matcher(value).matches()) {
                    problems.add(where + "'" + value + "' is not a number");
                } else if (!Double.isFinite(Double.parseDouble(value))) {
                    problems.add(where + "'" + value + "' is too large");
                } else {
                    periods.add(period);
                    values.add(Double.parseDouble(value));
                }
            }
        } catch (CsvParseException | UncheckedIOException e) {
            problems.add(fileName + ": not a readable CSV file: " + rootMessage(e));
        } catch (IOException e) {
            problems.add(fileName + ": could not be read: " + e.getMessage());
        }
        if (problems.isEmpty() && header) {
            problems.add(fileName + ": the file is empty; the first line must be the header period,value");
        } else if (problems.isEmpty() && periods.isEmpty()) {
            problems.add(fileName + ": the file has a header but no rows");
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return new SeriesCsv(List.copyOf(periods), List.copyOf(values));
    }

    private static boolean isHeader(CsvRecord record) {
        return record.getFieldCount() == 2
                && record.getField(0)
                        .replace("\uFEFF", "")
                        .strip()
                        .toLowerCase(Locale.ROOT)
                        .equals("period")
                && record.getField(1).strip().toLowerCase(Locale.ROOT).equals("value");
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
