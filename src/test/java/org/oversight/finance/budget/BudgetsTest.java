package org.oversight.finance.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.finance.BudgetDetails;
import org.oversight.finance.BudgetDetailsSaved;
import org.oversight.finance.BudgetForecastsSaved;
import org.oversight.finance.BudgetLineRemoved;
import org.oversight.finance.BudgetLineSaved;
import org.oversight.finance.BudgetLinesImported;
import org.oversight.finance.BudgetSide;
import org.oversight.finance.BudgetStatement;
import org.oversight.finance.FinanceFileRefused;
import org.oversight.finance.ForecastPeriod;
import org.oversight.finance.Variance;
import org.oversight.shared.AuditedChange;
import org.oversight.shared.FinancialYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Budgets stored, imported and edited: all or nothing, with the optimistic lock, each change audited. */
@SpringBootTest
@RecordApplicationEvents
class BudgetsTest {

    static final FinancialYear YEAR = FinancialYear.parse("2031/32");
    static final String FILE =
            """
            side,line,parent,amount,published_share
            spending,Police officers,Staffing,600,60.0
            spending,Police staff,Staffing,400,40.0
            spending,Staffing,,,
            funding,Grant,,1000,100.0
            """;

    @Autowired
    Budgets budgets;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void removeTheTestBudget() {
        jdbc.sql("DELETE FROM finance.budget WHERE year_start = :year")
                .param("year", YEAR.startYear())
                .update();
    }

    private Budget imported() {
        budgets.create(YEAR, BudgetDetails.none(), false, "ana");
        return budgets.importLines(YEAR, "budget.csv", FILE.getBytes(StandardCharsets.UTF_8), null, "ana");
    }

    @Test
    void anImportedBudgetIsStoredWithItsHierarchyAndAudited() {
        Budget budget = imported();

        BudgetStatement statement = budgets.statement(YEAR).orElseThrow();
        assertThat(statement.side(BudgetSide.SPENDING).lines())
                .extracting(BudgetStatement.Line::name, BudgetStatement.Line::amount)
                .extracting(
                        t -> t.toList().get(0) + " " + ((BigDecimal) t.toList().get(1)).toPlainString())
                .containsExactly("Police officers 600.00", "Police staff 400.00", "Staffing 1000.00");
        assertThat(budget.version()).isEqualTo(1);
        assertThat(events.stream(AuditedChange.class))
                .extracting(AuditedChange::action, AuditedChange::objectId, AuditedChange::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("budget-created", "2031/32", "ana"),
                        org.assertj.core.groups.Tuple.tuple("budget-lines-imported", "2031/32", "ana"));
        assertThat(events.stream(BudgetLinesImported.class)
                        .findFirst()
                        .orElseThrow()
                        .summary())
                .isEqualTo("Imported 4 lines into the 2031/32 budget from budget.csv.");
    }

    @Test
    void aRefusedFileChangesNothing() {
        Budget before = imported();
        assertThatThrownBy(() -> budgets.importLines(
                        YEAR,
                        "bad.csv",
                        "side,line,amount\nspending,Officers,100\nspending,Staff,lots\n"
                                .getBytes(StandardCharsets.UTF_8),
                        before.version(),
                        "ana"))
                .isInstanceOf(FinanceFileRefused.class)
                .hasMessageContaining("line 3, column 3 (amount): 'lots' is not an amount");
        assertThat(budgets.get(YEAR).lines()).hasSize(4);
        assertThat(budgets.get(YEAR).version()).isEqualTo(before.version());
    }

    @Test
    void aSaveFromAnOutOfDatePageIsRefused() {
        Budget budget = imported();
        budgets.saveDetails(YEAR, BudgetDetails.none(), budget.version(), "ana");

        assertThatThrownBy(() -> budgets.saveDetails(YEAR, BudgetDetails.none(), budget.version(), "bob"))
                .isInstanceOf(BudgetConflict.class)
                .hasMessageContaining("Someone else changed the 2031/32 budget");
        assertThat(events.stream(BudgetDetailsSaved.class)).hasSize(2);
    }

    @Test
    void linesAreAddedChangedAndRemovedOneByOne() {
        Budget budget = imported();
        BudgetLine added = budgets.saveLine(
                YEAR,
                null,
                BudgetLine.of(
                        null, BudgetSide.SPENDING, "PCSOs", "staffing", new BigDecimal("50"), null, false, null, null),
                budget.version(),
                "ana");
        assertThat(added.lineKey()).isEqualTo("pcsos");
        budgets.saveLine(
                YEAR,
                "pcsos",
                BudgetLine.of(
                        null, BudgetSide.SPENDING, "PCSOs", "staffing", new BigDecimal("75"), null, false, null, null),
                budget.version() + 1,
                "ana");
        assertThat(budgets.statement(YEAR)
                        .orElseThrow()
                        .side(BudgetSide.SPENDING)
                        .total())
                .isEqualByComparingTo("1075");

        assertThatThrownBy(() -> budgets.removeLine(YEAR, "staffing", budget.version() + 2, "ana"))
                .isInstanceOf(BudgetRuleViolation.class)
                .hasMessage("Lines are under Staffing: remove them or move them first");
        budgets.removeLine(YEAR, "pcsos", budget.version() + 2, "ana");

        assertThat(events.stream(BudgetLineSaved.class))
                .extracting(AuditedChange::action)
                .containsExactly("budget-line-added", "budget-line-changed");
        assertThat(events.stream(BudgetLineRemoved.class)
                        .findFirst()
                        .orElseThrow()
                        .before())
                .contains("\"amount\":75");
    }

    @Test
    void forecastsAreRecordedOnLinesAndAddUpForGroupsWithTheirVariances() {
        Budget budget = imported();
        int changed = budgets.saveForecasts(
                YEAR,
                ForecastPeriod.Q1,
                Map.of("police-officers", new BigDecimal("630"), "police-staff", new BigDecimal("390")),
                budget.version(),
                "ana");
        assertThat(changed).isEqualTo(2);

        BudgetStatement.Line staffing = budgets.statement(YEAR)
                .orElseThrow()
                .side(BudgetSide.SPENDING)
                .lines()
                .get(2);
        BudgetStatement.Forecast q1 = staffing.forecast(ForecastPeriod.Q1);
        // 630 + 390 = 1,020 against 1,000: £20 overspent, 2.0%
        assertThat(q1.amount()).isEqualByComparingTo("1020");
        assertThat(q1.variance().words()).isEqualTo("£20 overspent (2.0%)");
        assertThat(q1.variance().direction()).isEqualTo(Variance.Direction.ADVERSE);
        assertThat(staffing.forecast(ForecastPeriod.Q2).amount()).isNull();

        assertThatThrownBy(() -> budgets.saveForecasts(
                        YEAR, ForecastPeriod.Q1, Map.of("staffing", BigDecimal.ONE), budget.version() + 1, "ana"))
                .isInstanceOf(BudgetRuleViolation.class)
                .hasMessage("Staffing takes its forecast from the lines under it");
        assertThatThrownBy(() -> budgets.importLines(
                        YEAR, "again.csv", FILE.getBytes(StandardCharsets.UTF_8), budget.version() + 1, "ana"))
                .isInstanceOf(FinanceFileRefused.class)
                .hasMessageContaining("forecasts or an outturn recorded");
        assertThat(events.stream(BudgetForecastsSaved.class)
                        .findFirst()
                        .orElseThrow()
                        .summary())
                .isEqualTo("Recorded the q1 forecast of the 2031/32 budget: 2 lines changed.");
    }
}
