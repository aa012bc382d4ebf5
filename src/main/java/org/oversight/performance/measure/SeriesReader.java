package org.oversight.performance.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.oversight.performance.Observation;
import org.oversight.performance.Observations;
import org.oversight.performance.Population;
import org.oversight.performance.PopulationTotal;
import org.oversight.performance.indicator.Indicator;
import org.oversight.performance.period.Aggregation;
import org.oversight.performance.period.CountSeries;
import org.oversight.performance.period.IndicatorSeries;
import org.oversight.performance.period.LevelSeries;
import org.oversight.performance.period.MonthlySeries;
import org.oversight.performance.period.RateSeries;
import org.oversight.plan.MeasureUnit;
import org.oversight.policedata.Area;
import org.oversight.policedata.PoliceDataApi;
import org.springframework.stereotype.Component;

/**
 * Reads an indicator's monthly figures in an area, every month there are any: police-data counts and
 * rates from the stored counts (street crimes by area; stop and search records for the whole force
 * only, a search having no district), rates per 1,000 residents with the population reference data,
 * and imported observations. Police series are kept until the imports change.
 */
@Component
public class SeriesReader {

    private static final YearMonth EARLIEST = YearMonth.of(2000, 1);
    private static final YearMonth LATEST = YearMonth.of(2100, 12);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PoliceDataApi policeData;
    private final Observations observations;
    private final Population population;

    /** Police-data series already read, for the imports as they stood ({@link PoliceDataApi#dataVersion()}). */
    private final ConcurrentHashMap<String, IndicatorSeries> policeSeries = new ConcurrentHashMap<>();

    private volatile String cachedVersion = "";

    /** Observation series already read (they are small), for the observations as they stood ({@link Observations#revision()}). */
    private final ConcurrentHashMap<String, IndicatorSeries> observedSeries = new ConcurrentHashMap<>();

    private volatile String observedRevision = "";

    /** Whether demonstration data are loaded, as at {@link #cachedVersion}. */
    private volatile Boolean demonstration;

    SeriesReader(PoliceDataApi policeData, Observations observations, Population population) {
        this.policeData = policeData;
        this.observations = observations;
        this.population = population;
    }

    /**
     * The indicator's monthly figures in an area, every month there are any (complete or not). Call
     * {@link #refresh()} first, once for each request, so that the figures follow the imports.
     */
    public IndicatorSeries read(Indicator indicator, Area area) {
        Indicator.Source source = indicator.source();
        if (!source.isPoliceData() || source instanceof Indicator.PopulationRate) {
            return readNow(indicator, area);
        }
        String version = cachedVersion;
        String key = area.kind() + "|" + area.force() + "|" + area.name() + "|" + source;
        IndicatorSeries cached = policeSeries.get(key);
        if (cached == null) {
            cached = readNow(indicator, area);
            synchronized (policeSeries) {
                // A series read while an import changed the data is used once but not kept.
                if (version.equals(cachedVersion)) {
                    policeSeries.put(key, cached);
                }
            }
        }
        return cached;
    }

    /** The area's population for a rate per 1,000 residents; empty for other indicators or when none is stored. */
    public Optional<PopulationTotal> residents(Indicator indicator, Area area) {
        if (!(indicator.source() instanceof Indicator.PopulationRate)) {
            return Optional.empty();
        }
        return population.total(populationArea(indicator, area));
    }

    /** The population area of a rate: the force's as the catalogue names it, otherwise the area's own name. */
    public static String populationArea(Indicator indicator, Area area) {
        Indicator.PopulationRate rate = (Indicator.PopulationRate) indicator.source();
        return area.kind() == Area.Kind.FORCE ? rate.forcePopulationArea() : area.name();
    }

    /**
     * Observations of {@code code} in the area named, combined as the indicator combines months; kept
     * until the observations change ({@link #refresh()} checks, once for each request).
     */
    public IndicatorSeries observed(Indicator indicator, String code, String areaName) {
        String revision = observedRevision;
        String key = code + "|" + areaName + "|" + indicator.aggregation() + "|" + indicator.unit();
        IndicatorSeries cached = observedSeries.get(key);
        if (cached == null) {
            cached = observedNow(indicator, code, areaName);
            synchronized (observedSeries) {
                // A series read while an import changed the observations is used once but not kept.
                if (revision.equals(observedRevision)) {
                    observedSeries.put(key, cached);
                }
            }
        }
        return cached;
    }

    private IndicatorSeries observedNow(Indicator indicator, String code, String areaName) {
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
    public static MonthlySeries ratePerThousand(Map<YearMonth, Long> counts, long residents) {
        Map<YearMonth, BigDecimal> values = new TreeMap<>();
        BigDecimal denominator = BigDecimal.valueOf(residents);
        counts.forEach((month, n) -> values.put(
                month,
                BigDecimal.valueOf(n)
                        .multiply(BigDecimal.valueOf(1000))
                        .divide(denominator, 10, RoundingMode.HALF_UP)));
        return MonthlySeries.of(values);
    }

    private IndicatorSeries readNow(Indicator indicator, Area area) {
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
        if (source instanceof Indicator.StopSearchCount count) {
            if (area.kind() != Area.Kind.FORCE) {
                return new CountSeries(MonthlySeries.empty());
            }
            return new CountSeries(
                    monthly(policeData.monthlyStopSearchCounts(area.force(), count.searches(), EARLIEST, LATEST)));
        }
        if (source instanceof Indicator.StopSearchRate rate) {
            if (area.kind() != Area.Kind.FORCE) {
                return new RateSeries(MonthlySeries.empty(), MonthlySeries.empty(), HUNDRED);
            }
            MonthlySeries numerator = monthly(policeData.monthlyStopSearchCounts(
                    area.force(), rate.searches().and(rate.counted()), EARLIEST, LATEST));
            MonthlySeries denominator =
                    monthly(policeData.monthlyStopSearchCounts(area.force(), rate.searches(), EARLIEST, LATEST));
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

    /**
     * Empties the caches when the imports (police data, observations) have changed since they were
     * filled; answers the police data's version.
     */
    public String refresh() {
        String observed = observations.revision();
        if (!observed.equals(observedRevision)) {
            synchronized (observedSeries) {
                if (!observed.equals(observedRevision)) {
                    observedSeries.clear();
                    observedRevision = observed;
                }
            }
        }
        String current = policeData.dataVersion();
        if (!current.equals(cachedVersion)) {
            synchronized (policeSeries) {
                if (!current.equals(cachedVersion)) {
                    policeSeries.clear();
                    demonstration = null;
                    cachedVersion = current;
                }
            }
        }
        return current;
    }

    /**
     * What a request computes from: the data's version (refreshing the cache), whether demonstration
     * data are loaded (read once for each version) and the indicators given.
     */
    public Reading reading(java.util.Map<String, Indicator> indicators) {
        String version = refresh();
        Boolean demo = demonstration;
        if (demo == null) {
            demo = policeData.hasDemonstrationData();
            synchronized (policeSeries) {
                if (version.equals(cachedVersion)) {
                    demonstration = demo;
                }
            }
        }
        return new Reading(version, observedRevision, demo, indicators);
    }

    private static MonthlySeries monthly(Map<YearMonth, Long> counts) {
        Map<YearMonth, BigDecimal> values = new TreeMap<>();
        counts.forEach((month, n) -> values.put(month, BigDecimal.valueOf(n)));
        return MonthlySeries.of(values);
    }
}
