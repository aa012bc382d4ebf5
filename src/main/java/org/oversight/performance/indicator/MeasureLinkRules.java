package org.oversight.performance.indicator;

import java.util.Optional;
import org.oversight.plan.IndicatorLinkCheck;
import org.oversight.plan.MeasureUnit;
import org.oversight.plan.PlanApi;
import org.oversight.plan.PlanMeasure;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Whether a measure may read an indicator: the indicator must exist, and give its figures in the
 * unit the measure (and so its target) is written in — a count cannot be judged against a
 * percentage. The plan register asks before it stores a link, from a plan file or a page.
 */
@Component
public class MeasureLinkRules implements IndicatorLinkCheck, SmartInitializingSingleton {

    private final IndicatorCatalogue catalogue;
    private final PlanApi plans;

    // Lazy: this bean is made at start-up even in a command (it registers itself with the plan
    // register), and the catalogue would bring the police data with it; it is needed only to check a link.
    MeasureLinkRules(@Lazy IndicatorCatalogue catalogue, PlanApi plans) {
        this.catalogue = catalogue;
        this.plans = plans;
    }

    /** The plan register checks every link with these rules (it cannot depend on this module). */
    @Override
    public void afterSingletonsInstantiated() {
        plans.checkIndicatorLinksWith(this);
    }

    @Override
    public Optional<String> problem(PlanMeasure measure, String indicatorCode) {
        Optional<Indicator> found = catalogue.find(indicatorCode);
        if (found.isEmpty()) {
            return Optional.of("there is no indicator '" + indicatorCode + "': define it first (Indicators), or"
                    + " import an indicator file with it");
        }
        Indicator indicator = found.get();
        MeasureUnit unit = measure.unit();
        if (unit != null && unit != indicator.unit()) {
            String target = measure.target() == null ? null : measure.targetWords(unit);
            return Optional.of("'" + indicator.name() + "' (" + indicator.code() + ") gives figures in "
                    + words(indicator.unit()) + ", but this measure"
                    + (target == null ? "" : " and its target (" + target + ")")
                    + " are in " + words(unit) + ": link an indicator in " + words(unit));
        }
        return Optional.empty();
    }

    private static String words(MeasureUnit unit) {
        return switch (unit) {
            case COUNT -> "a count";
            case PERCENT -> "percent";
            case RATE_PER_1000 -> "a rate per 1,000 people";
            case NUMBER -> "a number";
            case DAYS -> "days";
            case POUNDS -> "pounds";
            case SCORE -> "a score";
        };
    }
}
