package org.oversight.performance.measure;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.indicator.Indicator;
import org.oversight.performance.period.Comparisons;
import org.oversight.performance.period.Figures;
import org.oversight.performance.period.IndicatorSeries;
import org.oversight.performance.period.MonthRange;
import org.oversight.performance.period.PeriodComparison;
import org.oversight.performance.target.TargetEvaluation;
import org.oversight.plan.PlanMeasure;
import org.oversight.policedata.Area;
import org.oversight.policedata.PoliceDataApi;
import org.springframework.stereotype.Component;

/** A police-data measure's figures in each of the force's districts, as at one month. */
@Component
public class DistrictComparison {

    private final PoliceDataApi policeData;
    private final SeriesReader series;
    private final CoverageReader coverage;
    private final TargetJudge judge;

    DistrictComparison(PoliceDataApi policeData, SeriesReader series, CoverageReader coverage, TargetJudge judge) {
        this.policeData = policeData;
        this.series = series;
        this.coverage = coverage;
        this.judge = judge;
    }

    /**
     * Each district's figures as at {@code asAt} (the force's month judged when {@code null}), then
     * the rows with no district recorded and the whole force, so that the districts visibly add up
     * to the force; empty for observation and stop and search measures (searches have no district) and
     * measures without an indicator.
     */
    public List<MeasurePerformance.DistrictRow> rows(
            PlanMeasure measure, String force, YearMonth asAt, Reading reading) {
        Optional<Indicator> linked = measure.indicator() == null
                ? Optional.empty()
                : Optional.ofNullable(reading.indicators().get(measure.indicator()));
        if (linked.isEmpty() || !linked.get().source().byDistrict() || force.isEmpty()) {
            return List.of();
        }
        Indicator indicator = linked.get();
        Coverage months = coverage.of(indicator, force, reading.dataVersion());
        YearMonth month =
                MeasureCalculator.judgedMonth(asAt, months.judged(series.read(indicator, Area.force(force))), months);
        if (month == null) {
            return List.of();
        }
        List<Area> areas = new ArrayList<>();
        for (String district : policeData.districts(force)) {
            areas.add(Area.district(force, district));
        }
        areas.add(Area.noDistrict(force));
        areas.add(Area.force(force));
        List<MeasurePerformance.DistrictRow> rows = new ArrayList<>();
        for (Area area : areas) {
            IndicatorSeries data = months.judged(series.read(indicator, area));
            BigDecimal current = data.over(MonthRange.of(month)).value();
            PeriodComparison ytd = new Comparisons(data).yearToDate(month);
            TargetEvaluation evaluation = judge.evaluate(measure, indicator, data, month);
            rows.add(new MeasurePerformance.DistrictRow(
                    area.kind() == Area.Kind.FORCE ? "Whole force area" : area.name(),
                    switch (area.kind()) {
                        case FORCE -> "force";
                        case NO_DISTRICT -> "no-district";
                        default -> "district";
                    },
                    current,
                    current == null ? "no figure" : Figures.inUnit(current, indicator.unit()),
                    ytd.words(indicator.unit()),
                    evaluation == null ? "no target" : evaluation.status().words()));
        }
        return rows;
    }
}
