package org.oversight.performance.target;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.oversight.performance.period.Aggregation;
import org.oversight.performance.period.Comparisons;
import org.oversight.performance.period.Figures;
import org.oversight.performance.period.IndicatorSeries;
import org.oversight.performance.period.MonthRange;
import org.oversight.performance.period.PeriodComparison;
import org.oversight.performance.period.PeriodValue;
import org.oversight.plan.ImprovementDirection;
import org.oversight.plan.Target;
import org.oversight.shared.ReportingPeriod;

/**
 * Judges a measure's targets against its indicator data as at a month. The as-at month is always
 * given (nothing here reads the clock), figures are never made up, and every rule is stated in
 * {@code docs/targets-and-periods.md}. In short:
 *
 * <ul>
 *   <li>A target with a period is <em>finished</em> once the as-at month reaches the period's last
 *       month (met or not met, exactly, on the whole period), <em>under way</em> inside it (on track,
 *       at risk or off track on the months so far) and <em>not started</em> before it. Deadline
 *       targets (“by 2023”) are under way until the deadline.
 *   <li>A target without a period is <em>standing</em>: it is judged on the twelve months to the
 *       as-at month for counts, the financial year to date for rates, and the as-at month for levels;
 *       targets against a baseline use the financial year to date for counts as well.
 *   <li>Against a baseline, a period under way is compared with the same months of the baseline; a
 *       level's baseline is the last month of the baseline period that has a figure.
 * </ul>
 */
public final class TargetEvaluator {

    private final MeasureDefinition measure;
    private final IndicatorSeries data;
    private final ReferenceValues references;

    /**
     * @param measure the measure's name, direction, unit and tolerance
     * @param data the measure's indicator series with its aggregation
     * @param references values from outside the series (level when the plan began, peer average);
     *     {@link ReferenceValues#NONE} when {@code null}
     */
    public TargetEvaluator(MeasureDefinition measure, IndicatorSeries data, ReferenceValues references) {
        this.measure = Objects.requireNonNull(measure, "measure");
        this.data = Objects.requireNonNull(data, "data");
        this.references = references == null ? ReferenceValues.NONE : references;
    }

    /**
     * The months a target without a period is judged on as at {@code asAt}: the twelve months to it
     * for counts, the financial year to date for rates, the month itself for levels. A peer average
     * must be for these months.
     */
    public static MonthRange standingMonths(Aggregation aggregation, YearMonth asAt) {
        switch (aggregation) {
            case LATEST:
                return MonthRange.of(asAt);
            case RATIO:
                return MonthRange.financialYearToDate(asAt);
            default:
                return MonthRange.twelveMonthsTo(asAt);
        }
    }

    /** Judges {@code target} as at the month {@code asAt}. */
    public TargetEvaluation evaluate(Target target, YearMonth asAt) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(asAt, "asAt");
        if (target instanceof Target.Milestones) {
            return milestones((Target.Milestones) target, asAt);
        }
        if (target instanceof Target.Monitor) {
            return monitor(target, asAt);
        }
        if (target instanceof Target.ChangeByPercent) {
            return changeByPercent((Target.ChangeByPercent) target, asAt);
        }
        if (target instanceof Target.ChangeByAmount) {
            return changeByAmount((Target.ChangeByAmount) target, asAt);
        }
        if (target instanceof Target.ChangeOnBaseline) {
            return changeOnBaseline((Target.ChangeOnBaseline) target, asAt);
        }
        if (target instanceof Target.Threshold) {
            return threshold((Target.Threshold) target, asAt);
        }
        if (target instanceof Target.Reach) {
            return reach((Target.Reach) target, asAt);
        }
        if (target instanceof Target.Maintain) {
            return maintain((Target.Maintain) target, asAt);
        }
        if (target instanceof Target.BetterThanPeers) {
            return betterThanPeers((Target.BetterThanPeers) target, asAt);
        }
        throw new IllegalArgumentException("no evaluation for target kind " + target.kind());
    }

    // ----- target kinds -----

    private TargetEvaluation changeByPercent(Target.ChangeByPercent target, YearMonth asAt) {
        if (target.baseline() == null) {
            return noData(target, asAt, "the target names no baseline period", List.of());
        }
        Window window = window(target.period(), false, true, asAt);
        if (window.phase() == Phase.NOT_STARTED) {
            return notStarted(target, window, asAt);
        }
        PeriodValue actual = data.over(window.months());
        Baseline base = baseline(target.baseline(), window);
        TargetEvaluation unknown = unknown(target, asAt, actual, base.figure());
        if (unknown != null) {
            return unknown;
        }
        if (base.value().signum() <= 0) {
            return notJudged(target, asAt, base);
        }
        boolean reduce = target.change() == Target.Change.REDUCE;
        BigDecimal requiredChange = reduce ? target.percent().negate() : target.percent();
        String percent = Figures.asWritten(target.percent());
        String phrase = Figures.article(percent) + " " + percent + "% " + (reduce ? "reduction" : "increase");
        return judgeChange(target, window, actual, base, requiredChange, reduce, phrase);
    }

    private TargetEvaluation changeByAmount(Target.ChangeByAmount target, YearMonth asAt) {
        Window window = window(target.by(), true, target.baseline() != null, asAt);
        PeriodValue actual = data.over(window.months());
        Baseline base;
        if (target.baseline() != null) {
            base = baseline(target.baseline(), window);
        } else if (references.levelAtStartOfPlan() != null) {
            base = Baseline.supplied(references.levelAtStartOfPlan(), "the level when the plan began");
        } else {
            return noData(
                    target,
                    asAt,
                    "the target names no baseline and the level when the plan began has not been supplied",
                    List.of());
        }
        TargetEvaluation unknown = unknown(target, asAt, actual, base.figure());
        if (unknown != null) {
            return unknown;
        }
        boolean increase = target.change() == Target.Change.INCREASE;
        boolean shared = isShared(window);
        BigDecimal amount = shared ? share(target.amount(), window) : target.amount();
        BigDecimal required = increase ? base.value().add(amount) : base.value().subtract(amount);
        int decimals = Figures.decimalsToTellApart(actual.value(), required);
        StringBuilder phrase = new StringBuilder(increase ? "an increase of " : "a reduction of ")
                .append(Figures.inUnit(target.amount(), measure.unit(), decimals))
                .append(" on ")
                .append(base.words())
                .append(" of ")
                .append(Figures.inUnit(base.value(), measure.unit(), decimals));
        if (target.by() != null) {
            phrase.append(" by ").append(target.by().words());
        }
        if (shared) {
            phrase.append(" (a straight-line share of ")
                    .append(Figures.inUnit(amount, measure.unit(), decimals))
                    .append(" for ")
                    .append(window.months().words())
                    .append(")");
        }
        phrase.append(", that is ").append(Figures.inUnit(required, measure.unit(), decimals));
        Target.Comparator test = increase ? Target.Comparator.AT_LEAST : Target.Comparator.AT_MOST;
        return judgeValue(target, window, actual, required, test, phrase.toString(), base);
    }

    /** Any reduction (or increase) on a baseline's level: met only strictly below (or above) it. */
    private TargetEvaluation changeOnBaseline(Target.ChangeOnBaseline target, YearMonth asAt) {
        Window window = window(target.period(), false, true, asAt);
        if (window.phase() == Phase.NOT_STARTED) {
            return notStarted(target, window, asAt);
        }
        PeriodValue actual = data.over(window.months());
        Baseline base = baseline(target.baseline(), window);
        TargetEvaluation unknown = unknown(target, asAt, actual, base.figure());
        if (unknown != null) {
            return unknown;
        }
        boolean reduce = target.change() == Target.Change.REDUCE;
        String phrase = "to " + lowerFirst(target.words(measure.unit()));
        if (base.value().signum() == 0) {
            return judgeValue(
                    target,
                    window,
                    actual,
                    base.value(),
                    reduce ? Target.Comparator.BELOW : Target.Comparator.ABOVE,
                    phrase + " (0)",
                    base);
        }
        return judgeChange(target, window, actual, base, BigDecimal.ZERO, reduce, true, phrase);
    }

    private TargetEvaluation threshold(Target.Threshold target, YearMonth asAt) {
        Window window = window(target.period(), false, false, asAt);
        if (window.phase() == Phase.NOT_STARTED) {
            return notStarted(target, window, asAt);
        }
        return againstValue(
                target, window, asAt, target.value(), target.comparator(), lowerFirst(target.words(measure.unit())));
    }

    private TargetEvaluation reach(Target.Reach target, YearMonth asAt) {
        Window window = window(target.by(), true, false, asAt);
        Target.Comparator test = measure.direction() == ImprovementDirection.DECREASE
                ? Target.Comparator.AT_MOST
                : Target.Comparator.AT_LEAST;
        return againstValue(
                target, window, asAt, target.value(), test, "to " + lowerFirst(target.words(measure.unit())));
    }

    private TargetEvaluation maintain(Target.Maintain target, YearMonth asAt) {
        boolean atOrBelow = target.comparator() == Target.MaintainComparator.AT_OR_BELOW;
        Target.Comparator test = atOrBelow ? Target.Comparator.AT_MOST : Target.Comparator.AT_LEAST;
        String phrase = "to " + lowerFirst(target.words(measure.unit()));
        if (target.value() != null) {
            Window window = window(null, false, false, asAt);
            return againstValue(target, window, asAt, target.value(), test, phrase);
        }
        if (target.baseline() != null) {
            Window window = window(null, false, true, asAt);
            PeriodValue actual = data.over(window.months());
            Baseline base = baseline(target.baseline(), window);
            TargetEvaluation unknown = unknown(target, asAt, actual, base.figure());
            if (unknown != null) {
                return unknown;
            }
            if (base.value().signum() <= 0) {
                // A level held against zero or a negative baseline is judged on the figures, not as a change.
                int decimals = Figures.decimalsToTellApart(actual.value(), base.value());
                return judgeValue(
                        target,
                        window,
                        actual,
                        base.value(),
                        test,
                        phrase + " (" + Figures.inUnit(base.value(), measure.unit(), decimals) + ")",
                        base);
            }
            return judgeChange(target, window, actual, base, BigDecimal.ZERO, atOrBelow, phrase);
        }
        if (references.levelAtStartOfPlan() != null) {
            Window window = window(null, false, false, asAt);
            BigDecimal level = references.levelAtStartOfPlan();
            PeriodValue actual = data.over(window.months());
            TargetEvaluation unknown = unknown(target, asAt, actual, null);
            if (unknown != null) {
                return unknown;
            }
            int decimals = Figures.decimalsToTellApart(actual.value(), level);
            String withLevel = phrase + ", " + Figures.inUnit(level, measure.unit(), decimals);
            return judgeValue(
                    target,
                    window,
                    actual,
                    level,
                    test,
                    withLevel,
                    Baseline.supplied(level, "the level when the plan began"));
        }
        return noData(
                target,
                asAt,
                "the target names no level to maintain and the level when the plan began has not been supplied",
                List.of());
    }

    private TargetEvaluation betterThanPeers(Target.BetterThanPeers target, YearMonth asAt) {
        if (measure.direction() == ImprovementDirection.NEUTRAL) {
            return withoutJudgement(
                    target,
                    TargetStatus.NO_TARGET,
                    "the measure has no direction of improvement, so better than its peers has no meaning",
                    List.of(),
                    measure.name() + ": the target cannot be judged because the measure has no direction of"
                            + " improvement, so better than its peers has no meaning.");
        }
        boolean named = target.peerGroup() != null && !target.peerGroup().isBlank();
        String group = named ? "the " + target.peerGroup() : "the peer group";
        PeerAverage average = references.peerAverage();
        if (average == null) {
            String reason = named ? "no average has been supplied for " + group : "no peer group has been set";
            return noData(target, asAt, reason, List.of());
        }
        Window window = window(null, false, false, asAt);
        if (!average.months().equals(window.months())) {
            return noData(
                    target,
                    asAt,
                    "the peer average is for " + average.months().words() + " but the measure is judged on "
                            + window.months().words(),
                    List.of());
        }
        PeriodValue actual = data.over(window.months());
        TargetEvaluation unknown = unknown(target, asAt, actual, null);
        if (unknown != null) {
            return unknown;
        }
        int decimals = Figures.decimalsToTellApart(actual.value(), average.value());
        String phrase = "to be better than the average of " + group + ", "
                + Figures.inUnit(average.value(), measure.unit(), decimals);
        Target.Comparator test = measure.direction() == ImprovementDirection.DECREASE
                ? Target.Comparator.BELOW
                : Target.Comparator.ABOVE;
        return judgeValue(target, window, actual, average.value(), test, phrase, null);
    }

    private TargetEvaluation monitor(Target target, YearMonth asAt) {
        Comparisons comparisons = new Comparisons(data);
        PeriodComparison comparison =
                data.aggregation() == Aggregation.LATEST ? comparisons.month(asAt) : comparisons.yearToDate(asAt);
        StringBuilder words = new StringBuilder(measure.name()).append(" is monitored without a target");
        if (measure.direction() == ImprovementDirection.INCREASE) {
            words.append(" (higher is better)");
        } else if (measure.direction() == ImprovementDirection.DECREASE) {
            words.append(" (lower is better)");
        }
        words.append("; ").append(comparison.words(measure.unit())).append(".");
        return new TargetEvaluation(
                target,
                TargetStatus.NO_TARGET,
                comparison.current().months(),
                comparison.currentValue(),
                comparison.comparison().months(),
                comparison.comparisonValue(),
                null,
                null,
                comparison.percentChange(),
                comparison.missingMonths(),
                "the measure is monitored without a target",
                words.toString(),
                List.of());
    }

    private TargetEvaluation milestones(Target.Milestones target, YearMonth asAt) {
        List<Target.Step> steps = new ArrayList<>(target.steps());
        steps.sort(Comparator.comparing(step -> step.period().firstDay()));
        Target.Step current = null;
        for (Target.Step step : steps) {
            MonthRange months = MonthRange.of(step.period());
            if (months.contains(asAt) || months.last().isBefore(asAt)) {
                current = step;
            }
        }
        TargetEvaluation stepEvaluation =
                current == null ? null : evaluate(withPeriod(current.target(), current.period()), asAt);
        Target overall = target.overall();
        if (overall != null && !steps.isEmpty()) {
            overall = withPeriod(overall, steps.get(steps.size() - 1).period());
        }
        TargetEvaluation overallEvaluation = overall == null ? null : evaluate(overall, asAt);
        List<TargetEvaluation> parts = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        if (stepEvaluation != null) {
            parts.add(stepEvaluation);
            words.append("Milestone for ")
                    .append(current.period().words())
                    .append(": ")
                    .append(stepEvaluation.words());
        } else if (!steps.isEmpty()) {
            words.append(measure.name())
                    .append(": no milestone has started as at ")
                    .append(MonthRange.wordsFor(asAt))
                    .append(" (the first is for ")
                    .append(steps.get(0).period().words())
                    .append(").");
        }
        if (overallEvaluation != null) {
            parts.add(overallEvaluation);
            words.append(words.length() == 0 ? "" : " ")
                    .append("Overall target: ")
                    .append(overallEvaluation.words());
        }
        if (parts.isEmpty() && steps.isEmpty()) {
            return withoutJudgement(
                    target,
                    TargetStatus.NO_TARGET,
                    "the milestones have no steps and no overall target",
                    List.of(),
                    measure.name() + ": the milestones have no steps and no overall target.");
        }
        TargetEvaluation headline = stepEvaluation;
        TargetStatus status = stepEvaluation == null ? TargetStatus.NOT_STARTED : stepEvaluation.status();
        if (headline == null) {
            return new TargetEvaluation(
                    target,
                    status,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    "no milestone has started",
                    words.toString(),
                    parts);
        }
        return new TargetEvaluation(
                target,
                status,
                headline.actualMonths(),
                headline.actual(),
                headline.baselineMonths(),
                headline.baseline(),
                headline.required(),
                headline.gap(),
                headline.changePercent(),
                headline.missingMonths(),
                headline.reason(),
                words.toString(),
                parts);
    }

    /** A milestone step's target judged over the step's period when the target names none itself. */
    private static Target withPeriod(Target target, ReportingPeriod period) {
        if (target instanceof Target.ChangeByPercent) {
            Target.ChangeByPercent change = (Target.ChangeByPercent) target;
            return change.period() != null
                    ? change
                    : new Target.ChangeByPercent(change.change(), change.percent(), change.baseline(), period);
        }
        if (target instanceof Target.Threshold) {
            Target.Threshold threshold = (Target.Threshold) target;
            return threshold.period() != null
                    ? threshold
                    : new Target.Threshold(threshold.comparator(), threshold.value(), period);
        }
        if (target instanceof Target.Reach) {
            Target.Reach reach = (Target.Reach) target;
            return reach.by() != null ? reach : new Target.Reach(reach.value(), period);
        }
        if (target instanceof Target.ChangeOnBaseline) {
            Target.ChangeOnBaseline change = (Target.ChangeOnBaseline) target;
            return change.period() != null
                    ? change
                    : new Target.ChangeOnBaseline(change.change(), change.baseline(), period);
        }
        if (target instanceof Target.ChangeByAmount) {
            Target.ChangeByAmount amount = (Target.ChangeByAmount) target;
            return amount.by() != null
                    ? amount
                    : new Target.ChangeByAmount(amount.change(), amount.amount(), amount.baseline(), period);
        }
        return target;
    }

    // ----- judgements -----

    private TargetEvaluation againstValue(
            Target target, Window window, YearMonth asAt, BigDecimal value, Target.Comparator test, String phrase) {
        PeriodValue actual = data.over(window.months());
        TargetEvaluation unknown = unknown(target, asAt, actual, null);
        if (unknown != null) {
            return unknown;
        }
        if (!isShared(window)) {
            return judgeValue(target, window, actual, value, test, phrase, null);
        }
        BigDecimal share = share(value, window);
        int decimals = Figures.decimalsToTellApart(actual.value(), share);
        String withShare = phrase + ", a straight-line share of " + Figures.inUnit(share, measure.unit(), decimals)
                + " for " + window.months().words();
        return judgeValue(target, window, actual, share, test, withShare, null);
    }

    /** A figure against a required value, compared exactly; misses within the value tolerance are at risk. */
    private TargetEvaluation judgeValue(
            Target target,
            Window window,
            PeriodValue actual,
            BigDecimal required,
            Target.Comparator test,
            String phrase,
            Baseline base) {
        BigDecimal value = actual.value();
        boolean passes = passes(value, required, test);
        BigDecimal gap = value.subtract(required);
        boolean within = gap.abs().compareTo(measure.tolerance().bandAround(required, measure.unit())) <= 0;
        TargetStatus status = decide(window.phase(), passes, within);
        int decimals = Figures.decimalsToTellApart(value, required);
        String words = measure.name() + " (" + window.label() + "): " + Figures.inUnit(value, measure.unit(), decimals)
                + "; the target is " + phrase + ", so it " + verdict(status) + ".";
        return new TargetEvaluation(
                target,
                status,
                window.months(),
                value,
                base == null ? null : base.months(),
                base == null ? null : base.value(),
                required,
                gap,
                base == null ? null : Figures.percentChange(value, base.value()),
                List.of(),
                null,
                words,
                List.of());
    }

    /**
     * A figure against a baseline changed by {@code requiredChange} per cent (negative for a
     * reduction); misses within the percentage-point tolerance are at risk.
     */
    private TargetEvaluation judgeChange(
            Target target,
            Window window,
            PeriodValue actual,
            Baseline base,
            BigDecimal requiredChange,
            boolean lowerIsBetter,
            String phrase) {
        return judgeChange(target, window, actual, base, requiredChange, lowerIsBetter, false, phrase);
    }

    /** As above; {@code strictly} when reaching the required level exactly is not enough ("a reduction on"). */
    private TargetEvaluation judgeChange(
            Target target,
            Window window,
            PeriodValue actual,
            Baseline base,
            BigDecimal requiredChange,
            boolean lowerIsBetter,
            boolean strictly,
            String phrase) {
        BigDecimal value = actual.value();
        BigDecimal required = base.value().multiply(BigDecimal.ONE.add(requiredChange.movePointLeft(2)));
        int comparison = value.compareTo(required);
        boolean passes = strictly
                ? (lowerIsBetter ? comparison < 0 : comparison > 0)
                : (lowerIsBetter ? comparison <= 0 : comparison >= 0);
        BigDecimal change = Figures.exactPercentChange(value, base.value());
        BigDecimal shortfall = lowerIsBetter ? change.subtract(requiredChange) : requiredChange.subtract(change);
        boolean within = shortfall.compareTo(measure.tolerance().percentagePoints()) <= 0;
        TargetStatus status = decide(window.phase(), passes, within);
        String words = measure.name() + " (" + window.label() + ") is " + changeWords(change) + " " + base.words()
                + "; the target is " + phrase + ", so it " + verdict(status) + ".";
        return new TargetEvaluation(
                target,
                status,
                window.months(),
                value,
                base.months(),
                base.value(),
                required,
                value.subtract(required),
                Figures.percentChange(value, base.value()),
                List.of(),
                null,
                words,
                List.of());
    }

    private static boolean passes(BigDecimal value, BigDecimal required, Target.Comparator test) {
        int comparison = value.compareTo(required);
        switch (test) {
            case AT_LEAST:
                return comparison >= 0;
            case AT_MOST:
                return comparison <= 0;
            case ABOVE:
                return comparison > 0;
            default:
                return comparison < 0;
        }
    }

    private static TargetStatus decide(Phase phase, boolean passes, boolean withinTolerance) {
        if (phase == Phase.FINISHED) {
            return passes ? TargetStatus.MET : TargetStatus.NOT_MET;
        }
        if (passes) {
            return TargetStatus.ON_TRACK;
        }
        return withinTolerance ? TargetStatus.AT_RISK : TargetStatus.OFF_TRACK;
    }

    private static String verdict(TargetStatus status) {
        switch (status) {
            case MET:
                return "has been met";
            case NOT_MET:
                return "has not been met";
            default:
                return "is " + status.words();
        }
    }

    private static String changeWords(BigDecimal change) {
        if (change.signum() == 0) {
            return "the same as";
        }
        String direction = change.signum() < 0 ? "lower than" : "higher than";
        String rounded = Figures.oneDecimal(change.abs());
        if ("0.0".equals(rounded)) {
            return "less than 0.1% " + direction;
        }
        return rounded + "% " + direction;
    }

    // ----- periods -----

    private enum Phase {
        FINISHED,
        IN_PROGRESS,
        STANDING,
        NOT_STARTED
    }

    /**
     * The months a target is judged on as at a month.
     *
     * @param periodLength the months of the whole target period (12 for a standing target), for
     *     straight-line shares of count targets
     */
    private record Window(Phase phase, MonthRange months, String label, ReportingPeriod period, int periodLength) {}

    private Window window(ReportingPeriod period, boolean deadline, boolean againstBaseline, YearMonth asAt) {
        Aggregation aggregation = data.aggregation();
        boolean level = aggregation == Aggregation.LATEST;
        if (period != null) {
            MonthRange whole = MonthRange.of(period);
            if (!asAt.isBefore(whole.last())) {
                MonthRange months = level ? MonthRange.of(whole.last()) : whole;
                String label = level || period instanceof ReportingPeriod.OfDay ? months.words() : period.words();
                return new Window(Phase.FINISHED, months, label, period, whole.size());
            }
            if (!asAt.isBefore(whole.first())) {
                MonthRange months = level ? MonthRange.of(asAt) : new MonthRange(whole.first(), asAt);
                String label = level
                        ? months.words()
                        : period instanceof ReportingPeriod.OfFinancialYear
                                ? "year to date"
                                : period.words() + " to date";
                return new Window(Phase.IN_PROGRESS, months, label, period, whole.size());
            }
            if (!deadline) {
                return new Window(Phase.NOT_STARTED, null, null, period, whole.size());
            }
        }
        if (level) {
            return new Window(Phase.STANDING, MonthRange.of(asAt), MonthRange.wordsFor(asAt), period, 12);
        }
        if (aggregation == Aggregation.RATIO || againstBaseline) {
            return new Window(Phase.STANDING, MonthRange.financialYearToDate(asAt), "year to date", period, 12);
        }
        String label = "12 months to " + MonthRange.wordsFor(asAt);
        return new Window(Phase.STANDING, MonthRange.twelveMonthsTo(asAt), label, period, 12);
    }

    /** Whether a count target applies to only part of its period, so that its straight-line share is used. */
    private boolean isShared(Window window) {
        return data.aggregation() == Aggregation.SUM && window.months().size() < window.periodLength();
    }

    private static BigDecimal share(BigDecimal value, Window window) {
        return value.multiply(BigDecimal.valueOf(window.months().size()))
                .divide(BigDecimal.valueOf(window.periodLength()), MathContext.DECIMAL128);
    }

    /**
     * The baseline figure for {@code period} to set against {@code window}: a level's last figure in
     * the period; the whole period when the target's period is finished and as long (or for rates);
     * otherwise the same months a whole number of years earlier, which must lie in the period.
     */
    private Baseline baseline(ReportingPeriod period, Window window) {
        MonthRange months = MonthRange.of(period);
        if (!months.last().isBefore(window.months().first())) {
            return Baseline.of(
                    PeriodValue.unavailable(
                            months,
                            "the baseline " + period.words() + " does not end before "
                                    + window.months().words()),
                    period.words());
        }
        if (data.aggregation() == Aggregation.LATEST) {
            String levelWords = "the " + period.words() + " level";
            Optional<YearMonth> last = data.lastMonthWithFigure(months);
            if (last.isEmpty()) {
                return Baseline.of(PeriodValue.missing(months, months.months()), levelWords);
            }
            return Baseline.of(
                    data.over(MonthRange.of(last.get())), levelWords + " (" + MonthRange.wordsFor(last.get()) + ")");
        }
        if (window.phase() == Phase.FINISHED
                && (data.aggregation() == Aggregation.RATIO || window.months().size() == months.size())) {
            return Baseline.of(data.over(months), period.words());
        }
        Optional<MonthRange> same = sameMonths(window.months(), months);
        if (same.isEmpty()) {
            return Baseline.of(
                    PeriodValue.unavailable(
                            months,
                            window.months().words() + " has no counterpart within " + period.words()
                                    + ", so the two cannot be compared"),
                    period.words());
        }
        return Baseline.of(data.over(same.get()), "the same months of " + period.words());
    }

    /** {@code window} moved back the fewest whole years that bring its first month into {@code baseline}, if it then fits. */
    static Optional<MonthRange> sameMonths(MonthRange window, MonthRange baseline) {
        long gap = baseline.last().until(window.first(), java.time.temporal.ChronoUnit.MONTHS);
        if (gap <= 0) {
            return Optional.empty();
        }
        MonthRange shifted = window.minusYears((gap + 11) / 12);
        return baseline.contains(shifted) ? Optional.of(shifted) : Optional.empty();
    }

    /** A baseline figure: from the series (with its months) or supplied by the caller. */
    private record Baseline(BigDecimal value, PeriodValue figure, String words) {

        static Baseline of(PeriodValue figure, String words) {
            return new Baseline(figure.value(), figure, words);
        }

        static Baseline supplied(BigDecimal value, String words) {
            return new Baseline(value, null, words);
        }

        MonthRange months() {
            return figure == null ? null : figure.months();
        }
    }

    // ----- no judgement -----

    /** {@code NO_DATA} when any figure is unknown, naming every missing month; {@code null} when all are known. */
    private TargetEvaluation unknown(Target target, YearMonth asAt, PeriodValue actual, PeriodValue baseline) {
        TreeSet<YearMonth> missing = new TreeSet<>();
        String reason = null;
        for (PeriodValue figure : new PeriodValue[] {actual, baseline}) {
            if (figure != null && !figure.isKnown()) {
                missing.addAll(figure.missingMonths());
                reason = reason == null ? figure.reason() : reason;
            }
        }
        if (missing.isEmpty() && reason == null) {
            return null;
        }
        if (!missing.isEmpty()) {
            reason = "there are no figures for " + Figures.months(new ArrayList<>(missing));
        }
        return noData(target, asAt, reason, new ArrayList<>(missing));
    }

    private TargetEvaluation noData(Target target, YearMonth asAt, String reason, List<YearMonth> missing) {
        return withoutJudgement(
                target,
                TargetStatus.NO_DATA,
                reason,
                missing,
                measure.name() + ": the target cannot be judged as at " + MonthRange.wordsFor(asAt) + " because "
                        + reason + ".");
    }

    /** A percentage change against a baseline of zero or below has no meaning: not judged, and why. */
    private TargetEvaluation notJudged(Target target, YearMonth asAt, Baseline base) {
        String figure = Figures.inUnit(
                base.value(),
                measure.unit(),
                Math.max(1, base.value().stripTrailingZeros().scale()));
        String reason = base.value().signum() == 0
                ? "the figure for " + base.words() + " is zero, so a percentage change cannot be measured"
                : "the figure for " + base.words() + " is negative (" + figure
                        + "), so a percentage change from it has no meaning";
        return withoutJudgement(
                target,
                TargetStatus.NOT_JUDGED,
                reason,
                List.of(),
                measure.name() + ": the target cannot be judged as at " + MonthRange.wordsFor(asAt) + " because "
                        + reason + ".");
    }

    private TargetEvaluation notStarted(Target target, Window window, YearMonth asAt) {
        String reason = "the target is for " + window.period().words() + ", which has not started as at "
                + MonthRange.wordsFor(asAt);
        return withoutJudgement(
                target, TargetStatus.NOT_STARTED, reason, List.of(), measure.name() + ": " + reason + ".");
    }

    private static TargetEvaluation withoutJudgement(
            Target target, TargetStatus status, String reason, List<YearMonth> missing, String words) {
        return new TargetEvaluation(
                target, status, null, null, null, null, null, null, null, missing, reason, words, List.of());
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
