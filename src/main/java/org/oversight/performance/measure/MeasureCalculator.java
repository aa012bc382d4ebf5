package org.oversight.performance.measure;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.PopulationTotal;
import org.oversight.performance.indicator.Indicator;
import org.oversight.performance.period.Aggregation;
import org.oversight.performance.period.Comparisons;
import org.oversight.performance.period.Figures;
import org.oversight.performance.period.IndicatorSeries;
import org.oversight.performance.period.MonthRange;
import org.oversight.performance.period.PeriodComparison;
import org.oversight.performance.spc.Spc;
import org.oversight.performance.spc.SpcChart;
import org.oversight.performance.spc.SpcOptions;
import org.oversight.performance.target.TargetEvaluation;
import org.oversight.plan.ImprovementDirection;
import org.oversight.plan.MeasureUnit;
import org.oversight.plan.PlanMeasure;
import org.oversight.policedata.Area;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Computes one measure for an area as at a month: the indicator's series, the months that count
 * (ADR 0008), the year-to-date comparison, the target judgement, the SPC chart and the statement.
 */
@Component
public class MeasureCalculator {

    private static final Logger log = LoggerFactory.getLogger(MeasureCalculator.class);

    /** The SPC chart and the series shown cover at most this many months up to the month judged. */
    public static final int MONTHS_SHOWN = 36;

    static final MonthRange ALL_TIME = new MonthRange(YearMonth.of(2000, 1), YearMonth.of(2100, 12));

    private final SeriesReader series;
    private final CoverageReader coverage;
    private final TargetJudge judge;

    MeasureCalculator(SeriesReader series, CoverageReader coverage, TargetJudge judge) {
        this.series = series;
        this.coverage = coverage;
        this.judge = judge;
    }

    /** A measure's figures; {@code asAt} {@code null} means its latest month that is judged. */
    public MeasurePerformance compute(PlanMeasure measure, Area area, YearMonth asAt, Reading reading) {
        if (measure.indicator() == null) {
            return withoutData(
                    measure,
                    area,
                    null,
                    measure.noIndicatorReason() != null
                            ? "no indicator can serve this measure. " + measure.noIndicatorReason()
                            : "no indicator has been linked to this measure.");
        }
        Indicator found = reading.indicators().get(measure.indicator());
        if (found == null) {
            return withoutData(
                    measure, area, null, "its indicator '" + measure.indicator() + "' is not defined (Indicators).");
        }
        return compute(measure, area, found, asAt, reading);
    }

    /** A measure's figures from a given indicator (the one it is linked to, or one being tried). */
    public MeasurePerformance compute(
            PlanMeasure measure, Area area, Indicator indicator, YearMonth asAt, Reading reading) {
        if (indicator.source().isPoliceData() && area.force().isEmpty()) {
            return withoutData(
                    measure,
                    area,
                    indicator,
                    "Oversight has not been set up for a police force yet (an administrator does it under Settings).");
        }
        if (!indicator.source().byDistrict() && indicator.source().isPoliceData() && area.kind() != Area.Kind.FORCE) {
            return withoutData(
                    measure,
                    area,
                    indicator,
                    "stop and search figures are for the whole force area only: a search is published with"
                            + " coordinates but no LSOA, so it has no district.");
        }
        Optional<PopulationTotal> residents = series.residents(indicator, area);
        if (indicator.source() instanceof Indicator.PopulationRate && residents.isEmpty()) {
            return withoutData(
                    measure,
                    area,
                    indicator,
                    "no population figure has been imported for " + SeriesReader.populationArea(indicator, area)
                            + " (./oversight population import).");
        }
        return compute(
                measure,
                area,
                indicator,
                residents,
                series.read(indicator, area),
                coverage.of(indicator, area.force(), reading.dataVersion()),
                asAt,
                reading.demonstration());
    }

    /** The figures of a measure from its indicator's series as read and the months that count. */
    MeasurePerformance compute(
            PlanMeasure measure,
            Area area,
            Indicator indicator,
            Optional<PopulationTotal> residents,
            IndicatorSeries raw,
            Coverage months,
            YearMonth asAt,
            boolean demonstration) {
        IndicatorSeries shown = months.shown(raw);
        IndicatorSeries judged = months.judged(raw);
        YearMonth month = judgedMonth(asAt, judged, months);
        if (month == null) {
            return withoutData(measure, area, indicator, noFiguresReason(indicator, area, raw, months));
        }
        return new Computation(measure, area, indicator, residents, shown, judged, months, month, asAt)
                .result(demonstration);
    }

    /**
     * The month judged: the latest month that is judged, or the month asked for — moved back to the
     * latest judged month before it when it is itself incomplete or provisional.
     */
    static YearMonth judgedMonth(YearMonth asAt, IndicatorSeries judged, Coverage months) {
        if (asAt == null) {
            return judged.lastMonthWithFigure(ALL_TIME).orElse(null);
        }
        if (months.isSetAside(asAt)) {
            return judged.lastMonthWithFigure(new MonthRange(ALL_TIME.first(), asAt))
                    .orElse(null);
        }
        return asAt;
    }

    private String noFiguresReason(Indicator indicator, Area area, IndicatorSeries raw, Coverage months) {
        if (raw.lastMonthWithFigure(ALL_TIME).isPresent()
                && !months.incomplete().isEmpty()) {
            return "every month of data.police.uk "
                    + indicator.source().policeData().words() + " data imported for "
                    + areaWords(area) + " is incomplete ("
                    + Figures.months(List.copyOf(months.incomplete().keySet())) + ").";
        }
        if (raw.lastMonthWithFigure(ALL_TIME).isPresent()) {
            return "every month imported is provisional (" + Figures.months(List.copyOf(months.provisional()))
                    + "): outcomes are still being recorded.";
        }
        if (indicator.source().isPoliceData()) {
            return "no data.police.uk " + indicator.source().policeData().words() + " data has been imported for "
                    + areaWords(area) + ".";
        }
        return "no observations of '" + indicator.name() + "' have been imported for " + areaWords(area) + ".";
    }

    /** One measure being computed. */
    private final class Computation {
        private final PlanMeasure measure;
        private final Area area;
        private final Indicator indicator;
        private final Optional<PopulationTotal> residents;
        private final IndicatorSeries shown;
        private final IndicatorSeries judged;
        private final Coverage months;
        private final YearMonth month;
        private final YearMonth asked;

        Computation(
                PlanMeasure measure,
                Area area,
                Indicator indicator,
                Optional<PopulationTotal> residents,
                IndicatorSeries shown,
                IndicatorSeries judged,
                Coverage months,
                YearMonth month,
                YearMonth asked) {
            this.measure = measure;
            this.area = area;
            this.indicator = indicator;
            this.residents = residents;
            this.shown = shown;
            this.judged = judged;
            this.months = months;
            this.month = month;
            this.asked = asked;
        }

        MeasurePerformance result(boolean demonstration) {
            MeasureUnit unit = indicator.unit();
            ImprovementDirection direction = TargetJudge.direction(measure);
            MonthRange window = new MonthRange(month.minusMonths(MONTHS_SHOWN - 1L), lastShown());
            List<YearMonth> judgedMonths = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (YearMonth m : new MonthRange(window.first(), month).months()) {
                BigDecimal value = judged.over(MonthRange.of(m)).value();
                if (value != null) {
                    judgedMonths.add(m);
                    values.add(value.doubleValue());
                }
            }
            TargetEvaluation evaluation = judge.evaluate(measure, indicator, judged, month);
            Double monthlyTarget = monthlyTarget(evaluation, indicator.aggregation());
            SpcChart chart = chart(judgedMonths, values, direction, monthlyTarget);
            List<MeasurePerformance.MonthPoint> points = points(window, judgedMonths, chart);
            MeasurePerformance.SpcSummary spc = chart == null ? null : SpcSummaries.of(chart, monthlyTarget, direction);
            BigDecimal current = judged.over(MonthRange.of(month)).value();
            PeriodComparison ytd = new Comparisons(judged).yearToDate(month);
            YearMonth lastFigure = judged.lastMonthWithFigure(new MonthRange(ALL_TIME.first(), month))
                    .orElse(null);
            String coverage = months.words(month, lastFigure, window);
            String statement = MeasureStatement.write(new MeasureStatement.Facts(
                    coverage,
                    indicator.name(),
                    unit,
                    direction,
                    ytd,
                    spc,
                    judgedMonths.isEmpty() ? null : MonthRange.wordsFor(judgedMonths.get(judgedMonths.size() - 1)),
                    evaluation));
            String latestWords = MonthRange.wordsFor(month);
            return new MeasurePerformance(
                    measure.planKey(),
                    measure.versionLabel(),
                    measure.objectiveNumber(),
                    measure.objectiveTitle(),
                    measure.ref(),
                    measure.text(),
                    measure.leads() == null ? List.of() : measure.leads(),
                    direction.code(),
                    unit.code(),
                    area.name(),
                    indicator.code(),
                    indicator.version(),
                    indicator.name(),
                    residents.isPresent()
                            ? indicator.source().words() + "; population: "
                                    + residents.get().words()
                            : indicator.source().words(),
                    indicator.source().isPoliceData(),
                    null,
                    month.toString(),
                    coverage,
                    points,
                    current,
                    current == null
                            ? "no figure for " + latestWords
                            : Figures.inUnit(current, unit) + " in " + latestWords,
                    ytd.words(unit),
                    ytd.percentChange(),
                    measure.targetWords(unit),
                    evaluation == null ? null : evaluation.status().name().toLowerCase(java.util.Locale.ROOT),
                    evaluation == null ? null : evaluation.status().words(),
                    evaluation == null ? null : evaluation.words(),
                    spc,
                    indicator.source().isPoliceData() && demonstration,
                    statement,
                    ytd.currentValue(),
                    ytd.comparisonValue());
        }

        /** The last month shown: the month judged, or the last provisional month after it (up to the month asked for). */
        private YearMonth lastShown() {
            YearMonth last = month;
            for (YearMonth m : months.provisional()) {
                if (m.isAfter(last) && (asked == null || !m.isAfter(asked))) {
                    last = m;
                }
            }
            return last;
        }

        private SpcChart chart(
                List<YearMonth> judgedMonths, List<Double> values, ImprovementDirection direction, Double target) {
            if (judgedMonths.size() < 2) {
                return null;
            }
            try {
                return Spc.calculate(
                        judgedMonths.stream().map(YearMonth::toString).toList(),
                        values,
                        SpcOptions.of(org.oversight.performance.spc.ImprovementDirection.fromCode(direction.code()))
                                .withTarget(target));
            } catch (IllegalArgumentException e) {
                log.warn("spc=failed measure={} reason={}", measure.ref(), e.getMessage());
                return null;
            }
        }

        /** The judged months with their point types, then the provisional months after them, hollow. */
        private List<MeasurePerformance.MonthPoint> points(
                MonthRange window, List<YearMonth> judgedMonths, SpcChart chart) {
            List<MeasurePerformance.MonthPoint> points = new ArrayList<>();
            for (YearMonth m : window.months()) {
                BigDecimal value = shown.over(MonthRange.of(m)).value();
                if (value == null) {
                    continue;
                }
                int index = judgedMonths.indexOf(m);
                if (index >= 0) {
                    String type = chart == null
                            ? null
                            : chart.points().get(index).pointType().code();
                    points.add(new MeasurePerformance.MonthPoint(m.toString(), value, type, false));
                } else if (months.isProvisional(m)) {
                    points.add(new MeasurePerformance.MonthPoint(m.toString(), value, null, true));
                }
            }
            return points;
        }
    }

    /**
     * The monthly target line: what the target requires for the judged months, per month for
     * counts (the required total spread evenly over the months), as is for rates and levels.
     */
    static Double monthlyTarget(TargetEvaluation evaluation, Aggregation aggregation) {
        if (evaluation == null) {
            return null;
        }
        TargetEvaluation judged = evaluation;
        if (judged.required() == null && !judged.parts().isEmpty()) {
            judged = judged.parts().get(0);
        }
        if (judged.required() == null || judged.actualMonths() == null) {
            return null;
        }
        if (aggregation == Aggregation.SUM) {
            return judged.required().doubleValue() / judged.actualMonths().size();
        }
        return judged.required().doubleValue();
    }

    /** A measure without figures, and why. */
    public MeasurePerformance withoutData(PlanMeasure measure, Area area, Indicator indicator, String reason) {
        String statement = MeasureStatement.noData(reason);
        MeasureUnit unit = indicator != null ? indicator.unit() : measure.unit();
        return new MeasurePerformance(
                measure.planKey(),
                measure.versionLabel(),
                measure.objectiveNumber(),
                measure.objectiveTitle(),
                measure.ref(),
                measure.text(),
                measure.leads() == null ? List.of() : measure.leads(),
                TargetJudge.direction(measure).code(),
                unit == null ? null : unit.code(),
                area.name(),
                indicator == null ? null : indicator.code(),
                indicator == null ? null : indicator.version(),
                indicator == null ? null : indicator.name(),
                indicator == null ? null : indicator.source().words(),
                indicator != null && indicator.source().isPoliceData(),
                statement,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                measure.targetWords(unit),
                "no_data",
                "no data",
                null,
                null,
                false,
                statement,
                null,
                null);
    }

    private static String areaWords(Area area) {
        return area.kind() == Area.Kind.FORCE ? "the force area" : area.name();
    }
}
