package org.oversight.performance.web;

import org.oversight.performance.indicator.IndicatorCatalogue;
import org.oversight.plan.PlanApi;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Tells the plan register, once at start-up, which measures have a performance page: each measure
 * the indicator catalogue links gets a "Performance" link on its plan page. The plan module cannot
 * depend on this one (this one depends on it), so it is told rather than asking.
 */
@Component
class PlanPageLinks implements SmartInitializingSingleton {

    /** The measure page's address, as {@link PerformanceController} maps it. */
    static final String MEASURE_PAGE = "/performance/plans/{plan}/versions/{version}/measures/{objective}/{measure}";

    private final IndicatorCatalogue catalogue;
    private final PlanApi plans;

    PlanPageLinks(IndicatorCatalogue catalogue, PlanApi plans) {
        this.catalogue = catalogue;
        this.plans = plans;
    }

    @Override
    public void afterSingletonsInstantiated() {
        catalogue
                .planVersions()
                .forEach((plan, labels) -> labels.forEach(label -> plans.linkMeasures(
                        "Performance", plan, label, catalogue.linkedMeasures(plan, label), MEASURE_PAGE)));
    }
}
