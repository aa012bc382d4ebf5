package org.oversight.performance.measure;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.period.Figures;
import org.oversight.performance.period.PeriodComparison;
import org.oversight.performance.target.TargetEvaluation;
import org.oversight.performance.target.TargetStatus;
import org.oversight.plan.ImprovementDirection;
import org.oversight.plan.MeasureUnit;

/**
 * Writes a measure's plain-English statement from facts already computed (the months covered, the
 * year-to-date comparison, the SPC summary, the target evaluation), adding nothing that is not in
 * them and saying no figure twice.
 */
final class MeasureStatement {

    private MeasureStatement() {}

    /** The statement for a measure without figures. */
    static String noData(String reason) {
        return "No data yet: " + reason;
    }

    /** The facts a statement is written from. */
    record Facts(
            String coverage,
            String name,
            MeasureUnit unit,
            ImprovementDirection direction,
            PeriodComparison yearToDate,
            MeasurePerformance.SpcSummary spc,
            String latestSpcMonthWords,
            TargetEvaluation target) {}

    /**
     * The statement: the months covered, the comparison, the variation (naming the month of the
     * latest point on the chart), then the target.
     */
    static String write(Facts facts) {
        StringBuilder text = new StringBuilder();
        if (facts.coverage() != null) {
            text.append(facts.coverage());
        }
        if (facts.yearToDate() != null) {
            append(text, comparison(facts.name(), facts.unit(), facts.yearToDate()));
        }
        if (facts.spc() != null) {
            append(text, variation(facts.name(), facts.spc(), facts.latestSpcMonthWords()));
            String assurance = assurance(facts.spc(), facts.unit());
            if (assurance != null) {
                append(text, assurance);
            }
        }
        String target = target(facts);
        if (target != null) {
            append(text, target);
        }
        return text.toString();
    }

    /**
     * The year-to-date comparison, with as many decimal places as it takes to tell the two figures
     * apart, and a change too small to show at two places called “about the same”.
     */
    static String comparison(String name, MeasureUnit unit, PeriodComparison ytd) {
        if (!ytd.isComplete() || ytd.change() == null) {
            return name + ", " + ytd.words(unit) + ".";
        }
        int decimals = Figures.decimalsToTellApart(ytd.currentValue(), ytd.comparisonValue());
        String figures = "(" + Figures.inUnit(ytd.currentValue(), unit, decimals) + " against "
                + Figures.inUnit(ytd.comparisonValue(), unit, decimals) + ")";
        BigDecimal change = ytd.change();
        if (change.signum() == 0) {
            return name + " is the same as last year to date " + figures + ".";
        }
        String way = change.signum() < 0 ? "lower" : "higher";
        String aboutTheSame = name + " is about the same as last year to date " + figures + ".";
        if (unit == MeasureUnit.PERCENT) {
            return Figures.smallestChange(change)
                    .map(amount -> name + " is " + amount + " percentage points " + way + " than last year to date "
                            + figures + ".")
                    .orElse(aboutTheSame);
        }
        BigDecimal percent = Figures.exactPercentChange(ytd.currentValue(), ytd.comparisonValue());
        if (percent == null) {
            return name + " is " + Figures.number(change.abs(), decimals) + " " + way + " than last year to date "
                    + figures + ".";
        }
        return Figures.smallestChange(percent)
                .map(amount -> name + " is " + amount + "% " + way + " than last year to date " + figures + ".")
                .orElse(aboutTheSame);
    }

    /** The variation, naming the month of the chart's latest point (which may not be the as-at month). */
    static String variation(String name, MeasurePerformance.SpcSummary spc, String latestMonthWords) {
        String subject = "Monthly " + lowerFirst(name);
        String trial = spc.trial() ? " (trial limits: fewer than 12 months)" : "";
        if (spc.specialCausePoints() == 0) {
            return subject + " shows only common cause variation" + trial + ".";
        }
        if ("common_cause".equals(spc.variation())) {
            return subject + " shows special cause variation in " + spc.specialCausePoints()
                    + (spc.specialCausePoints() == 1 ? " month" : " months")
                    + "; the latest month, " + latestMonthWords + ", is common cause variation" + trial + ".";
        }
        return subject + " shows " + spc.variationWords() + " in the latest month, " + latestMonthWords + trial + ".";
    }

    static String assurance(MeasurePerformance.SpcSummary spc, MeasureUnit unit) {
        if (spc.assurance() == null || spc.target() == null) {
            return null;
        }
        String target = Figures.inUnit(BigDecimal.valueOf(spc.target()), unit);
        switch (spc.assurance()) {
            case "consistent_pass":
                return "The monthly target of " + target + " lies outside the process limits on the passing side, so"
                        + " it will consistently be met.";
            case "consistent_fail":
                return "The monthly target of " + target + " lies outside the process limits on the failing side, so"
                        + " it will consistently be missed unless the process changes.";
            default:
                return "The monthly target of " + target + " lies within the process limits, so it will be met in"
                        + " some months and missed in others.";
        }
    }

    /**
     * The target's sentence, without the figures the comparison has already given: a measure
     * monitored without a target says only that; a target judged on the very months of the
     * year-to-date comparison gives only its verdict.
     */
    static String target(Facts facts) {
        TargetEvaluation target = facts.target();
        if (target == null || target.words().isBlank()) {
            return null;
        }
        if (target.status() == TargetStatus.NO_TARGET) {
            String better =
                    switch (facts.direction()) {
                        case INCREASE -> " (higher is better)";
                        case DECREASE -> " (lower is better)";
                        default -> "";
                    };
            return facts.name() + " is monitored without a target" + better + ".";
        }
        String words = target.words().endsWith(".") ? target.words() : target.words() + ".";
        String verdict = "; the target is ";
        if (sameMonths(target, facts.yearToDate()) && words.contains(verdict)) {
            return "The target is " + words.substring(words.indexOf(verdict) + verdict.length());
        }
        return words;
    }

    /** Whether the target was judged on the year-to-date comparison's own months and baseline. */
    private static boolean sameMonths(TargetEvaluation target, PeriodComparison ytd) {
        return ytd != null
                && ytd.isComplete()
                && target.actualMonths() != null
                && target.baselineMonths() != null
                && Objects.equals(target.actualMonths(), ytd.current().months())
                && Objects.equals(target.baselineMonths(), ytd.comparison().months());
    }

    private static void append(StringBuilder text, String sentence) {
        if (text.length() > 0) {
            text.append(' ');
        }
        text.append(sentence);
    }

    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return text.substring(0, 1).toLowerCase(Locale.UK) + text.substring(1);
    }
}
