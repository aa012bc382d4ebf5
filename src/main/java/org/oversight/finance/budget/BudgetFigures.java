package org.oversight.finance.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oversight.finance.BudgetDetails;
import org.oversight.finance.BudgetSide;
import org.oversight.finance.BudgetStatement;
import org.oversight.finance.ForecastPeriod;
import org.oversight.finance.Variance;
import org.oversight.finance.money.CouncilTax;
import org.oversight.finance.money.PerHead;
import org.oversight.finance.money.Shares;

/**
 * Computes a budget's statement from its lines: each line's amount (a group given none is the sum of
 * its lines), its share of its side's total, per-head figures and the cost per resident, the precept
 * from the tax base and Band D, and forecasts against budget. Published figures are never changed:
 * each computed figure sits beside its published one with the difference.
 */
public final class BudgetFigures {

    private final Budget budget;
    private final Map<String, List<BudgetLine>> children = new HashMap<>();
    private final Map<String, BigDecimal> amounts = new HashMap<>();

    private BudgetFigures(Budget budget) {
        this.budget = budget;
        for (BudgetLine line : budget.lines()) {
            if (line.parentKey() != null) {
                children.computeIfAbsent(line.parentKey(), k -> new ArrayList<>())
                        .add(line);
            }
        }
    }

    /**
     * The statement of {@code budget}; {@code previous} (last year's budget, or null) gives last
     * year's Band D for the change.
     */
    public static BudgetStatement of(Budget budget, Budget previous) {
        return new BudgetFigures(budget).statement(previous);
    }

    private BudgetStatement statement(Budget previous) {
        BudgetDetails details = budget.details();
        Long population = details.residentPopulation();
        List<BudgetStatement.Side> sides = new ArrayList<>();
        List<BudgetStatement.Line> perHeadLines = new ArrayList<>();
        for (BudgetSide side : BudgetSide.values()) {
            BudgetStatement.Side figures = side(side, population);
            sides.add(figures);
            figures.lines().stream().filter(BudgetStatement.Line::countsPerHead).forEach(perHeadLines::add);
        }
        BudgetStatement.CostPerResident cost = population == null || perHeadLines.isEmpty()
                ? null
                : costPerResident(population, details, perHeadLines);
        return new BudgetStatement(
                budget.year(),
                budget.example(),
                details,
                sides,
                cost,
                councilTax(details, previous == null ? null : previous.details().bandD()),
                budget.version() == null ? 0 : budget.version());
    }

    private BudgetStatement.Side side(BudgetSide side, Long population) {
        List<BudgetLine> top = budget.lines().stream()
                .filter(l -> l.side() == side && l.parentKey() == null)
                .toList();
        BigDecimal total = top.stream().map(this::amount).reduce(zero(), BigDecimal::add);
        List<BudgetStatement.Line> lines = new ArrayList<>();
        for (BudgetLine line : top) {
            addLine(line, 0, total, population, lines);
        }
        BigDecimal published = side == BudgetSide.SPENDING
                ? budget.details().publishedSpendingTotal()
                : budget.details().publishedFundingTotal();
        List<BigDecimal> topShares = lines.stream()
                .filter(l -> l.depth() == 0)
                .map(BudgetStatement.Line::share)
                .toList();
        List<BigDecimal> topPublished = lines.stream()
                .filter(l -> l.depth() == 0)
                .map(BudgetStatement.Line::publishedShare)
                .toList();
        List<BudgetStatement.Forecast> forecastTotals = new ArrayList<>();
        for (ForecastPeriod period : ForecastPeriod.values()) {
            BigDecimal sum = sumOfForecasts(top, period);
            forecastTotals.add(forecast(side, period, total, sum));
        }
        return new BudgetStatement.Side(
                side,
                lines,
                total,
                published,
                published == null ? null : total.subtract(published),
                top.isEmpty() || topShares.contains(null) ? null : Shares.sum(topShares),
                top.isEmpty() || topPublished.contains(null) ? null : Shares.sum(topPublished),
                forecastTotals);
    }

    /** Adds the line after the lines under it, as a subtotal follows what it adds up. */
    private void addLine(
            BudgetLine line, int depth, BigDecimal total, Long population, List<BudgetStatement.Line> lines) {
        List<BudgetLine> under = children.getOrDefault(line.lineKey(), List.of());
        boolean group = !under.isEmpty();
        BigDecimal childrenSum = group ? under.stream().map(this::amount).reduce(zero(), BigDecimal::add) : null;
        BigDecimal amount = amount(line);
        BigDecimal share = Shares.of(amount, total);
        boolean countsPerHead = line.perHead() && population != null;
        BigDecimal perHead = countsPerHead ? PerHead.of(amount, population) : null;
        for (BudgetLine child : under) {
            addLine(child, depth + 1, total, population, lines);
        }
        List<BudgetStatement.Forecast> forecasts = new ArrayList<>();
        for (ForecastPeriod period : ForecastPeriod.values()) {
            BigDecimal value = group ? sumOfForecasts(under, period) : line.forecast(period);
            forecasts.add(forecast(line.side(), period, amount, value));
        }
        lines.add(new BudgetStatement.Line(
                line.lineKey(),
                line.name(),
                depth,
                line.parentKey(),
                group,
                amount,
                line.amount(),
                childrenSum,
                group && line.amount() != null ? childrenSum.subtract(line.amount()) : null,
                share,
                line.publishedShare(),
                Shares.difference(share, line.publishedShare()),
                line.perHead(),
                perHead,
                line.publishedPerHead(),
                perHead == null || line.publishedPerHead() == null ? null : perHead.subtract(line.publishedPerHead()),
                line.note(),
                forecasts));
    }

    /** The line's amount: as given, or for a group given none, the sum of its lines. */
    private BigDecimal amount(BudgetLine line) {
        BigDecimal known = amounts.get(line.lineKey());
        if (known != null) {
            return known;
        }
        BigDecimal amount = line.amount() != null
                ? line.amount()
                : children.getOrDefault(line.lineKey(), List.of()).stream()
                        .map(this::amount)
                        .reduce(zero(), BigDecimal::add);
        amounts.put(line.lineKey(), amount);
        return amount;
    }

    /** The sum of the lines' forecasts for the period; null unless every one of them has one. */
    private BigDecimal sumOfForecasts(List<BudgetLine> lines, ForecastPeriod period) {
        if (lines.isEmpty()) {
            return null;
        }
        BigDecimal sum = zero();
        for (BudgetLine line : lines) {
            List<BudgetLine> under = children.getOrDefault(line.lineKey(), List.of());
            BigDecimal value = under.isEmpty() ? line.forecast(period) : sumOfForecasts(under, period);
            if (value == null) {
                return null;
            }
            sum = sum.add(value);
        }
        return sum;
    }

    private static BudgetStatement.Forecast forecast(
            BudgetSide side, ForecastPeriod period, BigDecimal budgeted, BigDecimal value) {
        return new BudgetStatement.Forecast(period, value, value == null ? null : Variance.of(side, budgeted, value));
    }

    private static BudgetStatement.CostPerResident costPerResident(
            long population, BudgetDetails details, List<BudgetStatement.Line> lines) {
        BigDecimal counted = lines.stream().map(BudgetStatement.Line::amount).reduce(zero(), BigDecimal::add);
        BigDecimal cost = PerHead.of(counted, population);
        BigDecimal rows =
                lines.stream().map(BudgetStatement.Line::perHead).reduce(new BigDecimal("0.00"), BigDecimal::add);
        boolean allPublished = lines.stream().allMatch(l -> l.publishedPerHead() != null);
        BigDecimal publishedRows = allPublished
                ? lines.stream()
                        .map(BudgetStatement.Line::publishedPerHead)
                        .reduce(new BigDecimal("0.00"), BigDecimal::add)
                : null;
        BigDecimal published = details.publishedCostPerResident();
        return new BudgetStatement.CostPerResident(
                population,
                details.populationSource(),
                counted,
                cost,
                rows,
                published,
                published == null ? null : cost.subtract(published),
                publishedRows);
    }

    private static BudgetStatement.CouncilTaxFigures councilTax(BudgetDetails details, BigDecimal previousBandD) {
        BigDecimal computed = details.councilTaxBase() != null && details.bandD() != null
                ? CouncilTax.precept(details.councilTaxBase(), details.bandD())
                : null;
        return new BudgetStatement.CouncilTaxFigures(
                details.precept(),
                details.councilTaxBase(),
                details.bandD(),
                computed,
                computed == null || details.precept() == null
                        ? null
                        : details.precept().subtract(computed),
                previousBandD,
                CouncilTax.change(previousBandD, details.bandD()));
    }

    private static BigDecimal zero() {
        return new BigDecimal("0.00");
    }
}
