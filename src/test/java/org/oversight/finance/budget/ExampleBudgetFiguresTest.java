package org.oversight.finance.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.finance.BudgetDetails;
import org.oversight.finance.BudgetSide;
import org.oversight.finance.BudgetStatement;
import org.oversight.shared.FinancialYear;

/**
 * The example budgets reproduce the seed documents' tables to the pound and their stated
 * percentages, and show where the seeds' own arithmetic does not add up without correcting it.
 */
class ExampleBudgetFiguresTest {

    static byte[] example(String name) throws IOException {
        try (InputStream input = ExampleBudgetFiguresTest.class.getResourceAsStream("/finance/examples/" + name)) {
            return input.readAllBytes();
        }
    }

    static BudgetStatement statement(String file, BudgetDetails details) throws IOException {
        List<BudgetLine> lines = new BudgetFileReader().read(file, example(file));
        Budget budget =
                Budget.create(FinancialYear.parse("2014/15"), true, details).withLines(lines);
        return BudgetFigures.of(budget, null);
    }

    private static BudgetDetails details(Long population, BigDecimal cost, BigDecimal spending, BigDecimal funding) {
        return new BudgetDetails(
                "seed",
                population,
                population == null ? null : "leaflet",
                cost,
                spending,
                funding,
                null,
                null,
                null,
                null,
                null);
    }

    private static String row(BudgetStatement.Line line) {
        return line.name() + " " + line.amount().toPlainString() + " " + line.share() + " published "
                + line.publishedShare();
    }

    @Test
    void the2014To15SpendingTableComesOutLineForLineAsThePlanPrintsIt() throws IOException {
        BudgetStatement statement = statement(
                "budget-2014-15.csv", details(null, null, new BigDecimal("553422000"), new BigDecimal("553422000")));
        BudgetStatement.Side spending = statement.side(BudgetSide.SPENDING);

        assertThat(spending.lines())
                .extracting(ExampleBudgetFiguresTest::row)
                .containsExactly(
                        "Police officers 352479000.00 63.7 published 63.7",
                        "Police staff 95085000.00 17.2 published 17.2",
                        "PCSOs 18309000.00 3.3 published 3.3",
                        "Sub total staffing 465873000.00 84.2 published 84.2",
                        "Running costs 87700000.00 15.8 published 15.8",
                        "Income -24409000.00 -4.4 published -4.4",
                        "Police force total 529164000.00 95.6 published 95.6",
                        "WM Office of the PCC 9258000.00 1.7 published 1.7",
                        "Invest-to-save/IIP 15000000.00 2.7 published 2.7");
        assertThat(spending.lines()).extracting(BudgetStatement.Line::depth).containsExactly(2, 2, 2, 1, 1, 1, 0, 0, 0);
        assertThat(spending.total()).isEqualByComparingTo("553422000");
        assertThat(spending.totalDifference()).isEqualByComparingTo("0");
        assertThat(spending.sumOfShares()).isEqualByComparingTo("100.0");
        assertThat(spending.lines())
                .filteredOn(BudgetStatement.Line::group)
                .allSatisfy(group -> assertThat(group.childrenDifference()).isEqualByComparingTo("0"));
    }

    @Test
    void the2014To15FundingKeepsThePrinted86PerCentAndShowsTheComputed86Point1() throws IOException {
        BudgetStatement statement = statement(
                "budget-2014-15.csv", details(null, null, new BigDecimal("553422000"), new BigDecimal("553422000")));
        BudgetStatement.Side funding = statement.side(BudgetSide.FUNDING);

        assertThat(funding.lines())
                .extracting(ExampleBudgetFiguresTest::row)
                .containsExactly(
                        "Government grant 476238000.00 86.1 published 86.0",
                        "Council tax 67318000.00 12.2 published 12.2",
                        "Reserves 9866000.00 1.8 published 1.8");
        assertThat(funding.lines().get(0).shareDifference()).isEqualByComparingTo("0.1");
        assertThat(funding.sumOfShares()).as("not forced to 100").isEqualByComparingTo("100.1");
        assertThat(funding.sumOfPublishedShares()).isEqualByComparingTo("100.0");
        assertThat(statement.differences())
                .containsExactly("Government grant: published share 86.0%, computed 86.1% (difference +0.1 points)");
    }

    @Test
    void the2019To20CostPerResidentIs198Pounds53AndItsRoundedRowsAddTo198Pounds52() throws IOException {
        BudgetStatement statement = statement(
                "budget-2019-20.csv", details(2_864_925L, new BigDecimal("198.53"), null, new BigDecimal("569850000")));

        BudgetStatement.CostPerResident cost = statement.costPerResident();
        assertThat(cost.counted()).isEqualByComparingTo("568780000");
        assertThat(cost.cost()).isEqualByComparingTo("198.53");
        assertThat(cost.difference()).isEqualByComparingTo("0");
        assertThat(cost.sumOfRows()).isEqualByComparingTo("198.52");
        assertThat(cost.publishedRows()).isEqualByComparingTo("198.52");
        assertThat(statement.side(BudgetSide.FUNDING).lines())
                .filteredOn(BudgetStatement.Line::countsPerHead)
                .extracting(line -> line.name() + " " + line.perHead() + " published " + line.publishedPerHead())
                .containsExactly(
                        "Police grant 88.20 published 88.20",
                        "Revenue support grant & non domestic rates 63.28 published 63.28",
                        "Council tax support grant 6.64 published 6.64",
                        "Additional pension grant 2.43 published 2.43",
                        "Council tax requirement 37.97 published 37.97");
        assertThat(statement.differences())
                .containsExactly("Cost per resident: the published per-head rows add to £198.52, not the published"
                        + " £198.53 (each row is rounded to the penny on its own)");
        assertThat(statement.side(BudgetSide.FUNDING).total()).isEqualByComparingTo("569850000");
        assertThat(statement.side(BudgetSide.FUNDING).totalDifference()).isEqualByComparingTo("0");
    }

    @Test
    void the2018To19FundingAddsToTheLeafletsNetBudgetRequirement() throws IOException {
        BudgetStatement statement =
                statement("budget-2018-19.csv", details(2_864_925L, null, null, new BigDecimal("535290000")));
        assertThat(statement.side(BudgetSide.FUNDING).totalDifference()).isEqualByComparingTo("0");
        // (535.29m − 0.95m) / 2,864,925 = 186.5109… → £186.51, computed only: the leaflet gives none
        assertThat(statement.costPerResident().cost()).isEqualByComparingTo("186.51");
        assertThat(statement.costPerResident().published()).isNull();
        assertThat(statement.side(BudgetSide.SPENDING).isEmpty()).isTrue();
    }
}
