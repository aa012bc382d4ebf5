package org.oversight.finance.spending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.oversight.finance.FileProblem;
import org.oversight.finance.FinanceFileRefused;
import org.oversight.finance.SpendingLine;
import org.oversight.finance.money.Pounds;
import org.oversight.finance.table.Columns;
import org.oversight.finance.table.Columns.Field;
import org.oversight.finance.table.Fields;
import org.oversight.finance.table.TableFile;

/**
 * Reads and checks a month's transparency file of spending over £500 (CSV or Excel). Its columns are
 * found by the Local Government Transparency Code's names and the names forces use for them
 * (transaction date, supplier and net amount are required; department, procurement category,
 * description, transaction number, body name, irrecoverable VAT, INV/CRN and total invoice amount
 * are read when present); every other column is kept as published. A line is refused for a date
 * that cannot be read, is outside the month or is in the future, a blank supplier, or an amount that
 * is not pounds and pence: then nothing is imported. Other things are noted on the line and kept:
 * a line under £500 (from a split invoice or not), a credit note, a redaction label, the same line
 * twice.
 */
public final class SpendingFileReader {

    static final BigDecimal THRESHOLD = new BigDecimal("500");
    private static final Pattern REDACTION = Pattern.compile("^\\s*REDACTED\\b.*", Pattern.CASE_INSENSITIVE);

    static final List<Field> FIELDS = List.of(
            Field.required("transaction date", "date", "payment date", "date paid", "invoice date", "posting date"),
            Field.required(
                    "supplier",
                    "supplier name",
                    "beneficiary",
                    "vendor",
                    "vendor name",
                    "payee",
                    "merchant",
                    "merchant name"),
            Field.required("net amount", "amount", "amount (£)", "value", "line amount", "net value"),
            Field.optional("total invoice amount", "invoice total", "invoice amount"),
            Field.optional("irrecoverable vat", "vat irrecoverable"),
            Field.optional(
                    "department",
                    "expense area",
                    "service area",
                    "directorate",
                    "cost centre",
                    "cost center",
                    "service"),
            Field.optional(
                    "procurement category",
                    "expense type",
                    "category",
                    "expenditure category",
                    "account description",
                    "purpose"),
            Field.optional("description", "narrative", "details", "item description"),
            Field.optional(
                    "transaction number",
                    "voucher/invoice number",
                    "invoice number",
                    "voucher number",
                    "transaction no",
                    "transaction id",
                    "transaction reference"),
            Field.optional("body name", "body"),
            Field.optional("inv/crn", "document type"));

    /** What was read: the file's own headings and its lines with their notes. */
    public record Read(TableFile table, List<SpendingLine> lines) {}

    public Read read(String fileName, byte[] content, YearMonth month, LocalDate today) {
        TableFile table = TableFile.read(fileName, content);
        List<FileProblem> problems = new ArrayList<>();
        Columns columns = Columns.match(table.header(), FIELDS, true, problems);
        if (!problems.isEmpty()) {
            throw new FinanceFileRefused(fileName, problems);
        }
        String monthWords = month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
        List<Row> rows = new ArrayList<>();
        for (TableFile.Row row : table.rows()) {
            Fields fields = new Fields(row, columns, problems);
            int before = problems.size();
            LocalDate date = fields.date("transaction date", true);
            if (date != null && !YearMonth.from(date).equals(month)) {
                fields.problem(
                        "transaction date",
                        "'" + fields.text("transaction date") + "' is not in " + monthWords + ", the month this file"
                                + " is for");
            } else if (date != null && date.isAfter(today)) {
                fields.problem("transaction date", "'" + fields.text("transaction date") + "' is in the future");
            }
            String supplier = fields.text("supplier");
            if (supplier.isEmpty()) {
                fields.problem(
                        "supplier",
                        "is blank: name the supplier, or where it is withheld write the redaction label (such as"
                                + " REDACTED PERSONAL DATA)");
            }
            BigDecimal amount = fields.amount("net amount", true);
            BigDecimal invoiceTotal = fields.amount("total invoice amount", false);
            if (problems.size() > before) {
                continue;
            }
            rows.add(new Row(row, date, supplier, amount, invoiceTotal, fields));
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(FileProblem.ofFile("the file has a header but no lines"));
        }
        if (!problems.isEmpty()) {
            throw new FinanceFileRefused(fileName, problems);
        }
        return new Read(table, noted(rows, table.header().size()));
    }

    private record Row(
            TableFile.Row row,
            LocalDate date,
            String supplier,
            BigDecimal amount,
            BigDecimal invoiceTotal,
            Fields fields) {

        String transactionNumber() {
            return fields.optional("transaction number");
        }
    }

    private static List<SpendingLine> noted(List<Row> rows, int width) {
        Map<String, BigDecimal> invoiceSums = new HashMap<>();
        Map<String, List<Long>> invoiceLines = new HashMap<>();
        for (Row row : rows) {
            if (row.transactionNumber() != null) {
                invoiceSums.merge(row.transactionNumber(), row.amount(), BigDecimal::add);
                invoiceLines
                        .computeIfAbsent(row.transactionNumber(), k -> new ArrayList<>())
                        .add(row.row().line());
            }
        }
        Map<List<String>, Long> seen = new HashMap<>();
        List<SpendingLine> lines = new ArrayList<>();
        for (Row row : rows) {
            List<String> notes = new ArrayList<>();
            List<String> cells = cells(row.row(), width);
            boolean redacted =
                    cells.stream().anyMatch(cell -> REDACTION.matcher(cell).matches());
            if (redacted) {
                notes.add("Redacted as published: "
                        + String.join(
                                ", ",
                                cells.stream()
                                        .filter(cell -> REDACTION.matcher(cell).matches())
                                        .map(String::strip)
                                        .distinct()
                                        .toList()));
            }
            if (row.amount().signum() < 0) {
                notes.add("A credit note (a negative amount)");
            }
            if (row.amount().signum() == 0) {
                notes.add("The amount is £0.00");
            } else if (row.amount().abs().compareTo(THRESHOLD) < 0) {
                notes.add(underThreshold(row, invoiceSums, invoiceLines));
            }
            Long earlier = seen.putIfAbsent(cells, row.row().line());
            if (earlier != null) {
                notes.add("The same as line " + earlier + " in every column: check it is not entered twice");
            }
            Fields fields = row.fields();
            lines.add(new SpendingLine(
                    (int) row.row().line(),
                    cells,
                    row.date(),
                    row.supplier(),
                    row.amount(),
                    fields.optional("description"),
                    fields.optional("procurement category"),
                    fields.optional("department"),
                    row.transactionNumber(),
                    redacted,
                    notes));
        }
        return lines;
    }

    /** Why a line under £500 is in the file: usually a split invoice whose whole is over £500. */
    private static String underThreshold(
            Row row, Map<String, BigDecimal> invoiceSums, Map<String, List<Long>> invoiceLines) {
        if (row.invoiceTotal() != null && row.invoiceTotal().abs().compareTo(THRESHOLD) >= 0) {
            return "Under £500: part of a split invoice totalling " + Pounds.words(row.invoiceTotal());
        }
        String number = row.transactionNumber();
        if (number != null
                && invoiceLines.get(number).size() > 1
                && invoiceSums.get(number).abs().compareTo(THRESHOLD) >= 0) {
            List<Long> others = invoiceLines.get(number).stream()
                    .filter(line -> line != row.row().line())
                    .toList();
            return "Under £500: part of split invoice " + number + ", whose lines (with line"
                    + (others.size() == 1 ? " " : "s ")
                    + String.join(", ", others.stream().map(String::valueOf).toList()) + ") add to "
                    + Pounds.words(invoiceSums.get(number));
        }
        return "Under £500 and not part of a split invoice over £500 (the Code asks only for spending over £500)";
    }

    /** The row's cells as published, padded to the header's width. */
    private static List<String> cells(TableFile.Row row, int width) {
        List<String> cells = new ArrayList<>(row.cells());
        while (cells.size() < width) {
            cells.add("");
        }
        return cells;
    }
}
