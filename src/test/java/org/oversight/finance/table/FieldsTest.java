package org.oversight.finance.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.finance.FileProblem;
import org.oversight.finance.FinanceFileRefused;

class FieldsTest {

    @Test
    void amountsAreReadInTheWaysSpreadsheetsWriteThem() {
        assertThat(Fields.parseAmount("1234.56")).isEqualByComparingTo("1234.56");
        assertThat(Fields.parseAmount("1,234.56")).isEqualByComparingTo("1234.56");
        assertThat(Fields.parseAmount("£1,234.56")).isEqualByComparingTo("1234.56");
        assertThat(Fields.parseAmount("-£24,409")).isEqualByComparingTo("-24409");
        assertThat(Fields.parseAmount("£-24,409")).isEqualByComparingTo("-24409");
        assertThat(Fields.parseAmount("(24,409)")).isEqualByComparingTo("-24409");
        assertThat(Fields.parseAmount("\u221224409")).isEqualByComparingTo("-24409");
    }

    @Test
    void whatIsNotAnAmountIsRefused() {
        assertThat(Fields.parseAmount("12,34x")).isNull();
        assertThat(Fields.parseAmount("1,23,456")).isNull();
        assertThat(Fields.parseAmount("(-5)")).isNull();
        assertThat(Fields.parseAmount("£")).isNull();
        assertThat(Fields.parseAmount("one pound")).isNull();
    }

    @Test
    void datesAreDayFirstOrIsoOrInWords() {
        assertThat(Fields.parseDate("03/04/2018")).isEqualTo(LocalDate.of(2018, 4, 3));
        assertThat(Fields.parseDate("3/4/2018")).isEqualTo(LocalDate.of(2018, 4, 3));
        assertThat(Fields.parseDate("2018-04-03")).isEqualTo(LocalDate.of(2018, 4, 3));
        assertThat(Fields.parseDate("03 APRIL 2018")).isEqualTo(LocalDate.of(2018, 4, 3));
        assertThatThrownBy(() -> Fields.parseDate("03/04/18")).hasMessageContaining("two-digit year");
        assertThatThrownBy(() -> Fields.parseDate("31/02/2018")).hasMessageContaining("not a real date");
        assertThatThrownBy(() -> Fields.parseDate("April 2018")).hasMessageContaining("dd/mm/yyyy");
    }

    @Test
    void eachBadFieldIsAProblemWithItsLineColumnAndHeading() {
        TableFile table = TableFile.read(
                "lines.csv", "Line,Net Amount,Share\nPolice officers,12.345,63.7%\n".getBytes(StandardCharsets.UTF_8));
        List<FileProblem> problems = new ArrayList<>();
        Columns columns = Columns.match(
                table.header(),
                List.of(
                        Columns.Field.required("line"),
                        Columns.Field.required("amount", "net amount"),
                        Columns.Field.optional("share")),
                false,
                problems);
        Fields fields = new Fields(table.rows().get(0), columns, problems);

        assertThat(fields.amount("amount", true)).isNull();
        assertThat(fields.percent("share")).isEqualByComparingTo(new BigDecimal("63.7"));
        assertThat(problems)
                .extracting(FileProblem::toString)
                .containsExactly("line 2, column 2 (Net Amount): '12.345' has more than two decimal places (pence)");
    }

    @Test
    void aHeaderWithoutARequiredColumnOrWithAStrangeOneIsRefusedOnLineOne() {
        List<FileProblem> problems = new ArrayList<>();
        Columns.match(
                List.of("line", "colour"),
                List.of(Columns.Field.required("line"), Columns.Field.required("amount")),
                false,
                problems);
        assertThat(problems)
                .extracting(FileProblem::toString)
                .containsExactly(
                        "line 1, column 2 (colour): 'colour' is not a column of this file; the columns are line, amount",
                        "line 1: the header has no amount column");
    }

    @Test
    void aCsvFileThatIsNotUtf8IsReadAsWindows1252() {
        byte[] content =
                "supplier,amount\nCaf\u00e9 Ltd,\u00a3600\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        TableFile table = TableFile.read("spend.csv", content);
        assertThat(table.encoding()).isEqualTo("Windows-1252");
        assertThat(table.rows().get(0).cells()).containsExactly("Caf\u00e9 Ltd", "\u00a3600");
    }

    @Test
    void blankRowsAreSkippedButLinesKeepTheirNumbers() {
        TableFile table = TableFile.read("x.csv", "a,b\n\n,\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(table.rows()).singleElement().extracting(TableFile.Row::line).isEqualTo(4L);
    }

    @Test
    void anEmptyFileOrAnOldExcelFileIsRefusedSayingWhy() {
        assertThatThrownBy(() -> TableFile.read("x.csv", new byte[0]))
                .isInstanceOf(FinanceFileRefused.class)
                .hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> TableFile.read("x.xls", new byte[] {1, 2}))
                .isInstanceOf(FinanceFileRefused.class)
                .hasMessageContaining("save it as .xlsx or CSV");
    }
}
