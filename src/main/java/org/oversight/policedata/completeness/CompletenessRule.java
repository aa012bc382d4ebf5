package org.oversight.policedata.completeness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.oversight.policedata.MonthCompleteness;
import org.oversight.policedata.MonthCompleteness.Judgement;
import org.oversight.policedata.MonthMark;
import org.oversight.policedata.PoliceDataKind;

/**
 * ADR 0008's rule. A month with no file while earlier and later months have one is <em>missing</em>.
 * A month is <em>too small</em> when its rows are fewer than {@code minShare} × the median rows of
 * its reference months: the up to {@code referenceMonths} nearest other imported months (nearest
 * first, the earlier month first on a tie), leaving out months marked incomplete. With fewer than
 * {@code minimumReferenceMonths} of them the month counts as complete. A mark wins over the rule.
 */
public final class CompletenessRule {

    private final double minShare;
    private final int referenceMonths;
    private final int minimumReferenceMonths;

    public CompletenessRule(double minShare, int referenceMonths, int minimumReferenceMonths) {
        if (!(minShare > 0 && minShare <= 1)) {
            throw new IllegalArgumentException("the minimum share must be more than 0 and at most 1, was " + minShare);
        }
        if (referenceMonths < 1) {
            throw new IllegalArgumentException("reference months must be at least 1, was " + referenceMonths);
        }
        if (minimumReferenceMonths < 1 || minimumReferenceMonths > referenceMonths) {
            throw new IllegalArgumentException(
                    "the minimum of reference months must be from 1 to the reference months (" + referenceMonths
                            + "), was " + minimumReferenceMonths);
        }
        this.minShare = minShare;
        this.referenceMonths = referenceMonths;
        this.minimumReferenceMonths = minimumReferenceMonths;
    }

    /**
     * Every month from the first to the last imported one, in order, missing months included.
     *
     * @param rowsByMonth the rows of each imported month
     * @param marks the analysts' marks by month (months outside the imported range are left out)
     */
    public List<MonthCompleteness> judge(
            String force,
            PoliceDataKind kind,
            SortedMap<YearMonth, Long> rowsByMonth,
            Map<YearMonth, MonthMark> marks) {
        List<MonthCompleteness> months = new ArrayList<>();
        if (rowsByMonth.isEmpty()) {
            return months;
        }
        for (YearMonth month = rowsByMonth.firstKey();
                !month.isAfter(rowsByMonth.lastKey());
                month = month.plusMonths(1)) {
            months.add(judgeMonth(force, kind, month, rowsByMonth, marks));
        }
        return months;
    }

    /**
     * One month: as in {@link #judge(String, PoliceDataKind, SortedMap, Map)} when it lies between
     * the first and last imported months; a marked month outside them is judged missing; otherwise
     * there is nothing to say.
     */
    public Optional<MonthCompleteness> judge(
            String force,
            PoliceDataKind kind,
            YearMonth month,
            SortedMap<YearMonth, Long> rowsByMonth,
            Map<YearMonth, MonthMark> marks) {
        boolean inRange = !rowsByMonth.isEmpty()
                && !month.isBefore(rowsByMonth.firstKey())
                && !month.isAfter(rowsByMonth.lastKey());
        if (!inRange && !marks.containsKey(month)) {
            return Optional.empty();
        }
        return Optional.of(judgeMonth(force, kind, month, rowsByMonth, marks));
    }

    /** One month, whether or not it lies among the imported months (outside them it is missing). */
    MonthCompleteness judgeMonth(
            String force,
            PoliceDataKind kind,
            YearMonth month,
            SortedMap<YearMonth, Long> rowsByMonth,
            Map<YearMonth, MonthMark> marks) {
        MonthMark mark = marks.get(month);
        Long rows = rowsByMonth.get(month);
        if (rows == null) {
            boolean gap = !rowsByMonth.isEmpty()
                    && month.isAfter(rowsByMonth.firstKey())
                    && month.isBefore(rowsByMonth.lastKey());
            String reason = "No " + kind.slug() + " file has been imported for this month"
                    + (gap ? ", though earlier and later months have one." : ".");
            return result(force, kind, month, 0, null, Judgement.MISSING, reason, mark);
        }
        List<Long> references = references(month, rowsByMonth, marks);
        if (references.size() < minimumReferenceMonths) {
            String reason = rows(rows) + "; counted as complete because "
                    + (references.isEmpty()
                            ? "no other month"
                            : "only " + references.size() + " other " + (references.size() == 1 ? "month" : "months"))
                    + " can be compared with it (" + minimumReferenceMonths + " are needed).";
            return result(force, kind, month, rows, null, Judgement.TOO_FEW_TO_COMPARE, reason, mark);
        }
        double median = median(references);
        long usual = Math.round(median);
        String expected = " (at least " + share() + " is expected).";
        if (rows < minShare * median) {
            return result(
                    force,
                    kind,
                    month,
                    rows,
                    usual,
                    Judgement.TOO_SMALL,
                    rows(rows) + ", far fewer than the " + number(usual) + " usual in the nearest months" + expected,
                    mark);
        }
        return result(
                force,
                kind,
                month,
                rows,
                usual,
                Judgement.COMPLETE,
                rows(rows) + " against the " + number(usual) + " usual in the nearest months" + expected,
                mark);
    }

    /**
     * The rows of the up to {@code referenceMonths} nearest other imported months, nearest first and
     * the earlier month first on a tie, leaving out months marked incomplete.
     */
    List<Long> references(YearMonth month, SortedMap<YearMonth, Long> rowsByMonth, Map<YearMonth, MonthMark> marks) {
        return rowsByMonth.keySet().stream()
                .filter(other -> !other.equals(month))
                .filter(other -> marks.get(other) == null || marks.get(other).complete())
                .sorted(Comparator.comparingLong((YearMonth other) -> Math.abs(ChronoUnit.MONTHS.between(month, other)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(referenceMonths)
                .map(rowsByMonth::get)
                .toList();
    }

    /** The middle value; with an even number of values, the mean of the middle two. */
    static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static MonthCompleteness result(
            String force,
            PoliceDataKind kind,
            YearMonth month,
            long rows,
            Long referenceRows,
            Judgement judgement,
            String ruleReason,
            MonthMark mark) {
        if (mark == null) {
            return new MonthCompleteness(
                    force, kind, month, rows, referenceRows, judgement, judgement.complete(), ruleReason, null);
        }
        String reason = "Marked " + (mark.complete() ? "complete" : "incomplete") + " by " + mark.markedBy()
                + (mark.note().isBlank() ? "" : ": \u201c" + mark.note() + "\u201d") + ". By the rule alone: "
                + Character.toLowerCase(ruleReason.charAt(0)) + ruleReason.substring(1);
        return new MonthCompleteness(force, kind, month, rows, referenceRows, judgement, mark.complete(), reason, mark);
    }

    /** The minimum share in words: "half", otherwise a percentage. */
    private String share() {
        if (minShare == 0.5) {
            return "half";
        }
        return BigDecimal.valueOf(minShare * 100)
                        .setScale(1, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString()
                + "% of that";
    }

    private static String rows(long n) {
        return number(n) + (n == 1 ? " row" : " rows");
    }

    private static String number(long n) {
        return String.format(Locale.UK, "%,d", n);
    }
}
