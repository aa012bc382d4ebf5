package org.oversight.performance.measure;

import java.time.YearMonth;
import java.util.concurrent.ConcurrentHashMap;
import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.indicator.Indicator;
import org.oversight.plan.PlanMeasure;
import org.oversight.plan.Target;
import org.oversight.policedata.Area;
import org.springframework.stereotype.Component;

/**
 * Measures' figures kept once computed, for as long as the data they were computed from stand: the
 * same measure (as the plan writes it), area, month and indicator definition, with the same police
 * data version, observations revision and demonstration flag, give the same figures. Any import, or
 * a change to the plan or the indicator, computes them afresh (docs/adr/0017). Figures that also read
 * data without a revision (a peer group's average, a population) are always computed afresh.
 */
@Component
public class ComputedMeasures {

    /** Enough for every measure of several plans in every area and many months; beyond it, results are not kept. */
    static final int MAX_KEPT = 50_000;

    private final MeasureCalculator calculator;
    private final ConcurrentHashMap<Key, MeasurePerformance> kept = new ConcurrentHashMap<>();
    private volatile String keptFor = "";

    ComputedMeasures(MeasureCalculator calculator) {
        this.calculator = calculator;
    }

    private record Key(PlanMeasure measure, Area area, YearMonth asAt, Indicator indicator) {}

    /** The measure's figures as {@link MeasureCalculator#compute(PlanMeasure, Area, YearMonth, Reading)} gives them. */
    public MeasurePerformance compute(PlanMeasure measure, Area area, YearMonth asAt, Reading reading) {
        Indicator indicator =
                measure.indicator() == null ? null : reading.indicators().get(measure.indicator());
        if (indicator == null
                || measure.target() instanceof Target.BetterThanPeers
                || indicator.source() instanceof Indicator.PopulationRate) {
            return calculator.compute(measure, area, asAt, reading);
        }
        String state = reading.dataState();
        if (!state.equals(keptFor)) {
            synchronized (kept) {
                if (!state.equals(keptFor)) {
                    kept.clear();
                    keptFor = state;
                }
            }
        }
        Key key = new Key(measure, area, asAt, indicator);
        MeasurePerformance found = kept.get(key);
        if (found != null) {
            return found;
        }
        MeasurePerformance computed = calculator.compute(measure, area, asAt, reading);
        synchronized (kept) {
            // Kept only for the state it was computed from (the data read were at least that new).
            if (state.equals(keptFor) && kept.size() < MAX_KEPT) {
                kept.put(key, computed);
            }
        }
        return computed;
    }
}
