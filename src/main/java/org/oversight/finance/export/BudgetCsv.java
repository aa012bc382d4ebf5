package org.oversight.finance.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.oversight.finance.BudgetStatement;

/**
 * A budget as CSV {@code line,amount,share} (the command line's stable contract): each side's lines
 * in the statement's order, each side ending with its total line ("Total spending", share 100.0).
 * Amounts are pounds with two decimal places; shares per cent to one place. A figure the budget
 * publishes is given as published (the share of 86.0 the 2014-15 plan prints, not the 86.1 it
 * computes to); one it does not is computed. A side with no lines is left out.
 */
public final class BudgetCsv {

    public static final List<String> HEADER = List.of("line", "amount", "share");

    private BudgetCsv() {}

    public static String write(BudgetStatement statement) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = writer(out)) {
            csv.writeRecord(HEADER);
            write(statement, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A CSV writer with LF line ends; it buffers, so the text is complete only once it is closed. */
    static CsvWriter writer(StringWriter out) {
        return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
    }

    private static void write(BudgetStatement statement, CsvWriter csv) {
        for (BudgetStatement.Side side : statement.sides()) {
            if (side.isEmpty()) {
                continue;
            }
            for (BudgetStatement.Line line : side.lines()) {
                BigDecimal share = line.publishedShare() != null ? line.publishedShare() : line.share();
                csv.writeRecord(
                        line.name(),
                        money(line.givenAmount() != null ? line.givenAmount() : line.amount()),
                        text(share));
            }
            BigDecimal total = side.publishedTotal() != null ? side.publishedTotal() : side.total();
            csv.writeRecord(side.side().totalName(), money(total), side.total().signum() == 0 ? "" : "100.0");
        }
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
