package org.oversight.performance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built {@link MeasurePerformance} values for page tests: by default a burglary count measure
 * for the whole force with 24 common-cause months to March 2015, met, with trial-free limits.
 */
public final class MeasurePerformanceBuilder {

    private String planKey = "wm-police-and-crime-plan";
    private String versionLabel = "2014-15";
    private String objectiveNumber = "4.6";
    private String objectiveTitle = "Reduce crime and offending";
    private String measureRef = "4.6-m3";
    private String measureText = "Reduce burglary by 2 per cent";
    private List<String> leads = List.of("ACC Crime");
    private String unit = "count";
    private String area = "west-midlands";
    private String indicatorName = "Burglary";
    private boolean policeData = true;
    private String noDataReason;
    private String asAt = "2015-03";
    private String coverage = "Figures to March 2015.";
    private List<MeasurePerformance.MonthPoint> series = months(YearMonth.of(2013, 4), 24, 800, 40);
    private BigDecimal currentValue = BigDecimal.valueOf(827);
    private String comparisonWords = "-2.6% year to date: 10,108 against 10,383";
    private String targetStatus = "met";
    private String targetStatusWords = "met";
    private MeasurePerformance.SpcSummary spc = new MeasurePerformance.SpcSummary(
            "common_cause", "common cause", true, null, null, 820.0, 700.0, 940.0, false, null, 0);
    private String statement = "Burglary is 2.6% lower than last year to date (10,108 against 10,383).";

    private MeasurePerformanceBuilder() {}

    public static MeasurePerformanceBuilder aMeasurePerformance() {
        return new MeasurePerformanceBuilder();
    }

    /** Months from {@code first}, values {@code base}, base + step, base, base + step… all common cause. */
    public static List<MeasurePerformance.MonthPoint> months(YearMonth first, int count, int base, int step) {
        List<MeasurePerformance.MonthPoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            points.add(new MeasurePerformance.MonthPoint(
                    first.plusMonths(i).toString(), BigDecimal.valueOf(base + (i % 2) * step), "common_cause", false));
        }
        return points;
    }

    public MeasurePerformanceBuilder withObjective(String number, String title) {
        this.objectiveNumber = number;
        this.objectiveTitle = title;
        return this;
    }

    public MeasurePerformanceBuilder withMeasure(String ref, String text) {
        this.measureRef = ref;
        this.measureText = text;
        return this;
    }

    public MeasurePerformanceBuilder withUnit(String unit) {
        this.unit = unit;
        return this;
    }

    public MeasurePerformanceBuilder withIndicatorName(String name) {
        this.indicatorName = name;
        return this;
    }

    public MeasurePerformanceBuilder withPoliceData(boolean policeData) {
        this.policeData = policeData;
        return this;
    }

    public MeasurePerformanceBuilder withCoverage(String coverage) {
        this.coverage = coverage;
        return this;
    }

    public MeasurePerformanceBuilder withSeries(List<MeasurePerformance.MonthPoint> series) {
        this.series = series;
        return this;
    }

    public MeasurePerformanceBuilder withCurrentValue(BigDecimal value) {
        this.currentValue = value;
        return this;
    }

    public MeasurePerformanceBuilder withComparisonWords(String words) {
        this.comparisonWords = words;
        return this;
    }

    public MeasurePerformanceBuilder withTargetStatus(String status, String words) {
        this.targetStatus = status;
        this.targetStatusWords = words;
        return this;
    }

    public MeasurePerformanceBuilder withSpc(MeasurePerformance.SpcSummary spc) {
        this.spc = spc;
        return this;
    }

    public MeasurePerformanceBuilder withStatement(String statement) {
        this.statement = statement;
        return this;
    }

    public MeasurePerformanceBuilder withLeads(List<String> leads) {
        this.leads = leads;
        return this;
    }

    /** No figures, for the reason given (“No data yet: …”, as {@code PerformanceApi} words it). */
    public MeasurePerformanceBuilder withoutData(String reason) {
        this.noDataReason = reason;
        this.statement = reason;
        this.asAt = null;
        this.coverage = null;
        this.series = List.of();
        this.currentValue = null;
        this.comparisonWords = null;
        this.targetStatus = "no_data";
        this.targetStatusWords = "no data";
        this.spc = null;
        return this;
    }

    public MeasurePerformance build() {
        boolean hasData = noDataReason == null;
        return new MeasurePerformance(
                planKey,
                versionLabel,
                objectiveNumber,
                objectiveTitle,
                measureRef,
                measureText,
                leads,
                "decrease",
                unit,
                area,
                "burglary",
                hasData ? 1 : null,
                indicatorName,
                "data.police.uk street crimes: Burglary",
                policeData,
                noDataReason,
                asAt,
                coverage,
                series,
                currentValue,
                hasData ? currentValue + " in March 2015" : null,
                comparisonWords,
                hasData ? new BigDecimal("-2.6") : null,
                "Reduce by 2% compared with 2013/14",
                targetStatus,
                targetStatusWords,
                null,
                spc,
                false,
                statement,
                null,
                null);
    }
}
