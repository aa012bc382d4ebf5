package org.oversight.finance.table;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.oversight.finance.FileProblem;
import org.oversight.finance.FinanceFileRefused;

/**
 * A table read from a CSV file or the first sheet of an Excel workbook (.xlsx): its header and its
 * rows, each with the line (row) number it came from. Blank rows are skipped. CSV is read as UTF-8
 * (a byte-order mark is ignored); a file that is not UTF-8 is read as Windows-1252, as spreadsheets
 * on Windows save CSV, and says so. Excel numbers are kept exactly as stored (never as displayed,
 * which may round) and dates are written ISO ({@code 2018-04-03}).
 *
 * @param encoding how the text was read: {@code UTF-8}, {@code Windows-1252} or {@code Excel}
 */
public record TableFile(String fileName, List<String> header, List<Row> rows, String encoding) {

    /** A row of cells and the line of the file it is on (the header is line 1). */
    public record Row(long line, List<String> cells) {

        /** The cell in a 0-based column, stripped; "" when the row is shorter. */
        public String cell(int column) {
            return column < 0 || column >= cells.size() ? "" : cells.get(column).strip();
        }
    }

    public static boolean isExcel(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    public static TableFile read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw refused(fileName, "the file is empty");
        }
        List<List<String>> lines;
        String encoding;
        if (isExcel(fileName)) {
            lines = excel(fileName, content);
            encoding = "Excel";
        } else {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xls")) {
                throw refused(fileName, "an Excel 97-2003 workbook (.xls) cannot be read: save it as .xlsx or CSV");
            }
            try {
                lines = csv(content, StandardCharsets.UTF_8);
                encoding = "UTF-8";
            } catch (CharacterCodingException e) {
                try {
                    lines = csv(content, Charset.forName("windows-1252"));
                } catch (CharacterCodingException again) {
                    throw refused(fileName, "the file is neither UTF-8 nor Windows-1252 text");
                }
                encoding = "Windows-1252";
            }
        }
        int headerIndex = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!blank(lines.get(i))) {
                headerIndex = i;
                break;
            }
        }
        if (headerIndex < 0) {
            throw refused(fileName, "the file has no header row");
        }
        List<String> header = lines.get(headerIndex).stream()
                .map(name -> name.replace("\uFEFF", "").strip())
                .toList();
        List<Row> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            if (!blank(lines.get(i))) {
                rows.add(new Row(i + 1L, lines.get(i)));
            }
        }
        return new TableFile(fileName, header, rows, encoding);
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }

    private static FinanceFileRefused refused(String fileName, String message) {
        return new FinanceFileRefused(fileName, List.of(FileProblem.ofFile(message)));
    }

    private static List<List<String>> csv(byte[] content, Charset charset) throws CharacterCodingException {
        var decoder = charset.newDecoder()
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
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException coding) {
                throw coding;
            }
            throw e;
        } catch (IOException e) {
            if (e instanceof CharacterCodingException coding) {
                throw coding;
            }
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static List<List<String>> excel(String fileName, byte[] content) {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.UK);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
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
            throw refused(fileName, "not an Excel workbook (.xlsx) that can be read: " + e.getMessage());
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            return BigDecimal.valueOf(cell.getNumericCellValue())
                    .stripTrailingZeros()
                    .toPlainString();
        }
        if (type == CellType.STRING) {
            return cell.getCellType() == CellType.FORMULA
                    ? cell.getStringCellValue()
                    : cell.getRichStringCellValue().getString();
        }
        return formatter.formatCellValue(cell);
    }
}
