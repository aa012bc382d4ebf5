package org.oversight.finance.budget;

import java.math.BigDecimal;
import org.oversight.finance.BudgetSide;
import org.oversight.finance.ForecastPeriod;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A line of a budget, as published or entered. A line may sit under another line of the same side
 * (its {@code parentKey}); a line with lines under it may leave its amount out, and then counts as
 * their sum. Amounts are in pounds; a negative amount reduces its side (income within spending).
 *
 * @param lineKey the line's key, unique in the budget ({@code police-officers}), for links and files
 * @param publishedShare the share of the total as published (per cent), kept to show differences
 * @param perHead whether the line counts in the cost per resident
 * @param publishedPerHead the line's pounds per resident as published
 */
@Table(schema = "finance", name = "budget_line")
public record BudgetLine(
        String lineKey,
        BudgetSide side,
        String name,
        String parentKey,
        BigDecimal amount,
        BigDecimal publishedShare,
        boolean perHead,
        BigDecimal publishedPerHead,
        String note,
        BigDecimal forecastQ1,
        BigDecimal forecastQ2,
        BigDecimal forecastQ3,
        BigDecimal outturn) {

    public BudgetLine {
        if (name == null || name.isBlank()) {
            throw new BudgetRuleViolation("name", "Enter the line's name");
        }
        name = name.strip();
        if (name.length() > 200) {
            throw new BudgetRuleViolation("name", "The line's name must be 200 characters or fewer");
        }
        if (side == null) {
            throw new BudgetRuleViolation("side", "Choose spending or funding");
        }
    }

    /** A line as a file or form gives it, with no forecasts yet. */
    public static BudgetLine of(
            String lineKey,
            BudgetSide side,
            String name,
            String parentKey,
            BigDecimal amount,
            BigDecimal publishedShare,
            boolean perHead,
            BigDecimal publishedPerHead,
            String note) {
        return new BudgetLine(
                lineKey,
                side,
                name,
                parentKey,
                amount,
                publishedShare,
                perHead,
                publishedPerHead,
                note,
                null,
                null,
                null,
                null);
    }

    public BigDecimal forecast(ForecastPeriod period) {
        return switch (period) {
            case Q1 -> forecastQ1;
            case Q2 -> forecastQ2;
            case Q3 -> forecastQ3;
            case OUTTURN -> outturn;
        };
    }

    public boolean hasForecasts() {
        return forecastQ1 != null || forecastQ2 != null || forecastQ3 != null || outturn != null;
    }

    public BudgetLine withForecast(ForecastPeriod period, BigDecimal value) {
        return new BudgetLine(
                lineKey,
                side,
                name,
                parentKey,
                amount,
                publishedShare,
                perHead,
                publishedPerHead,
                note,
                period == ForecastPeriod.Q1 ? value : forecastQ1,
                period == ForecastPeriod.Q2 ? value : forecastQ2,
                period == ForecastPeriod.Q3 ? value : forecastQ3,
                period == ForecastPeriod.OUTTURN ? value : outturn);
    }

    /** The same line with what a form or file gives, keeping its key and forecasts. */
    public BudgetLine withContent(BudgetLine content) {
        return new BudgetLine(
                lineKey,
                content.side,
                content.name,
                content.parentKey,
                content.amount,
                content.publishedShare,
                content.perHead,
                content.publishedPerHead,
                content.note,
                forecastQ1,
                forecastQ2,
                forecastQ3,
                outturn);
    }
}
