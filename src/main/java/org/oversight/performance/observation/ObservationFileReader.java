package org.oversight.performance.observation;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.oversight.performance.Observation;
import org.oversight.performance.ObservationFileRefused;
import org.oversight.shared.ReportingPeriod;

/**
 * Reads observations from CSV or an Excel workbook (.xlsx, first sheet). The first row names the
 * columns: {@code indicator, period, area, value}, and optionally {@code numerator, denominator,
 * source}. Every problem is reported with its line (row) and column; any problem refuses the file.
 */
public final class ObservationFileReader {

    static final List<String> REQUIRED = List.of("indicator", "period", "area", "value");
    static final List<String> OPTIONAL = List.of("numerator", "denominator", "source");

    /** A row as read, with the line it came from. */
    public record Line(long number, Observation observation) {}

    public List<Line> read(String fileName, byte[] content) {
        List<List<String>> rows =
                fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? excel(fileName, content) : csv(fileName, content);
        List<String> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            throw new ObservationFileRefused(List.of(fileName + ": the file is empty"));
        }
        Map<String, Integer> columns = header(fileName, rows.get(0), problems);
        if (!problems.isEmpty()) {
            throw new ObservationFileRefused(problems);
        }
        List<Line> lines = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            long line = i + 1L;
            List<String> row = rows.get(i);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            Observation observation = observation(fileName, line, row, columns, problems);
            if (observation == null) {
                continue;
            }
            String key =
                    observation.indicatorCode() + "|" + observation.period().code() + "|" + observation.area();
            Long earlier = seen.putIfAbsent(key, line);
            if (earlier != null) {
                problems.add(where(fileName, line, columns.get("indicator"), "indicator") + observation.indicatorCode()
                        + " for " + observation.period().code() + " in " + observation.area()
                        + " is already given on line " + earlier);
                continue;
            }
            lines.add(new Line(line, observation));
        }
        if (problems.isEmpty() && lines.isEmpty()) {
            problems.add(fileName + ": the file has a header but no observations");
        }
        if (!problems.isEmpty()) {
            throw new ObservationFileRefused(problems);
        }
        return lines;
    }

    private static Map<String, Integer> header(String fileName, List<String> header, List<String> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (REQUIRED.contains(name) || OPTIONAL.contains(name)) {
                if (columns.putIfAbsent(name, c) != null) {
                    problems.add(fileName + ":1:" + (c + 1) + " the column '" + name + "' is named twice");
                }
            } else if (!name.isEmpty()) {
                problems.add(fileName + ":1:" + (c + 1) + " '" + header.get(c) + "' is not a column of an observations"
                        + " file; use " + String.join(", ", REQUIRED) + " and optionally "
                        + String.join(", ", OPTIONAL));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(fileName + ":1 the header has no '" + required + "' column");
            }
        }
        return columns;
    }

    private static Observation observation(
            String fileName, long line, List<String> row, Map<String, Integer> columns, List<String> problems) {
        int before = problems.size();
        String indicator = field(row, columns, "indicator");
        if (!indicator.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add(where(fileName, line, columns.get("indicator"), "indicator")
                    + (indicator.isEmpty()
                            ? "is missing"
                            : "'" + indicator + "' is not an indicator code (lower-case words joined by '-')"));
        }
        ReportingPeriod period = null;
        try {
            period = ReportingPeriod.parse(field(row, columns, "period"));
        } catch (IllegalArgumentException e) {
            problems.add(where(fileName, line, columns.get("period"), "period") + e.getMessage());
        }
        String area = field(row, columns, "area");
        if (area.isEmpty()) {
            problems.add(where(fileName, line, columns.get("area"), "area") + "is missing");
        }
        BigDecimal value = number(fileName, line, row, columns, "value", true, problems);
        BigDecimal numerator = number(fileName, line, row, columns, "numerator", false, problems);
        BigDecimal denominator = number(fileName, line, row, columns, "denominator", false, problems);
        if (denominator != null && denominator.signum() <= 0) {
            problems.add(where(fileName, line, columns.get("denominator"), "denominator") + "must be more than 0");
        }
        if ((numerator == null) != (denominator == null)) {
            problems.add(where(
                            fileName,
                            line,
                            columns.get(numerator == null ? "numerator" : "denominator"),
                            numerator == null ? "numerator" : "denominator")
                    + "give both the numerator and the denominator, or neither");
        }
        if (problems.size() > before) {
            return null;
        }
        String source = field(row, columns, "source");
        return new Observation(
                indicator, period, area, value, numerator, denominator, source.isEmpty() ? null : source);
    }

    private static BigDecimal number(
            String fileName,
            long line,
            List<String> row,
            Map<String, Integer> columns,
            String name,
            boolean required,
            List<String> problems) {
        String text = field(row, columns, name).replace(",", "");
        if (text.isEmpty()) {
            if (required) {
                problems.add(where(fileName, line, columns.get(name), name) + "is missing");
            }
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(where(fileName, line, columns.get(name), name) + "'" + text + "' is not a number");
            return null;
        }
    }

    private static String field(List<String> row, Map<String, Integer> columns, String name) {
        Integer column = columns.get(name);
        return column == null || column >= row.size() ? "" : row.get(column).strip();
    }

    private static String where(String fileName, long line, Integer column, String field) {
        return fileName + ":" + line + ":" + (column == null ? 0 : column + 1) + " " + field + ": ";
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
            throw new ObservationFileRefused(List.of(fileName + ": not UTF-8 CSV text (" + e.getMessage() + ")"));
        }
        return rows;
    }

    private static List<List<String>> excel(String fileName, byte[] content) {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.UK);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        values.add(cell == null ? "" : text(cell, formatter));
                    }
                }
                rows.add(values);
            }
        } catch (IOException | RuntimeException e) {
            throw new ObservationFileRefused(List.of(fileName + ": not an Excel workbook (.xlsx): " + e.getMessage()));
        }
        return rows;
    }

    /** Numbers exactly as stored (not as displayed, which may round); everything else as text. */
    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && !org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            return BigDecimal.valueOf(cell.getNumericCellValue())
                    .stripTrailingZeros()
                    .toPlainString();
        }
        return formatter.formatCellValue(cell);
    }
}
