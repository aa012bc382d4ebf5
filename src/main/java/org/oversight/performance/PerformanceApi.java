package org.oversight.performance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.oversight.performance.indicator.Indicator;
import org.oversight.performance.indicator.IndicatorCatalogue;
import org.oversight.performance.period.Aggregation;
import org.oversight.performance.period.Comparisons;
import org.oversight.performance.period.CountSeries;
import org.oversight.performance.period.Figures;
import org.oversight.performance.period.IndicatorSeries;
import org.oversight.performance.period.LevelSeries;
import org.oversight.performance.period.MonthRange;
import org.oversight.performance.period.MonthlySeries;
import org.oversight.performance.period.PeriodComparison;
import org.oversight.performance.period.RateSeries;
import org.oversight.performance.spc.ChartPoint;
import org.oversight.performance.spc.Spc;
import org.oversight.performance.spc.SpcChart;
import org.oversight.performance.spc.SpcOptions;
import org.oversight.performance.target.MeasureDefinition;
import org.oversight.performance.target.PeerAverage;
import org.oversight.performance.target.ReferenceValues;
import org.oversight.performance.target.TargetEvaluation;
import org.oversight.performance.target.TargetEvaluator;
import org.oversight.plan.ImprovementDirection;
import org.oversight.plan.MeasureUnit;
import org.oversight.plan.PlanApi;
import org.oversight.plan.PlanMeasure;
import org.oversight.plan.Target;
import org.oversight.policedata.Area;
import org.oversight.policedata.PoliceDataApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every plan measure computed honestly: the indicator it reads, its monthly series, the year-to-date
 * comparison, the target status, the SPC chart and a plain-English statement of those facts. A
 * measure without figures says "No data yet" with the reason; no value is ever made up.
 */
@Service
public class PerformanceApi {

    private static final Logger log = LoggerFactory.getLogger(PerformanceApi.class);

    /** The SPC chart and the series shown cover at most this many months up to the as-at month. */
    public static final int MONTHS_SHOWN = 36;

    private static final YearMonth EARLIEST = YearMonth.of(2000, 1);
    private static final YearMonth LATEST = YearMonth.of(2100, 12);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PlanApi plans;
    private final PoliceDataApi policeData;
    private final Observations observations;
    private final IndicatorCatalogue catalogue;
    private final PeerGroups peerGroups;
    private final Population population;

    /**
     * Police-data series already read, for the imports as they stood ({@link #dataVersion}): reading
     * a series scans the force's stored counts, and the figures only change when a batch is imported
     * or removed, which changes the version and empties the cache.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, IndicatorSeries> policeSeries =
            new java.util.concurrent.ConcurrentHashMap<>();

    private volatile String cachedVersion = "";

    PerformanceApi(
            PlanApi plans,
            PoliceDataApi policeData,
            Observations observations,
            IndicatorCatalogue catalogue,
            PeerGroups peerGroups,
            Population population) {
        this.plans = plans;
        this.policeData = policeData;
        this.observations = observations;
        this.catalogue = catalogue;
        this.peerGroups = peerGroups;
        this.population = population;
    }

    /** The force whose data the plans read (a data.police.uk slug, {@code west-midlands}). */
    public String force() {
        return catalogue.force();
    }

    /** The areas figures can be shown for: the force, its districts, then the named area sets. */
    @Transactional(readOnly = true)
    public List<Area> areas() {
        List<Area> areas = new ArrayList<>();
        areas.add(Area.force(force()));
        for (String district : policeData.districts(force())) {
            areas.add(Area.district(force(), district));
        }
        for (org.oversight.policedata.AreaSet set : policeData.areaSets()) {
            areas.add(Area.areaSet(force(), set.name()));
        }
        return areas;
    }

    /**
     * The area a request names: the force for blank or the force's slug, an area set (such as the
     * Impact Areas) by its name, otherwise a district.
     */
    @Transactional(readOnly = true)
    public Area area(String name) {
        if (name == null || name.isBlank() || name.equals(force())) {
            return Area.force(force());
        }
        if (policeData.areaSets().stream().anyMatch(set -> set.name().equals(name))) {
            return Area.areaSet(force(), name);
        }
        return Area.district(force(), name);
    }

    /**
     * Every measure of a plan version for an area as at a month; {@code asAt} {@code null} means each
     * indicator's latest month with data. Empty when there is no such version.
     */
    @Transactional(readOnly = true)
    public List<MeasurePerformance> measures(String planKey, String versionLabel, Area area, YearMonth asAt) {
        boolean demonstration = refreshDataVersion();
        List<MeasurePerformance> result = new ArrayList<>();
        for (PlanMeasure measure : plans.measures(planKey, versionLabel)) {
            result.add(compute(measure, area, asAt, demonstration));
        }
        return result;
    }

    /** One measure, found by its objective number and ref; empty when there is no such measure. */
    @Transactional(readOnly = true)
    public Optional<MeasurePerformance> measure(
            String planKey, String versionLabel, String objectiveNumber, String measureRef, Area area, YearMonth asAt) {
        return find(planKey, versionLabel, objectiveNumber, measureRef)
                .map(m -> compute(m, area, asAt, refreshDataVersion()));
    }

    /**
     * A police-data measure's figures in each of the force's districts, as at the force's as-at
     * month; empty for observation measures and measures without an indicator.
     */
    @Transactional(readOnly = true)
    public List<MeasurePerformance.DistrictRow> districts(
            String planKey, String versionLabel, String objectiveNumber, String measureRef, YearMonth asAt) {
        Optional<PlanMeasure> found = find(planKey, versionLabel, objectiveNumber, measureRef);
        if (found.isEmpty()) {
            return List.of();
        }
        PlanMeasure measure = found.get();
        Optional<IndicatorCatalogue.Link> link = catalogue.link(planKey, versionLabel, measureRef);
        if (link.isEmpty()
                || link.get().indicator() == null
                || !link.get().indicator().source().isPoliceData()) {
            return List.of();
        }
        Indicator indicator = link.get().indicator();
        refreshDataVersion();
        YearMonth month = asAt;
        if (month == null) {
            month = series(indicator, Area.force(force()))
                    .lastMonthWithFigure(new MonthRange(EARLIEST, LATEST))
                    .orElse(null);
        }
        if (month == null) {
            return List.of();
        }
        List<MeasurePerformance.DistrictRow> rows = new ArrayList<>();
        for (String district : policeData.districts(force())) {
            IndicatorSeries data = series(indicator, Area.district(force(), district));
            BigDecimal current = data.over(MonthRange.of(month)).value();
            PeriodComparison ytd = new Comparisons(data).yearToDate(month);
            TargetEvaluation evaluation = evaluate(measure, indicator, data, month);
            rows.add(new MeasurePerformance.DistrictRow(
                    district,
                    current,
                    current == null ? "no figure" : Figures.inUnit(current, indicator.unit()),
                    ytd.words(indicator.unit()),
                    evaluation == null ? "no target" : evaluation.status().words()));
        }
        return rows;
    }

    private Optional<PlanMeasure> find(String planKey, String versionLabel, String objectiveNumber, String ref) {
        return plans.measures(planKey, versionLabel).stream()
                .filter(m -> m.ref().equals(ref)
                        && String.valueOf(m.objectiveNumber()).equals(objectiveNumber))
                .findFirst();
    }

    private MeasurePerformance compute(PlanMeasure measure, Area area, YearMonth asAt, boolean demonstration) {
        Optional<IndicatorCatalogue.Link> link =
                catalogue.link(measure.planKey(), measure.versionLabel(), measure.ref());
        if (link.isEmpty()) {
            return withoutData(measure, area, null, "no indicator has been defined for this measure.");
        }
        Indicator indicator = link.get().indicator();
        if (indicator == null) {
            return withoutData(
                    measure,
                    area,
                    null,
                    "no indicator can serve this measure. " + link.get().noIndicatorReason());
        }
        IndicatorSeries data = series(indicator, area);
        YearMonth month = asAt;
        if (month == null) {
            month = data.lastMonthWithFigure(new MonthRange(EARLIEST, LATEST)).orElse(null);
        }
        Optional<PopulationTotal> residents = residents(indicator, area);
        if (indicator.source() instanceof Indicator.PopulationRate && residents.isEmpty()) {
            return withoutData(
                    measure,
                    area,
                    indicator,
                    "no population figure has been imported for " + populationArea(indicator, area)
                            + " (./oversight population import).");
        }
        if (month == null) {
            String why = indicator.source().isPoliceData()
                    ? "no data.police.uk street data has been imported for " + areaWords(area) + "."
                    : "no observations of '" + indicator.name() + "' have been imported for " + areaWords(area) + ".";
            return withoutData(measure, area, indicator, why);
        }
        MeasureUnit unit = indicator.unit();
        List<MeasurePerformance.MonthPoint> points = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<BigDecimal> exact = new ArrayList<>();
        for (YearMonth m : new MonthRange(month.minusMonths(MONTHS_SHOWN - 1L), month).months()) {
            BigDecimal value = data.over(MonthRange.of(m)).value();
            if (value != null) {
                periods.add(m.toString());
                values.add(value.doubleValue());
                exact.add(value);
            }
        }
        TargetEvaluation evaluation = evaluate(measure, indicator, data, month);
        ImprovementDirection direction = direction(measure);
        Double monthlyTarget = monthlyTarget(evaluation, indicator.aggregation());
        SpcChart chart = null;
        if (periods.size() >= 2) {
            try {
                chart = Spc.calculate(
                        periods,
                        values,
                        SpcOptions.of(org.oversight.performance.spc.ImprovementDirection.fromCode(direction.code()))
                                .withTarget(monthlyTarget));
            } catch (IllegalArgumentException e) {
                log.warn("spc=failed measure={} reason={}", measure.ref(), e.getMessage());
            }
        }
        for (int i = 0; i < periods.size(); i++) {
            points.add(new MeasurePerformance.MonthPoint(
                    periods.get(i),
                    exact.get(i),
                    chart == null ? null : chart.points().get(i).pointType().code()));
        }
        MeasurePerformance.SpcSummary spc = chart == null ? null : summary(chart, monthlyTarget);
        BigDecimal current = data.over(MonthRange.of(month)).value();
        PeriodComparison ytd = new Comparisons(data).yearToDate(month);
        String latestWords = MonthRange.wordsFor(month);
        String statement = PerformanceStatement.write(
                indicator.name(), unit, ytd, spc, latestWords, evaluation == null ? null : evaluation.words());
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
                indicator.name(),
                residents.isPresent()
                        ? indicator.source().words() + "; population: "
                                + residents.get().words()
                        : indicator.source().words(),
                indicator.source().isPoliceData(),
                null,
                month.toString(),
                points,
                current,
                current == null ? "no figure for " + latestWords : Figures.inUnit(current, unit) + " in " + latestWords,
                ytd.words(unit),
                ytd.percentChange(),
                measure.targetWords(unit),
                evaluation == null ? null : evaluation.status().name().toLowerCase(java.util.Locale.ROOT),
                evaluation == null ? null : evaluation.status().words(),
                evaluation == null ? null : evaluation.words(),
                spc,
                indicator.source().isPoliceData() && demonstration,
                statement);
    }

    private static MeasurePerformance.SpcSummary summary(SpcChart chart, Double target) {
        ChartPoint last = chart.points().get(chart.points().size() - 1);
        int special = (int) chart.points().stream()
                .filter(p -> p.pointType().isSpecialCause())
                .count();
        return new MeasurePerformance.SpcSummary(
                chart.variation().code(),
                chart.variation().words(),
                last.value() > chart.centre(),
                chart.assurance() == null ? null : chart.assurance().code(),
                chart.assurance() == null ? null : chart.assurance().words(),
                chart.centre(),
                chart.lowerLimit(),
                chart.upperLimit(),
                chart.trial(),
                chart.assurance() == null ? null : target,
                special);
    }

    /**
     * The monthly target line: what the target requires for the judged months, per month for
     * counts (the required total spread evenly over the months), as is for rates and levels.
     */
    private static Double monthlyTarget(TargetEvaluation evaluation, Aggregation aggregation) {
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

    private static ImprovementDirection direction(PlanMeasure measure) {
        return measure.direction() == null ? ImprovementDirection.NEUTRAL : measure.direction();
    }

    TargetEvaluation evaluate(PlanMeasure measure, Indicator indicator, IndicatorSeries data, YearMonth month) {
        Target target = measure.target() == null ? new Target.Monitor() : measure.target();
        MeasureDefinition definition = new MeasureDefinition(indicator.name(), direction(measure), indicator.unit());
        try {
            ReferenceValues references = ReferenceValues.NONE;
            if (target instanceof Target.BetterThanPeers && definition.direction() != ImprovementDirection.NEUTRAL) {
                PeerComparison peers = peerAverage(((Target.BetterThanPeers) target).peerGroup(), indicator, month);
                if (peers.average() == null) {
                    return PeerComparison.noData(target, definition, month, peers.reason());
                }
                references = references.withPeerAverage(peers.average());
            }
            return new TargetEvaluator(definition, data, references).evaluate(target, month);
        } catch (RuntimeException e) {
            log.warn("target=not-evaluated measure={} reason={}", measure.ref(), e.getMessage());
            return null;
        }
    }

    /**
     * The peer group's average for the months a “better than peers” target is judged on as at
     * {@code month}: the plain mean of every member's figure for those months, from observations of
     * the same indicator (the indicator's code, or its observation code) with the member as area.
     * The group's version in force on the last day of those months is used. Every member must have
     * a figure; otherwise there is no average, never one of only some members.
     */
    PeerComparison peerAverage(String groupName, Indicator indicator, YearMonth month) {
        if (groupName == null || groupName.isBlank()) {
            return PeerComparison.missing("no peer group has been set");
        }
        Optional<PeerGroup> group = peerGroups.group(groupName);
        if (group.isEmpty()) {
            return PeerComparison.missing("no peer group has been set (none called '" + groupName + "' is stored)");
        }
        MonthRange months = TargetEvaluator.standingMonths(indicator.aggregation(), month);
        Optional<PeerGroupVersion> version = group.get().versionOn(months.last().atEndOfMonth());
        if (version.isEmpty() || version.get().members().isEmpty()) {
            return PeerComparison.missing("the " + groupName + " peer group has no version in force on "
                    + months.last().atEndOfMonth());
        }
        String code = indicator.source() instanceof Indicator.ObservationSeries
                ? ((Indicator.ObservationSeries) indicator.source()).observationCode()
                : indicator.code();
        List<String> missing = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (String member : version.get().members()) {
            BigDecimal value = observed(indicator, code, member).over(months).value();
            if (value == null) {
                missing.add(member);
            } else {
                sum = sum.add(value);
            }
        }
        if (!missing.isEmpty()) {
            return PeerComparison.missing("the " + groupName + " average for " + months.words()
                    + " needs every member's figure, and there is none for " + String.join(", ", missing));
        }
        BigDecimal average =
                sum.divide(BigDecimal.valueOf(version.get().members().size()), java.math.MathContext.DECIMAL64);
        return new PeerComparison(new PeerAverage(months, average), null);
    }

    /** A peer average, or why there is none. */
    record PeerComparison(PeerAverage average, String reason) {
        static PeerComparison missing(String reason) {
            return new PeerComparison(null, reason);
        }

        static TargetEvaluation noData(Target target, MeasureDefinition measure, YearMonth asAt, String reason) {
            return new TargetEvaluation(
                    target,
                    org.oversight.performance.target.TargetStatus.NO_DATA,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    reason,
                    measure.name() + ": the target cannot be judged as at " + MonthRange.wordsFor(asAt) + " because "
                            + reason + ".",
                    List.of());
        }
    }

    /** The area's population for a rate per 1,000 residents; empty for other indicators or when none is stored. */
    private Optional<PopulationTotal> residents(Indicator indicator, Area area) {
        if (!(indicator.source() instanceof Indicator.PopulationRate)) {
            return Optional.empty();
        }
        return population.total(populationArea(indicator, area));
    }

    /** The population area of a rate: the force's as the catalogue names it, otherwise the district's own name. */
    private static String populationArea(Indicator indicator, Area area) {
        Indicator.PopulationRate rate = (Indicator.PopulationRate) indicator.source();
        return area.kind() == Area.Kind.FORCE ? rate.forcePopulationArea() : area.name();
    }

    private MeasurePerformance withoutData(PlanMeasure measure, Area area, Indicator indicator, String reason) {
        String statement = PerformanceStatement.noData(reason);
        MeasureUnit unit = indicator != null ? indicator.unit() : measure.unit();
        return new MeasurePerformance(
                measure.planKey(),
                measure.versionLabel(),
                measure.objectiveNumber(),
                measure.objectiveTitle(),
                measure.ref(),
                measure.text(),
                measure.leads() == null ? List.of() : measure.leads(),
                direction(measure).code(),
                unit == null ? null : unit.code(),
                area.name(),
                indicator == null ? null : indicator.code(),
                indicator == null ? null : indicator.name(),
                indicator == null ? null : indicator.source().words(),
                indicator != null && indicator.source().isPoliceData(),
                statement,
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
                statement);
    }

    private String areaWords(Area area) {
        return area.kind() == Area.Kind.FORCE ? "the force area" : area.name();
    }

    /**
     * Checks the imports against the cached series, emptying the cache when a batch has been
     * imported or removed since; answers whether any batch is generated demonstration data.
     */
    private boolean refreshDataVersion() {
        StringBuilder version = new StringBuilder();
        boolean demonstration = false;
        for (org.oversight.policedata.ImportBatch batch : policeData.batches()) {
            version.append(batch.id()).append(':').append(batch.sha256()).append(';');
            demonstration |= batch.demonstration();
        }
        String current = version.toString();
        if (!current.equals(cachedVersion)) {
            synchronized (policeSeries) {
                policeSeries.clear();
                cachedVersion = current;
            }
        }
        return demonstration;
    }

    /** The indicator's monthly figures in an area, every month there are any. */
    IndicatorSeries series(Indicator indicator, Area area) {
        Indicator.Source source = indicator.source();
        if (source.isPoliceData() && !(source instanceof Indicator.PopulationRate)) {
            String key = area.kind() + "|" + area.name() + "|" + source;
            IndicatorSeries cached = policeSeries.get(key);
            if (cached == null) {
                String version = cachedVersion;
                cached = read(indicator, area);
                synchronized (policeSeries) {
                    // A series read while an import changed the data is used once but not kept.
                    if (version.equals(cachedVersion)) {
                        policeSeries.put(key, cached);
                    }
                }
            }
            return cached;
        }
        return read(indicator, area);
    }

    private IndicatorSeries read(Indicator indicator, Area area) {
        Indicator.Source source = indicator.source();
        if (source instanceof Indicator.StreetCount count) {
            return new CountSeries(monthly(
                    policeData.monthlyStreetCounts(area, count.crimeTypes(), count.lastOutcomes(), EARLIEST, LATEST)));
        }
        if (source instanceof Indicator.PositiveOutcomeRate rate) {
            MonthlySeries numerator = monthly(
                    policeData.monthlyStreetCounts(area, rate.crimeTypes(), rate.positiveOutcomes(), EARLIEST, LATEST));
            MonthlySeries denominator =
                    monthly(policeData.monthlyStreetCounts(area, rate.crimeTypes(), List.of(), EARLIEST, LATEST));
            return new RateSeries(numerator, denominator, HUNDRED);
        }
        if (source instanceof Indicator.PopulationRate rate) {
            Optional<PopulationTotal> residents = residents(indicator, area);
            if (residents.isEmpty() || residents.get().population() == 0) {
                return new CountSeries(MonthlySeries.empty());
            }
            return new CountSeries(ratePerThousand(
                    policeData.monthlyStreetCounts(area, rate.crimeTypes(), List.of(), EARLIEST, LATEST),
                    residents.get().population()));
        }
        Indicator.ObservationSeries observed = (Indicator.ObservationSeries) source;
        return observed(indicator, observed.observationCode(), area.name());
    }

    /** Observations of {@code code} in the area named, combined as the indicator combines months. */
    private IndicatorSeries observed(Indicator indicator, String code, String areaName) {
        List<Observation> stored = observations.series(code, areaName);
        SortedMap<YearMonth, BigDecimal> values = new TreeMap<>();
        SortedMap<YearMonth, BigDecimal> numerators = new TreeMap<>();
        SortedMap<YearMonth, BigDecimal> denominators = new TreeMap<>();
        boolean ratios = !stored.isEmpty();
        for (Observation o : stored) {
            YearMonth month = YearMonth.from(o.period().lastDay());
            if (o.value() != null) {
                values.put(month, o.value());
            }
            if (o.numerator() != null && o.denominator() != null) {
                numerators.put(month, o.numerator());
                denominators.put(month, o.denominator());
            } else {
                ratios = false;
            }
        }
        if (indicator.aggregation() == Aggregation.RATIO && ratios) {
            BigDecimal scale = indicator.unit() == MeasureUnit.RATE_PER_1000 ? BigDecimal.valueOf(1000) : HUNDRED;
            return new RateSeries(MonthlySeries.of(numerators), MonthlySeries.of(denominators), scale);
        }
        if (indicator.aggregation() == Aggregation.SUM) {
            return new CountSeries(MonthlySeries.of(values));
        }
        return new LevelSeries(MonthlySeries.of(values));
    }

    /**
     * Each month's count × 1,000 ÷ the population, rounded half up to ten decimal places so that the
     * months still add up to the period's rate; figures shown are rounded again for display.
     */
    static MonthlySeries ratePerThousand(Map<YearMonth, Long> counts, long residents) {
        Map<YearMonth, BigDecimal> values = new TreeMap<>();
        BigDecimal denominator = BigDecimal.valueOf(residents);
        counts.forEach((month, n) -> values.put(
                month,
                BigDecimal.valueOf(n)
                        .multiply(BigDecimal.valueOf(1000))
                        .divide(denominator, 10, java.math.RoundingMode.HALF_UP)));
        return MonthlySeries.of(values);
    }

    private static MonthlySeries monthly(Map<YearMonth, Long> counts) {
        Map<YearMonth, BigDecimal> values = new TreeMap<>();
        counts.forEach((month, n) -> values.put(month, BigDecimal.valueOf(n)));
        return MonthlySeries.of(values);
    }
}
