package org.oversight.performance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oversight.force.ForceApi;
import org.oversight.performance.indicator.IndicatorCatalogue;
import org.oversight.performance.measure.ComputedMeasures;
import org.oversight.performance.measure.DistrictComparison;
import org.oversight.performance.measure.MeasureCalculator;
import org.oversight.performance.measure.Reading;
import org.oversight.performance.measure.SeriesReader;
import org.oversight.performance.web.MeasureCharts;
import org.oversight.plan.PlanApi;
import org.oversight.plan.PlanMeasure;
import org.oversight.policedata.Area;
import org.oversight.policedata.AreaSet;
import org.oversight.policedata.PoliceDataApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every plan measure computed honestly: the indicator it reads, its monthly series (complete months
 * only, the latest outcome months provisional), the year-to-date comparison, the target status, the
 * SPC chart and a plain-English statement of those facts. A measure without figures says "No data
 * yet" with the reason; no value is ever made up. The work is done by {@code performance.measure}.
 */
@Service
public class PerformanceApi {

    /** The SPC chart and the series shown cover at most this many months up to the month judged. */
    public static final int MONTHS_SHOWN = MeasureCalculator.MONTHS_SHOWN;

    private final PlanApi plans;
    private final PoliceDataApi policeData;
    private final ForceApi forces;
    private final IndicatorCatalogue indicators;
    private final SeriesReader series;
    private final ComputedMeasures computed;
    private final DistrictComparison districts;

    PerformanceApi(
            PlanApi plans,
            PoliceDataApi policeData,
            ForceApi forces,
            IndicatorCatalogue indicators,
            SeriesReader series,
            ComputedMeasures computed,
            DistrictComparison districts) {
        this.plans = plans;
        this.policeData = policeData;
        this.forces = forces;
        this.indicators = indicators;
        this.series = series;
        this.computed = computed;
        this.districts = districts;
    }

    /** The force whose data the plans read (its data.police.uk slug); empty until the force is set. */
    public String force() {
        return forces.slug();
    }

    /** The areas figures can be shown for: the force, its districts, then the named area sets. */
    @Transactional(readOnly = true)
    public List<Area> areas() {
        String force = force();
        List<Area> areas = new ArrayList<>();
        areas.add(Area.force(force));
        if (force.isEmpty()) {
            return areas;
        }
        for (String district : policeData.districts(force)) {
            areas.add(Area.district(force, district));
        }
        for (AreaSet set : policeData.areaSets()) {
            areas.add(Area.areaSet(force, set.name()));
        }
        return areas;
    }

    /**
     * The area a request names exactly (case matters): the force for blank or the force's slug, a
     * district or an area set by its name; empty when there is no such area.
     */
    @Transactional(readOnly = true)
    public Optional<Area> findArea(String name) {
        String force = force();
        if (name == null || name.isBlank() || name.equals(force)) {
            return Optional.of(Area.force(force));
        }
        return areas().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /**
     * The area a request names: the force for blank or the force's slug, an area set (such as the
     * Impact Areas) by its name, otherwise a district.
     */
    @Transactional(readOnly = true)
    public Area area(String name) {
        String force = force();
        if (name == null || name.isBlank() || name.equals(force)) {
            return Area.force(force);
        }
        if (policeData.areaSets().stream().anyMatch(set -> set.name().equals(name))) {
            return Area.areaSet(force, name);
        }
        return Area.district(force, name);
    }

    /**
     * Every measure of a plan version for an area as at a month; {@code asAt} {@code null} means each
     * measure's latest month that is judged. Empty when there is no such version.
     */
    @Transactional(readOnly = true)
    public List<MeasurePerformance> measures(String planKey, String versionLabel, Area area, YearMonth asAt) {
        Reading reading = series.reading(indicators.current());
        List<MeasurePerformance> result = new ArrayList<>();
        for (PlanMeasure measure : plans.measures(planKey, versionLabel)) {
            result.add(computed.compute(measure, area, asAt, reading));
        }
        return result;
    }

    /** One measure, found by its objective number and ref; empty when there is no such measure. */
    @Transactional(readOnly = true)
    public Optional<MeasurePerformance> measure(
            String planKey, String versionLabel, String objectiveNumber, String measureRef, Area area, YearMonth asAt) {
        Reading reading = series.reading(indicators.current());
        return find(planKey, versionLabel, objectiveNumber, measureRef)
                .map(m -> computed.compute(m, area, asAt, reading));
    }

    /**
     * A police-data measure's figures in each of the force's districts, as at the month judged for
     * the force; empty for observation measures and measures without an indicator.
     */
    @Transactional(readOnly = true)
    public List<MeasurePerformance.DistrictRow> districts(
            String planKey, String versionLabel, String objectiveNumber, String measureRef, YearMonth asAt) {
        Reading reading = series.reading(indicators.current());
        return find(planKey, versionLabel, objectiveNumber, measureRef)
                .map(m -> districts.rows(m, force(), asAt, reading))
                .orElse(List.of());
    }

    /**
     * The measure page's SPC chart of a measure's figures (SVG, text alternative, data rows and the
     * variation and assurance in words), titled {@code title}; empty when there is no series to draw.
     * Nothing is read: it draws the figures given. For documents that show a measure as its page does
     * (the Board report, publications).
     */
    public Optional<MeasureChart> chart(MeasurePerformance measure, String title) {
        return MeasureCharts.of(measure, title);
    }

    private Optional<PlanMeasure> find(String planKey, String versionLabel, String objectiveNumber, String ref) {
        return plans.measures(planKey, versionLabel).stream()
                .filter(m -> m.ref().equals(ref)
                        && String.valueOf(m.objectiveNumber()).equals(objectiveNumber))
                .findFirst();
    }
}
