package org.oversight.performance;

import java.math.BigDecimal;
import java.util.Locale;
import org.oversight.performance.period.Figures;
import org.oversight.performance.period.PeriodComparison;
import org.oversight.plan.MeasureUnit;

/**
 * Writes a measure's plain-English statement from facts already computed (the year-to-date
 * comparison, the SPC summary, the target sentence), adding nothing that is not in them.
 */
final class PerformanceStatement {

    private PerformanceStatement() {}

    /** The statement for a measure without figures. */
    static String noData(String reason) {
        return "No data yet: " + reason;
    }

    /**
     * The statement: the comparison, then the variation, then the target.
     *
     * @param name the indicator's name, which starts the sentence (“Burglary”)
     * @param yearToDate the year-to-date comparison, or {@code null}
     * @param spc the SPC summary, or {@code null} when no chart could be drawn
     * @param latestMonthWords the latest month in words (“March 2015”)
     * @param targetSentence the target evaluation's sentence, or {@code null}
     */
    static String write(
            String name,
            MeasureUnit unit,
            PeriodComparison yearToDate,
            MeasurePerformance.SpcSummary spc,
            String latestMonthWords,
            String targetSentence) {
        StringBuilder text = new StringBuilder();
        if (yearToDate != null) {
            text.append(comparison(name, unit, yearToDate));
        }
        if (spc != null) {
            append(text, variation(name, spc, latestMonthWords));
            String assurance = assurance(spc, unit);
            if (assurance != null) {
                append(text, assurance);
            }
        }
        if (targetSentence != null && !targetSentence.isBlank()) {
            append(text, targetSentence.endsWith(".") ? targetSentence : targetSentence + ".");
        }
        return text.toString();
    }

    static String comparison(String name, MeasureUnit unit, PeriodComparison ytd) {
        BigDecimal percent = ytd.percentChange();
        if (!ytd.isComplete() || ytd.change() == null) {
            return name + ", " + ytd.words(unit) + ".";
        }
        String figures = "(" + Figures.inUnit(ytd.currentValue(), unit) + " against "
                + Figures.inUnit(ytd.comparisonValue(), unit) + ")";
        BigDecimal change = ytd.change();
        if (change.signum() == 0) {
            return name + " is the same as last year to date " + figures + ".";
        }
        String way = change.signum() < 0 ? "lower" : "higher";
        if (unit == MeasureUnit.PERCENT) {
            return name + " is " + Figures.oneDecimal(change.abs()) + " percentage points " + way
                    + " than last year to date " + figures + ".";
        }
        if (percent == null) {
            return name + " is " + Figures.number(change.abs()) + " " + way + " than last year to date " + figures
                    + ".";
        }
        return name + " is " + Figures.oneDecimal(percent.abs()) + "% " + way + " than last year to date " + figures
                + ".";
    }

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
