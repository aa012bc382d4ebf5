package org.oversight.finance.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.oversight.finance.GrantAward;
import org.oversight.finance.GrantRound;

/**
 * A scheme's awards in a year as CSV {@code recipient,area,amount,purpose} (the command line's stable
 * contract), one row per award in the order recorded; amounts in pounds with two decimal places, an
 * area the source does not state left empty.
 */
public final class GrantsCsv {

    public static final List<String> HEADER = List.of("recipient", "area", "amount", "purpose");

    private GrantsCsv() {}

    public static String write(GrantRound round) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = BudgetCsv.writer(out)) {
            csv.writeRecord(HEADER);
            for (GrantAward award : round.awards()) {
                csv.writeRecord(
                        award.recipient(),
                        award.area() == null ? "" : award.area(),
                        BudgetCsv.money(award.amount()),
                        award.purpose());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
