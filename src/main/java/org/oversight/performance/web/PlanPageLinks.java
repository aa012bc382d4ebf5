package org.oversight.performance.web;

import org.oversight.plan.PlanApi;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Tells the plan register, once at start-up, that every measure has a performance page (its figures,
 * or why there are none and, for analysts, a way to link it to an indicator): each measure with a ref
 * gets a "Performance" link on its plan page. The plan module cannot depend on this one (this one
 * depends on it), so it is told rather than asking.
 */
@Component
class PlanPageLinks implements SmartInitializingSingleton {

    /** The measure page's address, as {@link PerformanceController} maps it. */
    static final String MEASURE_PAGE = "/performance/plans/{plan}/versions/{version}/measures/{objective}/{measure}";

    private final PlanApi plans;

    PlanPageLinks(PlanApi plans) {
        this.plans = plans;
    }

    @Override
    public void afterSingletonsInstantiated() {
        plans.linkEveryMeasure("Performance", MEASURE_PAGE);
    }
}
