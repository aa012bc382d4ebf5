package org.oversight.plan;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.oversight.shared.ReportingPeriod;

/**
 * A measure's target as the plan writes it. Every kind seen in Police and Crime Plans can be
 * expressed; {@link #words(MeasureUnit)} says it in plain English for pages and reports.
 */
public sealed interface Target
        permits Target.ChangeByPercent,
                Target.ChangeByAmount,
                Target.ChangeOnBaseline,
                Target.Threshold,
                Target.Reach,
                Target.Maintain,
                Target.BetterThanPeers,
                Target.Milestones,
                Target.Monitor {

    /** The kind as written in plan files ({@code change-by-percent} …). */
    String kind();

    /** The target in words, e.g. "Reduce by 2% compared with 2013/14". */
    String words(MeasureUnit unit);

    /** Whether meeting this target moves the measure in the given direction of improvement. */
    boolean agreesWith(ImprovementDirection direction);

    enum Change {
        REDUCE,
        INCREASE;

        ImprovementDirection direction() {
            return this == REDUCE ? ImprovementDirection.DECREASE : ImprovementDirection.INCREASE;
        }

        String verb() {
            return this == REDUCE ? "Reduce" : "Increase";
        }
    }

    enum Comparator {
        AT_LEAST("At least"),
        AT_MOST("At most"),
        ABOVE("Above"),
        BELOW("Below");

        private final String words;

        Comparator(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        boolean upwards() {
            return this == AT_LEAST || this == ABOVE;
        }
    }

    enum MaintainComparator {
        AT_OR_ABOVE("at or above"),
        AT_OR_BELOW("at or below");

        private final String words;

        MaintainComparator(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Reduce or increase by a percentage against a baseline period. */
    record ChangeByPercent(Change change, BigDecimal percent, ReportingPeriod baseline, ReportingPeriod period)
            implements Target {
        public String kind() {
            return "change-by-percent";
        }

        public String words(MeasureUnit unit) {
            String text = change.verb() + " by " + number(percent) + "% compared with " + baseline.words();
            return period == null ? text : text + " (" + period.words() + ")";
        }

        public boolean agreesWith(ImprovementDirection direction) {
            return direction == change.direction();
        }
    }

    /** Reduce or increase by an absolute amount (+1,200 officers), optionally against a baseline and by a date. */
    record ChangeByAmount(Change change, BigDecimal amount, ReportingPeriod baseline, ReportingPeriod by)
            implements Target {
        public String kind() {
            return "change-by-amount";
        }

        public String words(MeasureUnit unit) {
            StringBuilder text = new StringBuilder(change.verb() + " by " + inUnit(amount, unit));
            if (baseline != null) {
                text.append(" compared with ").append(baseline.words());
            }
            if (by != null) {
                text.append(" by ").append(by.words());
            }
            return text.toString();
        }

        public boolean agreesWith(ImprovementDirection direction) {
            return direction == change.direction();
        }
    }

    /**
     * Any reduction (or increase) on a baseline period's level, the plan naming no size: "achieving
     * reductions on the numbers/rates seen in 2019/20". Met only strictly below (or above) that level.
     */
    record ChangeOnBaseline(Change change, ReportingPeriod baseline, ReportingPeriod period) implements Target {
        public String kind() {
            return "change-on-baseline";
        }

        public String words(MeasureUnit unit) {
            String text = change.verb() + (change == Change.REDUCE ? " below" : " above") + " the " + baseline.words()
                    + " level";
            return period == null ? text : text + " (" + period.words() + ")";
        }

        public boolean agreesWith(ImprovementDirection direction) {
            return direction == change.direction();
        }
    }

    /** At least / at most / above / below a value (≥ 50%, > 6%). */
    record Threshold(Comparator comparator, BigDecimal value, ReportingPeriod period) implements Target {
        public String kind() {
            return "threshold";
        }

        public String words(MeasureUnit unit) {
            String text = comparator.words() + " " + inUnit(value, unit);
            return period == null ? text : text + " in " + period.words();
        }

        public boolean agreesWith(ImprovementDirection direction) {
            return direction == ImprovementDirection.NEUTRAL
                    || comparator.upwards() == (direction == ImprovementDirection.INCREASE);
        }
    }

    /** Reach a value, optionally by a date. */
    record Reach(BigDecimal value, ReportingPeriod by) implements Target {
        public String kind() {
            return "reach";
        }

        public String words(MeasureUnit unit) {
            String text = "Reach " + inUnit(value, unit);
            return by == null ? text : text + " by " + by.words();
        }

        public boolean agreesWith(ImprovementDirection direction) {
            return true;
        }
    }

    /**
     * Maintain at or above (or below) a value, a baseline period's level, or with neither the level
     * when the plan began ("remain at the same level or higher").
     */
    record Maintain(MaintainComparator comparator, BigDecimal value, ReportingPeriod baseline) implements Target {
        public String kind() {
            return "maintain";
        }

        public String words(MeasureUnit unit) {
            StringBuilder text = new StringBuilder("Maintain " + comparator.words() + " ");
            if (value != null) {
                text.append(inUnit(value, unit));
                if (baseline != null) {
                    text.append(" (the ").append(baseline.words()).append(" level)");
                }
            } else if (baseline != null) {
                text.append("the ").append(baseline.words()).append(" level");
            } else {
                text.append("the level when the plan began");
            }
            return text.toString();
        }

        public boolean agreesWith(ImprovementDirection direction) {
            return direction == ImprovementDirection.NEUTRAL
                    || (comparator == MaintainComparator.AT_OR_ABOVE) == (direction == ImprovementDirection.INCREASE);
        }
    }

    /** Better than the average of a peer group (the most similar forces); the group is reference data. */
    record BetterThanPeers(String peerGroup) implements Target {
        public String kind() {
            return "better-than-peers";
        }

        public String words(MeasureUnit unit) {
            return "Better than the " + (peerGroup == null ? "peer group" : peerGroup) + " average";
        }

        public boolean agreesWith(ImprovementDirection direction) {
            return direction != ImprovementDirection.NEUTRAL;
        }
    }

    /** Annual milestone targets on the way to a target over the whole term (4% a year, 11% over three years). */
    record Milestones(List<Step> steps, Target overall) implements Target {
        public Milestones {
            steps = List.copyOf(steps);
        }

        public String kind() {
            return "milestones";
        }

        public String words(MeasureUnit unit) {
            String text = steps.stream()
                    .map(step -> step.period().words() + ": "
                            + lowerFirst(step.target().words(unit)))
                    .collect(Collectors.joining("; "));
            return overall == null ? text : text + "; overall: " + lowerFirst(overall.words(unit));
        }

        public boolean agreesWith(ImprovementDirection direction) {
            return steps.stream().allMatch(step -> step.target().agreesWith(direction))
                    && (overall == null || overall.agreesWith(direction));
        }
    }

    /** One annual milestone. */
    record Step(ReportingPeriod period, Target target) {}

    /** No target: the measure is monitored against its direction of improvement. */
    record Monitor() implements Target {
        public String kind() {
            return "monitor";
        }

        public String words(MeasureUnit unit) {
            return "Monitor (no numeric target)";
        }

        public boolean agreesWith(ImprovementDirection direction) {
            return true;
        }
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** A plain number with thousands separators: 1,200 or 2.5. */
    private static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(value);
    }

    /** A value in its unit: 50%, 1,200, £6,969,000, 30 days, 4.5 per 1,000. */
    private static String inUnit(BigDecimal value, MeasureUnit unit) {
        if (unit == null) {
            return number(value);
        }
        return switch (unit) {
            case PERCENT -> number(value) + "%";
            case POUNDS -> "£" + number(value);
            case DAYS -> number(value) + " days";
            case RATE_PER_1000 -> number(value) + " per 1,000";
            case COUNT, NUMBER, SCORE -> number(value);
        };
    }
}
