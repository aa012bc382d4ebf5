package org.oversight.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Forecast and outturn against budget, worked by hand: the variance in pounds and in per cent. */
class VarianceTest {

    private static Variance variance(BudgetSide side, String budget, String forecast) {
        return Variance.of(side, new BigDecimal(budget), new BigDecimal(forecast));
    }

    @Test
    void spendingAboveBudgetIsAnAdverseOverspend() {
        // Budget 352,479,000, forecast 355,000,000: +2,521,000; 2,521,000 / 352,479,000 = 0.7152…% → +0.7%
        Variance v = variance(BudgetSide.SPENDING, "352479000", "355000000");
        assertThat(v.amount()).isEqualByComparingTo("2521000");
        assertThat(v.percent()).isEqualByComparingTo("0.7");
        assertThat(v.direction()).isEqualTo(Variance.Direction.ADVERSE);
        assertThat(v.words()).isEqualTo("£2,521,000 overspent (0.7%)");
    }

    @Test
    void spendingBelowBudgetIsAFavourableUnderspend() {
        // Budget 87,700,000, outturn 86,000,000: −1,700,000; −1.9384…% → −1.9%
        Variance v = variance(BudgetSide.SPENDING, "87700000", "86000000");
        assertThat(v.amount()).isEqualByComparingTo("-1700000");
        assertThat(v.percent()).isEqualByComparingTo("-1.9");
        assertThat(v.direction()).isEqualTo(Variance.Direction.FAVOURABLE);
        assertThat(v.words()).isEqualTo("£1,700,000 underspent (−1.9%)");
    }

    @Test
    void moreIncomeThanBudgetedReducesNetSpendingAndIsFavourable() {
        // Income is a negative spending line: budget −24,409,000, forecast −25,000,000: −591,000
        // −591,000 / 24,409,000 = −2.4212…% → −2.4% (the per cent is of the budget's size)
        Variance v = variance(BudgetSide.SPENDING, "-24409000", "-25000000");
        assertThat(v.amount()).isEqualByComparingTo("-591000");
        assertThat(v.percent()).isEqualByComparingTo("-2.4");
        assertThat(v.direction()).isEqualTo(Variance.Direction.FAVOURABLE);
    }

    @Test
    void fundingAboveBudgetIsFavourableAndBelowIsAdverse() {
        Variance more = variance(BudgetSide.FUNDING, "67318000", "67500000");
        assertThat(more.amount()).isEqualByComparingTo("182000");
        assertThat(more.direction()).isEqualTo(Variance.Direction.FAVOURABLE);
        assertThat(more.words()).isEqualTo("£182,000 more than budgeted (0.3%)");
        Variance less = variance(BudgetSide.FUNDING, "67318000", "67000000");
        assertThat(less.direction()).isEqualTo(Variance.Direction.ADVERSE);
        assertThat(less.words()).isEqualTo("£318,000 less than budgeted (−0.5%)");
    }

    @Test
    void onBudgetIsNeither() {
        Variance v = variance(BudgetSide.SPENDING, "100", "100.00");
        assertThat(v.amount()).isEqualByComparingTo("0");
        assertThat(v.percent()).isEqualByComparingTo("0.0");
        assertThat(v.direction()).isEqualTo(Variance.Direction.ON_BUDGET);
        assertThat(v.words()).isEqualTo("On budget");
    }

    @Test
    void aVarianceAgainstANilBudgetHasNoPercentage() {
        // Additional pension grant 2018-19: budget £0.00
        Variance v = variance(BudgetSide.FUNDING, "0", "1000");
        assertThat(v.amount()).isEqualByComparingTo("1000");
        assertThat(v.percent()).isNull();
        assertThat(v.words()).isEqualTo("£1,000 more than budgeted");
    }

    @Test
    void aHalfOfATenthOfAPerCentRoundsUp() {
        // Budget 2,000, forecast 2,001: 1 / 2,000 = 0.05% → 0.1%
        assertThat(variance(BudgetSide.SPENDING, "2000", "2001").percent()).isEqualByComparingTo("0.1");
        // and down for an underspend, away from zero: −0.05% → −0.1%
        assertThat(variance(BudgetSide.SPENDING, "2000", "1999").percent()).isEqualByComparingTo("-0.1");
    }

    @Test
    void penceAreShownWhenThereAreAny() {
        assertThat(variance(BudgetSide.SPENDING, "1000", "1000.50").words()).isEqualTo("£0.50 overspent (0.1%)");
    }
}
