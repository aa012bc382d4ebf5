package org.oversight.performance.target;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.oversight.performance.period.IndicatorSeries;
import org.oversight.performance.period.MonthRange;
import org.oversight.plan.Target;

/**
 * A target judged as at a month: the status, the numbers behind it and a sentence saying it, e.g.
 * “Burglary (year to date) is 2.3% lower than the same months of 2013/14; the target is a 2%
 * reduction, so it is on track.” Numbers are unrounded; only the sentence rounds.
 *
 * @param target the target judged (for a milestone step, with the step's period filled in)
 * @param status where the measure stands
 * @param actualMonths the months the actual figure is for; {@code null} when there is none
 * @param actual the measure's figure for those months; {@code null} when not judged
 * @param baselineMonths the months of the baseline figure; {@code null} when there is none or it was
 *     supplied by the caller
 * @param baseline the baseline figure, for targets against a baseline; {@code null} otherwise
 * @param required the figure the target requires for the actual months (for a count target under
 *     way, its straight-line share); {@code null} when not judged
 * @param gap actual − required, in the measure's unit (negative is below); {@code null} when not judged
 * @param changePercent the change from the baseline in per cent, rounded half up to one place;
 *     {@code null} without a baseline or when the baseline is zero
 * @param missingMonths the months whose figures were needed and missing (status {@code NO_DATA})
 * @param reason why there is no judgement (statuses {@code NO_DATA}, {@code NO_TARGET},
 *     {@code NOT_STARTED}); {@code null} otherwise
 * @param words the judgement in a plain-English sentence
 * @param parts for milestones: the current (or last finished) step's evaluation, then the overall
 *     target's; empty otherwise
 */
public record TargetEvaluation(
        Target target,
        TargetStatus status,
        MonthRange actualMonths,
        BigDecimal actual,
        MonthRange baselineMonths,
        BigDecimal baseline,
        BigDecimal required,
        BigDecimal gap,
        BigDecimal changePercent,
        List<YearMonth> missingMonths,
        String reason,
        String words,
        List<TargetEvaluation> parts) {

    public TargetEvaluation {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(words, "words");
        missingMonths = List.copyOf(missingMonths);
        parts = List.copyOf(parts);
    }

    /**
     * Judges {@code target} for {@code measure} against {@code data} as at {@code asAt}; see
     * {@link TargetEvaluator#evaluate}.
     */
    public static TargetEvaluation evaluate(
            Target target,
            MeasureDefinition measure,
            IndicatorSeries data,
            YearMonth asAt,
            ReferenceValues references) {
        return new TargetEvaluator(measure, data, references).evaluate(target, asAt);
    }
}
