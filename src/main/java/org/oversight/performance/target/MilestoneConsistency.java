package org.oversight.performance.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.oversight.performance.period.Figures;
import org.oversight.plan.Target;
import org.oversight.shared.ReportingPeriod;

/**
 * Whether annual milestones add up to their overall target: would meeting every step meet the
 * overall target too?
 *
 * <ul>
 *   <li>Percentage changes that chain (each step against the year before, the first against the
 *       overall baseline, the last ending in the overall period) compound: three annual 4%
 *       reductions leave 0.96³ = 0.884736 of the baseline, a reduction of 11.5264%, which is at
 *       least an overall 11% reduction, so they are consistent; against 14% they are not.
 *   <li>Percentage changes that are all against the overall baseline do not compound: the last
 *       step is what they lead to.
 *   <li>Thresholds (detection rates of at least 45, 50, 55%) are consistent when the last step,
 *       with the same comparator and in the overall period, is at least as demanding as the
 *       overall threshold.
 *   <li>Anything else (mixed kinds, no overall target, baselines that do not chain) cannot be checked,
 *       and says why.
 * </ul>
 *
 * @param verdict the outcome
 * @param stepsLeadTo what meeting every step exactly gives: the compound change in per cent
 *     (unrounded, 11.5264) or the last step's threshold; {@code null} when it cannot be checked
 * @param overall the overall target's percentage or value; {@code null} when there is none
 * @param words the check in words
 */
public record MilestoneConsistency(Verdict verdict, BigDecimal stepsLeadTo, BigDecimal overall, String words) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The outcome of the check. */
    public enum Verdict {
        /** Meeting every step meets the overall target. */
        CONSISTENT,
        /** Every step could be met while the overall target is missed. */
        INCONSISTENT,
        /** The steps and the overall target are not of a form that can be compared. */
        CANNOT_BE_CHECKED
    }

    public MilestoneConsistency {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(words, "words");
    }

    /** Checks the steps of {@code milestones} against its overall target. */
    public static MilestoneConsistency of(Target.Milestones milestones) {
        List<Target.Step> steps = new ArrayList<>(milestones.steps());
        steps.sort(Comparator.comparing(step -> step.period().firstDay()));
        Target overall = milestones.overall();
        if (overall == null) {
            return cannot("There is no overall target to check the milestones against.");
        }
        if (steps.isEmpty()) {
            return cannot("There are no milestones to check against the overall target.");
        }
        if (overall instanceof Target.ChangeByPercent
                && steps.stream().allMatch(step -> step.target() instanceof Target.ChangeByPercent)) {
            return percentages(steps, (Target.ChangeByPercent) overall);
        }
        if (overall instanceof Target.Threshold
                && steps.stream().allMatch(step -> step.target() instanceof Target.Threshold)) {
            return thresholds(steps, (Target.Threshold) overall);
        }
        return cannot("The milestones and the overall target are of different kinds ("
                + steps.stream().map(step -> step.target().kind()).distinct().collect(Collectors.joining(", "))
                + " against " + overall.kind() + "), so they cannot be checked against each other.");
    }

    private static MilestoneConsistency percentages(List<Target.Step> steps, Target.ChangeByPercent overall) {
        List<Target.ChangeByPercent> changes = steps.stream()
                .map(step -> (Target.ChangeByPercent) step.target())
                .collect(Collectors.toList());
        Target.Change change = overall.change();
        if (changes.stream().anyMatch(step -> step.change() != change)) {
            return cannot("Some milestones are reductions and some increases, so they do not add up to one"
                    + " overall change.");
        }
        boolean reduce = change == Target.Change.REDUCE;
        String noun = reduce ? "reduction" : "increase";
        ReportingPeriod overallPeriod = overall.period() != null
                ? overall.period()
                : steps.get(steps.size() - 1).period();
        if (!steps.get(steps.size() - 1).period().equals(overallPeriod)) {
            return cannot("The last milestone is for "
                    + steps.get(steps.size() - 1).period().words() + " but the overall target is for "
                    + overallPeriod.words() + ", so they cannot be compared.");
        }
        boolean allAgainstOverallBaseline =
                changes.stream().allMatch(step -> Objects.equals(step.baseline(), overall.baseline()));
        String stated = Figures.asWritten(overall.percent()) + "% " + noun + " against "
                + overall.baseline().words();
        if (steps.size() > 1 && allAgainstOverallBaseline) {
            BigDecimal last = changes.get(changes.size() - 1).percent();
            boolean enough = last.compareTo(overall.percent()) >= 0;
            String words =
                    "Every milestone is measured against " + overall.baseline().words()
                            + ", so they lead to the last one, a " + Figures.asWritten(last) + "% " + noun + ", which "
                            + (enough ? "is at least" : "is less than") + " the overall " + stated + ": "
                            + conclusion(enough);
            return new MilestoneConsistency(verdict(enough), last, overall.percent(), words);
        }
        if (!chains(steps, changes, overall.baseline())) {
            return cannot("The milestones' baselines do not run on from one year to the next (nor are they all "
                    + overall.baseline().words() + "), so they cannot be compounded into the overall target.");
        }
        BigDecimal remaining = BigDecimal.ONE;
        List<BigDecimal> factors = new ArrayList<>();
        for (Target.ChangeByPercent step : changes) {
            BigDecimal factor = reduce
                    ? BigDecimal.ONE.subtract(step.percent().movePointLeft(2))
                    : BigDecimal.ONE.add(step.percent().movePointLeft(2));
            factors.add(factor);
            remaining = remaining.multiply(factor);
        }
        BigDecimal fraction = reduce ? BigDecimal.ONE.subtract(remaining) : remaining.subtract(BigDecimal.ONE);
        BigDecimal compound = fraction.multiply(HUNDRED).stripTrailingZeros();
        boolean enough = compound.compareTo(overall.percent()) >= 0;
        String arithmetic = reduce
                ? "1 − " + product(factors) + " = " + plain(fraction)
                : product(factors) + " − 1 = " + plain(fraction);
        String words = stepsInWords(changes, noun) + " compound to a " + noun + " of "
                + Figures.number(compound, Math.max(1, Figures.decimalsToTellApart(compound, overall.percent())))
                + "% (" + arithmetic + "), which "
                + (enough ? "is at least" : "is less than") + " the overall " + stated + ": "
                + conclusion(enough);
        return new MilestoneConsistency(verdict(enough), compound, overall.percent(), words);
    }

    private static boolean chains(
            List<Target.Step> steps, List<Target.ChangeByPercent> changes, ReportingPeriod overallBaseline) {
        if (!Objects.equals(changes.get(0).baseline(), overallBaseline)) {
            return false;
        }
        for (int i = 1; i < steps.size(); i++) {
            if (!Objects.equals(changes.get(i).baseline(), steps.get(i - 1).period())) {
                return false;
            }
        }
        return true;
    }

    private static MilestoneConsistency thresholds(List<Target.Step> steps, Target.Threshold overall) {
        List<Target.Threshold> thresholds =
                steps.stream().map(step -> (Target.Threshold) step.target()).collect(Collectors.toList());
        if (thresholds.stream().anyMatch(step -> step.comparator() != overall.comparator())) {
            return cannot("The milestones and the overall target use different comparisons, so they cannot be"
                    + " checked against each other.");
        }
        Target.Step lastStep = steps.get(steps.size() - 1);
        if (overall.period() != null && !overall.period().equals(lastStep.period())) {
            return cannot("The last milestone is for " + lastStep.period().words() + " but the overall target is for "
                    + overall.period().words() + ", so they cannot be compared.");
        }
        BigDecimal last = thresholds.get(thresholds.size() - 1).value();
        boolean upwards =
                overall.comparator() == Target.Comparator.AT_LEAST || overall.comparator() == Target.Comparator.ABOVE;
        boolean enough = upwards ? last.compareTo(overall.value()) >= 0 : last.compareTo(overall.value()) <= 0;
        String values = Figures.joinedWithAnd(
                thresholds.stream().map(step -> Figures.asWritten(step.value())).collect(Collectors.toList()));
        String words = "The milestones (" + overall.comparator().words().toLowerCase(java.util.Locale.UK) + " "
                + values + ") end at " + Figures.asWritten(last) + " in "
                + lastStep.period().words() + ", which "
                + (enough ? "is at least as demanding as" : "is less demanding than") + " the overall target of "
                + Figures.asWritten(overall.value()) + ": " + conclusion(enough);
        return new MilestoneConsistency(verdict(enough), last, overall.value(), words);
    }

    private static String stepsInWords(List<Target.ChangeByPercent> changes, String noun) {
        boolean same = changes.stream()
                        .map(step -> step.percent().stripTrailingZeros())
                        .distinct()
                        .count()
                == 1;
        if (same) {
            return capitalised(count(changes.size())) + " annual " + noun + "s of "
                    + Figures.asWritten(changes.get(0).percent()) + "%";
        }
        return "Annual " + noun + "s of "
                + Figures.joinedWithAnd(changes.stream()
                        .map(step -> Figures.asWritten(step.percent()) + "%")
                        .collect(Collectors.toList()));
    }

    private static String product(List<BigDecimal> factors) {
        boolean same =
                factors.stream().map(BigDecimal::stripTrailingZeros).distinct().count() == 1;
        if (same && factors.size() > 1) {
            return plain(factors.get(0)) + power(factors.size());
        }
        return factors.stream().map(MilestoneConsistency::plain).collect(Collectors.joining(" × "));
    }

    private static String power(int exponent) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder text = new StringBuilder();
        for (char digit : Integer.toString(exponent).toCharArray()) {
            text.append(digits.charAt(digit - '0'));
        }
        return text.toString();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String count(int number) {
        String[] words = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
        return number < words.length ? words[number] : Integer.toString(number);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static Verdict verdict(boolean enough) {
        return enough ? Verdict.CONSISTENT : Verdict.INCONSISTENT;
    }

    private static String conclusion(boolean enough) {
        return enough
                ? "the milestones are consistent with the overall target."
                : "the milestones are not consistent with the overall target: every milestone could be met"
                        + " and the overall target still missed.";
    }

    private static MilestoneConsistency cannot(String words) {
        return new MilestoneConsistency(Verdict.CANNOT_BE_CHECKED, null, null, words);
    }
}
