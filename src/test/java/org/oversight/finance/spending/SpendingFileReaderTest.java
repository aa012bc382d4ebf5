package org.oversight.finance.spending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.finance.FileProblem;
import org.oversight.finance.FinanceFileRefused;
import org.oversight.finance.SpendingLine;

/** The usual checks of a transparency file: what refuses it, and what is noted and kept as published. */
class SpendingFileReaderTest {

    static final YearMonth APRIL = YearMonth.of(2024, 4);
    static final LocalDate TODAY = LocalDate.of(2024, 5, 20);

    static byte[] sample() throws IOException {
        try (InputStream input = SpendingFileReaderTest.class.getResourceAsStream("/finance/spending-2024-04.csv")) {
            return input.readAllBytes();
        }
    }

    private static List<SpendingLine> read(byte[] content) {
        return new SpendingFileReader().read("spend.csv", content, APRIL, TODAY).lines();
    }

    private static List<String> problems(String csv) {
        FinanceFileRefused refused = catchThrowableOfType(FinanceFileRefused.class, () -> new SpendingFileReader()
                .read("spend.csv", csv.getBytes(StandardCharsets.UTF_8), APRIL, TODAY));
        assertThat(refused).as("the file should be refused").isNotNull();
        return refused.problems().stream().map(FileProblem::toString).toList();
    }

    @Test
    void everyLineAndEveryCellIsKeptAsPublished() throws IOException {
        List<SpendingLine> lines = read(sample());

        assertThat(lines).hasSize(8);
        assertThat(lines.get(0).cells())
                .containsExactly(
                        "Example Police",
                        "E1001",
                        "02/04/2024",
                        "INV1001",
                        "4100",
                        "Fleet",
                        "Vehicle maintenance",
                        "Midland Tyres Ltd",
                        "INV",
                        "1,250.00",
                        "1,250.00");
        assertThat(lines.get(0).amount()).isEqualByComparingTo("1250.00");
        assertThat(lines.get(0).date()).isEqualTo(LocalDate.of(2024, 4, 2));
        assertThat(lines.get(0).category()).isEqualTo("Vehicle maintenance");
        assertThat(lines.get(0).department()).isEqualTo("Fleet");
        assertThat(lines.get(0).transactionNumber()).isEqualTo("INV1001");
        assertThat(lines.get(0).notes()).isEmpty();
    }

    @Test
    void linesUnderFiveHundredPoundsFromASplitInvoiceAreAllowedAndNoted() throws IOException {
        List<SpendingLine> lines = read(sample());
        assertThat(lines.get(1).notes()).containsExactly("Under £500: part of a split invoice totalling £730");
        assertThat(lines.get(7).notes())
                .containsExactly(
                        "Under £500 and not part of a split invoice over £500 (the Code asks only for spending over £500)");
    }

    @Test
    void aSplitInvoiceIsFoundByItsNumberWhenTheFileGivesNoInvoiceTotal() {
        List<SpendingLine> lines = read(
                """
                Transaction Date,Transaction Number,Supplier,Amount
                01/04/2024,T9,Acme,300.00
                01/04/2024,T9,Acme,250.00
                """
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(lines.get(0).notes())
                .containsExactly("Under £500: part of split invoice T9, whose lines (with line 3) add to £550");
    }

    @Test
    void redactionLabelsAreKeptAndNoted() throws IOException {
        List<SpendingLine> lines = read(sample());
        assertThat(lines.get(3).supplier()).isEqualTo("REDACTED PERSONAL DATA");
        assertThat(lines.get(3).redacted()).isTrue();
        assertThat(lines.get(3).notes()).containsExactly("Redacted as published: REDACTED PERSONAL DATA");
        assertThat(lines.get(4).notes()).containsExactly("Redacted as published: REDACTED COMMERCIAL CONFIDENTIALITY");
    }

    @Test
    void creditNotesAndRepeatedLinesAreNotedNotDropped() throws IOException {
        List<SpendingLine> lines = read(sample());
        assertThat(lines.get(5).amount()).isEqualByComparingTo("-650");
        assertThat(lines.get(5).notes()).containsExactly("A credit note (a negative amount)");
        assertThat(lines.get(6).notes())
                .containsExactly("The same as line 2 in every column: check it is not entered twice");
    }

    @Test
    void badLinesRefuseTheFileEachWithItsLineAndColumn() {
        assertThat(
                        problems(
                                """
                        Transaction Date,Supplier,Net Amount
                        31/03/2024,Acme,600.00
                        01/04/24,Acme,600.00
                        02/04/2024,,600.00
                        03/04/2024,Acme,six hundred
                        04/04/2024,Acme,600.001
                        """))
                .containsExactly(
                        "line 2, column 1 (Transaction Date): '31/03/2024' is not in April 2024, the month this file is"
                                + " for",
                        "line 3, column 1 (Transaction Date): '01/04/24' has a two-digit year: write the year in full"
                                + " (03/04/2018)",
                        "line 4, column 2 (Supplier): is blank: name the supplier, or where it is withheld write the"
                                + " redaction label (such as REDACTED PERSONAL DATA)",
                        "line 5, column 3 (Net Amount): 'six hundred' is not an amount in pounds (write it like 1234.56"
                                + " or £1,234.56)",
                        "line 6, column 3 (Net Amount): '600.001' has more than two decimal places (pence)");
    }

    @Test
    void aDateInTheFutureIsRefused() {
        LocalDate midApril = LocalDate.of(2024, 4, 15);
        FinanceFileRefused refused = catchThrowableOfType(FinanceFileRefused.class, () -> new SpendingFileReader()
                .read(
                        "spend.csv",
                        "Date,Supplier,Amount\n20/04/2024,Acme,600\n".getBytes(StandardCharsets.UTF_8),
                        APRIL,
                        midApril));
        assertThat(refused.problems())
                .extracting(FileProblem::toString)
                .containsExactly("line 2, column 1 (Date): '20/04/2024' is in the future");
    }

    @Test
    void aFileWithoutTheCodesRequiredColumnsIsRefusedNamingThem() {
        assertThat(problems("When,Who,How much\n01/04/2024,Acme,600\n"))
                .singleElement()
                .asString()
                .startsWith("line 1: the header has no transaction date (or date, payment date")
                .contains("no supplier (or supplier name", "no net amount (or amount");
    }
}
