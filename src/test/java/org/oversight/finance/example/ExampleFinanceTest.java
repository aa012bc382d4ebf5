package org.oversight.finance.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.finance.BudgetSide;
import org.oversight.finance.BudgetStatement;
import org.oversight.finance.FinanceApi;
import org.oversight.finance.GrantAward;
import org.oversight.finance.GrantRound;
import org.oversight.finance.GrantTotals;
import org.oversight.shared.FinancialYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The example finance data, loaded on start, reproduce the seed documents' tables to the pound. */
@SpringBootTest
class ExampleFinanceTest {

    @Autowired
    FinanceApi finance;

    @Test
    void theExampleBudgetsAreLoadedAndLabelledAsExamples() {
        assertThat(finance.budgetYears()).extracting(FinancialYear::toString).contains("2019/20", "2018/19", "2014/15");
        BudgetStatement budget = finance.budget(FinancialYear.parse("2014/15")).orElseThrow();
        assertThat(budget.example()).isTrue();
        assertThat(budget.details().source()).contains("Police and Crime Plan 2014-15");
        assertThat(budget.side(BudgetSide.SPENDING).total()).isEqualByComparingTo("553422000");
        assertThat(budget.differences())
                .containsExactly("Government grant: published share 86.0%, computed 86.1% (difference +0.1 points)");
        BudgetStatement leaflet = finance.budget(FinancialYear.parse("2019/20")).orElseThrow();
        assertThat(leaflet.costPerResident().cost()).isEqualByComparingTo("198.53");
        assertThat(leaflet.costPerResident().published()).isEqualByComparingTo("198.53");
        assertThat(leaflet.details().decisionNumber()).isEqualTo("004-2019");
    }

    @Test
    void theCommunitySafetyFundReproducesTable1ByDistrict() {
        GrantRound round = finance.grantRound("community-safety-fund", FinancialYear.parse("2014/15"))
                .orElseThrow();

        assertThat(round.awards())
                .extracting(award -> award.area() + " " + award.amount().toPlainString())
                .containsExactly(
                        "Birmingham 2497583.00",
                        "Coventry 546304.00",
                        "Sandwell 530190.00",
                        "Wolverhampton 492495.00",
                        "Walsall 402203.00",
                        "Dudley 396364.00",
                        "Solihull 285938.00",
                        "West Midlands Police 1817923.00");
        assertThat(round.total()).isEqualByComparingTo("6969000");
        assertThat(round.publishedTotal()).isEqualByComparingTo("6969000");
        assertThat(round.totalDifference()).isEqualByComparingTo("0");
        GrantAward birmingham = round.awards().get(0);
        assertThat(birmingham.objectives()).singleElement().satisfies(objective -> {
            assertThat(objective.words()).isEqualTo("4.2 Creating stronger partnerships");
            assertThat(objective.planPage())
                    .isEqualTo("/plans/wm-police-and-crime-plan/versions/2014-15#objective-4.2");
        });
        assertThat(round.awards().get(7).objectives())
                .as("Table 1 ties the force's allocation to no objective")
                .isEmpty();
    }

    @Test
    void theVictimsGrantAwardsAddToTheTablesTotalSpendAndRemainingBudget() {
        GrantRound round = finance.grantRound("victims-services", FinancialYear.parse("2018/19"))
                .orElseThrow();
        assertThat(round.awards()).hasSize(16);
        assertThat(round.allocation()).isEqualByComparingTo("3329807");
        assertThat(round.total()).isEqualByComparingTo("3144811");
        assertThat(round.totalDifference()).isEqualByComparingTo("0");
        assertThat(round.remaining()).isEqualByComparingTo("184996");
        assertThat(round.remainingDifference()).isEqualByComparingTo("0");
        assertThat(round.awards().get(0).recipient()).isEqualTo("Victim Support");
        assertThat(round.awards().get(0).purpose()).isEqualTo("1st Contact, Assessment and Referral");
    }

    @Test
    void totalsAreGivenByScheme_yearAndArea() {
        GrantTotals totals = finance.grantTotals();
        assertThat(totals.bySchemeAndYear())
                .extracting(t -> t.schemeName() + " " + t.year() + " " + t.awards() + " "
                        + t.total().toPlainString())
                .contains(
                        "Community Safety Fund 2014/15 8 6969000.00",
                        "Victims' Services 2018/19 16 3144811.00",
                        "Active Citizens Fund 2018/19 1 3000.00");
        List<String> areas = totals.byArea().stream()
                .filter(t -> t.year().equals(FinancialYear.parse("2014/15")))
                .map(t -> t.area() + " " + t.total().toPlainString())
                .toList();
        assertThat(areas).contains("Birmingham 2497583.00", "West Midlands Police 1817923.00");
        assertThat(totals.byArea())
                .filteredOn(t -> t.area() == null)
                .singleElement()
                .satisfies(t -> assertThat(t.total()).isEqualByComparingTo(new BigDecimal("3144811")));
    }
}
