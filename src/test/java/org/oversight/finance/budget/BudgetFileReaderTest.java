package org.oversight.finance.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.oversight.finance.BudgetSide;
import org.oversight.finance.FileProblem;
import org.oversight.finance.FinanceFileRefused;

class BudgetFileReaderTest {

    private static List<BudgetLine> read(String csv) {
        return new BudgetFileReader().read("budget.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(String csv) {
        FinanceFileRefused refused = catchThrowableOfType(FinanceFileRefused.class, () -> read(csv));
        assertThat(refused).as("the file should be refused").isNotNull();
        return refused.problems().stream().map(FileProblem::toString).toList();
    }

    @Test
    void linesAreLinkedToTheLinesTheySitUnderByName() {
        List<BudgetLine> lines = read(
                """
                side,line,parent,amount
                spending,Police officers,Staffing,"352,479,000"
                spending,Staffing,,
                funding,Government grant,,£476238000
                """);
        assertThat(lines)
                .extracting(BudgetLine::lineKey, BudgetLine::parentKey, BudgetLine::side)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("police-officers", "staffing", BudgetSide.SPENDING),
                        org.assertj.core.groups.Tuple.tuple("staffing", null, BudgetSide.SPENDING),
                        org.assertj.core.groups.Tuple.tuple("government-grant", null, BudgetSide.FUNDING));
        assertThat(lines.get(0).amount()).isEqualByComparingTo("352479000");
        assertThat(lines.get(1).amount()).as("a group may leave its amount out").isNull();
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndNothingIsRead() {
        assertThat(
                        problems(
                                """
                        side,line,parent,amount,published_share,per_head
                        spendng,Police officers,,100,,
                        spending,Police staff,,ten pounds,,
                        spending,PCSOs,,100,about 3%,maybe
                        spending,Police staff,,100,,
                        """))
                .containsExactly(
                        "line 2, column 1 (side): 'spendng' is not a side: use spending or funding",
                        "line 3, column 4 (amount): 'ten pounds' is not an amount in pounds (write it like 1234.56 or"
                                + " £1,234.56)",
                        "line 4, column 5 (published_share): 'about 3%' is not a percentage (write it like 63.7 or"
                                + " 63.7%)",
                        "line 4, column 6 (per_head): 'maybe' is neither yes nor no",
                        "line 5, column 2 (line): the spending line 'Police staff' is already on line 3");
    }

    @Test
    void theHierarchyIsCheckedRowByRow() {
        assertThat(
                        problems(
                                """
                        side,line,parent,amount,per_head
                        spending,Police officers,Staffing,100,
                        funding,Grant,Police officers,100,
                        spending,A,B,,
                        spending,B,A,,
                        funding,Precept,,100,yes
                        funding,Council tax,Precept,90,yes
                        spending,Running costs,,,
                        """))
                .containsExactly(
                        "line 2, column 3 (parent): there is no spending line called 'Staffing' in the file",
                        "line 3, column 3 (parent): there is no funding line called 'Police officers' in the file",
                        "line 4, column 3 (parent): 'A' is under a line that is under it",
                        "line 5, column 3 (parent): 'B' is under a line that is under it",
                        "line 7, column 5 (per_head): 'Precept', above this line, already counts in the cost per"
                                + " resident; counting both would count this amount twice",
                        "line 8, column 4 (amount): is missing (only a line with lines under it may leave it empty)");
    }

    @Test
    void aHeaderThatIsNotABudgetsIsRefusedBeforeAnyRow() {
        assertThat(problems("side,line,value\nspending,x,1\n"))
                .containsExactly(
                        "line 1, column 3 (value): 'value' is not a column of this file; the columns are side, line,"
                                + " parent, amount, published_share, per_head, published_per_head, note",
                        "line 1: the header has no amount (or amount (£), pounds) column");
    }

    @Test
    void anExcelWorkbookIsReadFromItsFirstSheetWithNumbersAsStored() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Budget");
            String[] header = {"side", "line", "amount", "published_share"};
            var head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("funding");
            row.createCell(1).setCellValue("Council tax");
            row.createCell(2).setCellValue(67318000.5);
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            row.getCell(2).setCellStyle(style);
            row.createCell(3).setCellValue(12.2);
            workbook.write(bytes);
        }
        List<BudgetLine> lines = new BudgetFileReader().read("budget.xlsx", bytes.toByteArray());
        assertThat(lines.get(0).amount()).as("not the rounded display").isEqualByComparingTo("67318000.50");
        assertThat(lines.get(0).publishedShare()).isEqualByComparingTo("12.2");
    }
}
