package org.oversight.performance;

import java.math.BigDecimal;
import java.util.List;

/**
 * A plan measure's performance for an area as at a month, built only from the data: the indicator
 * it reads (or why none), its monthly series, the latest value, the year-to-date comparison, the
 * target status, the SPC chart and a plain-English statement of those facts.
 *
 * @param indicatorCode the indicator read; {@code null} when the measure reads none
 * @param indicatorVersion the version of the indicator's definition the figures were computed with
 *     (an indicator's definition may change; figures say which produced them); {@code null} without one
 * @param noDataReason why there are no figures ("No data yet: …"); {@code null} when there are
 * @param asAt the month judged ({@code 2015-03}): the latest complete month that is not provisional;
 *     {@code null} without data
 * @param coverage the months the figures run to, in words, with any incomplete or provisional months
 *     after them (“Figures to March 2015; April 2015 is incomplete.”); {@code null} without data
 * @param currentValue the as-at month's value; {@code null} without data
 * @param demonstrationData whether the figures include generated demonstration data
 * @param yearToDate the financial year to date's figure up to the month judged (the whole year as
 *     at March), as the comparison computes it; {@code null} when not known
 * @param previousYearToDate the same months a year earlier; {@code null} when not known
 */
public record MeasurePerformance(
        String planKey,
        String versionLabel,
        String objectiveNumber,
        String objectiveTitle,
        String measureRef,
        String measureText,
        List<String> leads,
        String direction,
        String unit,
        String area,
        String indicatorCode,
        Integer indicatorVersion,
        String indicatorName,
        String indicatorSource,
        boolean policeData,
        String noDataReason,
        String asAt,
        String coverage,
        List<MonthPoint> series,
        BigDecimal currentValue,
        String currentWords,
        String comparisonWords,
        BigDecimal comparisonPercentChange,
        String targetWords,
        String targetStatus,
        String targetStatusWords,
        String targetSentence,
        SpcSummary spc,
        boolean demonstrationData,
        String statement,
        BigDecimal yearToDate,
        BigDecimal previousYearToDate) {

    public MeasurePerformance {
        leads = List.copyOf(leads);
        series = List.copyOf(series);
    }

    /** Whether there are figures. */
    public boolean hasData() {
        return noDataReason == null;
    }

    /**
     * A month's value and its SPC point type ({@code common_cause} …).
     *
     * @param pointType {@code null} for a provisional month, which takes no part in the SPC rules
     * @param provisional whether the month's outcomes are still being recorded (ADR 0008): drawn
     *     hollow, marked “provisional”, never judged
     */
    public record MonthPoint(String period, BigDecimal value, String pointType, boolean provisional) {}

    /**
     * The SPC chart of the monthly series in short.
     *
     * @param variation the latest point's type code ({@code special_cause_improvement})
     * @param high whether the latest point is above the centre (for the H/L icons)
     * @param assurance {@code consistent_pass|consistent_fail|inconsistent}, or {@code null} without a
     *     monthly target or direction
     * @param target the monthly target line, or {@code null}
     */
    public record SpcSummary(
            String variation,
            String variationWords,
            boolean high,
            String assurance,
            String assuranceWords,
            double centre,
            double lowerLimit,
            double upperLimit,
            boolean trial,
            Double target,
            int specialCausePoints) {}

    /**
     * A district's figures for a police-data measure; the rows of one measure are each district, then
     * the rows with no district recorded, then the whole force, so that the parts visibly add up.
     *
     * @param kind {@code district}, {@code no-district} or {@code force}
     */
    public record DistrictRow(
            String district,
            String kind,
            BigDecimal currentValue,
            String currentWords,
            String comparisonWords,
            String targetStatusWords) {

        /** Whether this is the whole force's row (the total of the others for counts). */
        public boolean total() {
            return "force".equals(kind);
        }
    }
}
