package org.oversight.finance;

import java.math.BigDecimal;
import java.util.List;
import org.oversight.shared.FinancialYear;

/**
 * A year's budget as published, with what Oversight computes from it beside each published figure:
 * both sides' lines in their hierarchy with shares of the total, the cost per resident, the precept
 * and council tax, and forecasts and outturn against budget. Where the published figures do not add
 * up, they are kept and the difference is given.
 *
 * @param example whether this is example data built from the seed documents, not the office's own
 */
public record BudgetStatement(
        FinancialYear year,
        boolean example,
        BudgetDetails details,
        List<Side> sides,
        CostPerResident costPerResident,
        CouncilTaxFigures councilTax,
        int version) {

    public BudgetStatement {
        sides = List.copyOf(sides);
    }

    public Side side(BudgetSide which) {
        return sides.stream().filter(s -> s.side() == which).findFirst().orElseThrow();
    }

    /** Whether any forecast or outturn is recorded. */
    public boolean hasForecasts() {
        return sides.stream().flatMap(s -> s.lines().stream()).anyMatch(line -> line.forecasts().stream()
                .anyMatch(f -> f.amount() != null));
    }

    /** Every published figure that differs from the computed one, in words, for notes and exports. */
    public List<String> differences() {
        List<String> notes = new java.util.ArrayList<>();
        for (Side side : sides) {
            for (Line line : side.lines()) {
                if (line.shareDifference() != null && line.shareDifference().signum() != 0) {
                    notes.add(line.name() + ": published share " + line.publishedShare() + "%, computed " + line.share()
                            + "% (difference " + signed(line.shareDifference()) + " points)");
                }
                if (line.childrenDifference() != null
                        && line.childrenDifference().signum() != 0) {
                    notes.add(line.name() + ": published £" + line.givenAmount().toPlainString()
                            + ", the lines under it add to £"
                            + line.childrenSum().toPlainString());
                }
                if (line.perHeadDifference() != null && line.perHeadDifference().signum() != 0) {
                    notes.add(line.name() + ": published £" + line.publishedPerHead() + " a head, computed £"
                            + line.perHead());
                }
            }
            if (side.totalDifference() != null && side.totalDifference().signum() != 0) {
                notes.add(side.side().totalName() + ": published £"
                        + side.publishedTotal().toPlainString() + ", the lines add to £"
                        + side.total().toPlainString());
            }
        }
        if (costPerResident != null
                && costPerResident.difference() != null
                && costPerResident.difference().signum() != 0) {
            notes.add("Cost per resident: published £" + costPerResident.published() + ", computed £"
                    + costPerResident.cost());
        }
        if (costPerResident != null
                && costPerResident.published() != null
                && costPerResident.publishedRows() != null
                && costPerResident.publishedRows().compareTo(costPerResident.published()) != 0) {
            notes.add("Cost per resident: the published per-head rows add to £" + costPerResident.publishedRows()
                    + ", not the published £" + costPerResident.published()
                    + " (each row is rounded to the penny on its own)");
        }
        return notes;
    }

    private static String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + value.toPlainString();
    }

    /**
     * One side of the statement.
     *
     * @param lines every line in the budget's order, each group after the lines under it (as a subtotal)
     * @param total the sum of the top-level lines
     * @param publishedTotal the total as published, or null
     * @param totalDifference {@code total - publishedTotal}, or null
     * @param sumOfShares the top-level lines' rounded shares added as they are (need not be 100.0)
     * @param sumOfPublishedShares the same of the published shares, when every top-level line has one
     * @param forecastTotals the side's total for each forecast period, when every line has a forecast
     */
    public record Side(
            BudgetSide side,
            List<Line> lines,
            BigDecimal total,
            BigDecimal publishedTotal,
            BigDecimal totalDifference,
            BigDecimal sumOfShares,
            BigDecimal sumOfPublishedShares,
            List<Forecast> forecastTotals) {

        public Side {
            lines = List.copyOf(lines);
            forecastTotals = List.copyOf(forecastTotals);
        }

        public boolean isEmpty() {
            return lines.isEmpty();
        }
    }

    /**
     * One line with its figures.
     *
     * @param key the line's stable key within the budget ({@code police-officers})
     * @param depth 0 for a top-level line, 1 for a line under it…
     * @param group whether other lines are under it
     * @param amount the line's amount: as given, or for a group given none, the sum of its lines
     * @param givenAmount the amount as published or entered, or null (a group may leave it out)
     * @param childrenSum for a group, the sum of the lines directly under it; null otherwise
     * @param childrenDifference for a group with a given amount, {@code childrenSum - givenAmount}
     * @param share the amount's share of the side's total, per cent to one place (half up)
     * @param publishedShare the share as published, or null
     * @param shareDifference {@code share - publishedShare} in percentage points, or null
     * @param perHead the amount per resident, when the line counts in the cost per resident and a
     *     population is recorded; null otherwise
     * @param forecasts one per {@link ForecastPeriod}, in order, with null amounts where none is recorded
     */
    public record Line(
            String key,
            String name,
            int depth,
            String parentKey,
            boolean group,
            BigDecimal amount,
            BigDecimal givenAmount,
            BigDecimal childrenSum,
            BigDecimal childrenDifference,
            BigDecimal share,
            BigDecimal publishedShare,
            BigDecimal shareDifference,
            boolean countsPerHead,
            BigDecimal perHead,
            BigDecimal publishedPerHead,
            BigDecimal perHeadDifference,
            String note,
            List<Forecast> forecasts) {

        public Line {
            forecasts = List.copyOf(forecasts);
        }

        public Forecast forecast(ForecastPeriod period) {
            return forecasts.stream()
                    .filter(f -> f.period() == period)
                    .findFirst()
                    .orElseThrow();
        }
    }

    /**
     * A forecast (or the outturn) against budget.
     *
     * @param amount null when none is recorded (for a group: unless every line under it has one)
     * @param variance null when there is no amount
     */
    public record Forecast(ForecastPeriod period, BigDecimal amount, Variance variance) {}

    /**
     * The cost per resident: the lines that count in it, divided by the resident population.
     *
     * @param counted the sum of the lines that count
     * @param cost {@code counted / population}, to the penny (half up): divided once
     * @param sumOfRows the lines' own per-head figures, each rounded, added up (may differ by pennies)
     * @param published the cost per resident as published, or null
     * @param difference {@code cost - published}, or null
     * @param publishedRows the published per-head figures added up, when every counted line has one
     */
    public record CostPerResident(
            long population,
            String populationSource,
            BigDecimal counted,
            BigDecimal cost,
            BigDecimal sumOfRows,
            BigDecimal published,
            BigDecimal difference,
            BigDecimal publishedRows) {}

    /**
     * The precept and council tax.
     *
     * @param computedPrecept council tax base × Band D (to the penny), when both are recorded
     * @param preceptDifference {@code precept - computedPrecept}, when both are known
     * @param previousBandD last year's Band D, when last year's budget records one
     * @param bandDChange the change from last year's Band D, per cent to two places
     */
    public record CouncilTaxFigures(
            BigDecimal precept,
            BigDecimal councilTaxBase,
            BigDecimal bandD,
            BigDecimal computedPrecept,
            BigDecimal preceptDifference,
            BigDecimal previousBandD,
            BigDecimal bandDChange) {

        public boolean isEmpty() {
            return precept == null && councilTaxBase == null && bandD == null;
        }
    }
}
