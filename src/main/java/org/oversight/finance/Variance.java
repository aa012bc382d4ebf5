package org.oversight.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.oversight.finance.money.Pounds;

/**
 * A forecast or outturn against budget: the difference in pounds (forecast minus budget) and in per
 * cent of the budget's size, to one decimal place, a half rounding up (away from zero). On the
 * spending side more is adverse (an overspend); on the funding side more is favourable.
 *
 * @param percent null when the budget is £0
 */
public record Variance(BudgetSide side, BigDecimal amount, BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public enum Direction {
        FAVOURABLE,
        ADVERSE,
        ON_BUDGET
    }

    public Variance {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(amount, "amount");
    }

    public static Variance of(BudgetSide side, BigDecimal budget, BigDecimal forecast) {
        BigDecimal amount = forecast.subtract(budget);
        BigDecimal percent =
                budget.signum() == 0 ? null : amount.multiply(HUNDRED).divide(budget.abs(), 1, RoundingMode.HALF_UP);
        return new Variance(side, amount, percent);
    }

    public Direction direction() {
        if (amount.signum() == 0) {
            return Direction.ON_BUDGET;
        }
        boolean more = amount.signum() > 0;
        return (side == BudgetSide.SPENDING) == more ? Direction.ADVERSE : Direction.FAVOURABLE;
    }

    /** “£2,521,000 overspent (0.7%)”, “£318,000 less than budgeted (−0.5%)”, “On budget”. */
    public String words() {
        if (amount.signum() == 0) {
            return "On budget";
        }
        boolean more = amount.signum() > 0;
        String what = side == BudgetSide.SPENDING
                ? (more ? "overspent" : "underspent")
                : (more ? "more than budgeted" : "less than budgeted");
        String words = Pounds.words(amount.abs()) + " " + what;
        return percent == null ? words : words + " (" + Pounds.percent(percent) + ")";
    }
}
