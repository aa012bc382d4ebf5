package org.oversight.performance.web;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.oversight.performance.MeasurePerformance;

/**
 * The performance overview of a plan version: one compact row per measure with figures, grouped by
 * objective in the plan's order, then the measures without data with only the reason; the filter
 * choices; and the coverage once at the top when every measure shares it.
 *
 * @param groups the measures with figures that pass the filters, by objective
 * @param withoutData the measures without figures that pass the filters
 * @param sharedCoverage the coverage words every measure with figures shares, or {@code null}
 *     (then each row's statement carries its own)
 */
record OverviewView(
        List<ObjectiveGroup> groups,
        List<NoDataRow> withoutData,
        String sharedCoverage,
        Set<String> objectives,
        Set<String> leads,
        Set<String> statuses,
        int shown,
        int total) {

    /** The overview's icon size: small enough that a row keeps to one line. */
    static final int ICON_SIZE = 30;

    /** The filters a reader chose; blank means all. */
    record Filters(String objective, String lead, String status) {
        boolean matches(MeasurePerformance m) {
            return (blank(objective) || objective.equals(m.objectiveNumber()))
                    && (blank(lead) || m.leads().contains(lead))
                    && (blank(status) || status.equals(m.targetStatusWords()));
        }
    }

    record ObjectiveGroup(String number, String title, List<MeasureRow> rows) {}

    /**
     * A measure with figures as its overview row shows it.
     *
     * @param latestValue the as-at month's value in its unit (“827”, “9.4%”)
     * @param latestMonth the as-at month, short (“Mar 2015”)
     * @param comparison the year-to-date comparison without the “year to date” its column heading says
     * @param coverage the coverage words when they differ between measures, otherwise {@code null}
     */
    record MeasureRow(
            MeasurePerformance measure,
            String latestValue,
            String latestMonth,
            String comparison,
            StatusTag status,
            String variationIcon,
            String assuranceIcon,
            String sparkline,
            String trendWords,
            String coverage) {}

    /** A measure without figures: only why. */
    record NoDataRow(MeasurePerformance measure, String reason) {}

    static OverviewView of(List<MeasurePerformance> all, Filters filters) {
        Set<String> objectives = new LinkedHashSet<>();
        Set<String> leads = new LinkedHashSet<>();
        Set<String> statuses = new LinkedHashSet<>();
        for (MeasurePerformance m : all) {
            objectives.add(m.objectiveNumber());
            leads.addAll(m.leads());
            if (m.targetStatusWords() != null) {
                statuses.add(m.targetStatusWords());
            }
        }
        String shared = sharedCoverage(all);
        Map<String, ObjectiveGroup> groups = new LinkedHashMap<>();
        List<NoDataRow> withoutData = new ArrayList<>();
        int shown = 0;
        for (MeasurePerformance m : all) {
            if (!filters.matches(m)) {
                continue;
            }
            shown++;
            if (!m.hasData()) {
                withoutData.add(new NoDataRow(m, reason(m)));
                continue;
            }
            groups.computeIfAbsent(
                            m.objectiveNumber(),
                            number -> new ObjectiveGroup(number, m.objectiveTitle(), new ArrayList<>()))
                    .rows()
                    .add(row(m, shared == null ? m.coverage() : null));
        }
        return new OverviewView(
                List.copyOf(groups.values()), withoutData, shared, objectives, leads, statuses, shown, all.size());
    }

    /** The coverage words when every measure with figures has the same, otherwise {@code null}. */
    static String sharedCoverage(List<MeasurePerformance> all) {
        Set<String> coverages = new LinkedHashSet<>();
        for (MeasurePerformance m : all) {
            if (m.hasData()) {
                coverages.add(m.coverage());
            }
        }
        if (coverages.size() != 1) {
            return null;
        }
        return coverages.iterator().next();
    }

    /** Why a measure has no figures, without the “No data yet:” the table's heading already says. */
    static String reason(MeasurePerformance m) {
        String reason = Objects.requireNonNullElse(m.noDataReason(), "");
        String prefix = "No data yet:";
        if (reason.startsWith(prefix)) {
            reason = reason.substring(prefix.length()).trim();
        }
        if (reason.isEmpty()) {
            return "No reason was given.";
        }
        return Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
    }

    private static MeasureRow row(MeasurePerformance m, String coverage) {
        return new MeasureRow(
                m,
                MeasureFigures.value(m.currentValue(), m.unit()),
                m.asAt() == null ? "" : shortMonth(YearMonth.parse(m.asAt())),
                comparison(m.comparisonWords()),
                StatusTag.of(m),
                SpcIcons.variation(m.spc(), ICON_SIZE),
                SpcIcons.assurance(m.spc(), ICON_SIZE),
                Sparkline.svg(m),
                Sparkline.words(m),
                coverage);
    }

    /**
     * The comparison as the overview's “Year to date” column shows it: “-2.6% (10,108 against
     * 10,383)” for “-2.6% year to date: 10,108 against 10,383”; words of another shape are shown as
     * they are, with a capital.
     */
    static String comparison(String words) {
        if (words == null || words.isBlank()) {
            return "–";
        }
        String phrase = " year to date: ";
        int at = words.indexOf(phrase);
        if (at > 0) {
            return words.substring(0, at) + " (" + words.substring(at + phrase.length()) + ")";
        }
        String leading = "year to date: ";
        String text = words.startsWith(leading) ? words.substring(leading.length()) : words;
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String shortMonth(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + month.getYear();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
