package org.oversight.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oversight.plan.domain.Measure;
import org.oversight.plan.domain.Objective;
import org.oversight.plan.domain.Plan;
import org.oversight.plan.domain.PlanNotFound;
import org.oversight.plan.domain.PlanRegister;
import org.oversight.plan.domain.PlanVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plan register for other modules: plans, their versions and measures, read only. */
@Service
public class PlanApi {

    private final PlanRegister register;

    PlanApi(PlanRegister register) {
        this.register = register;
    }

    /** A plan's title, or empty when there is no such plan. */
    @Transactional(readOnly = true)
    public Optional<String> planTitle(String planKey) {
        try {
            return Optional.of(register.plan(planKey).title());
        } catch (PlanNotFound e) {
            return Optional.empty();
        }
    }

    /** The version labels of a plan, oldest first; empty when there is no such plan. */
    @Transactional(readOnly = true)
    public List<String> versions(String planKey) {
        try {
            Plan plan = register.plan(planKey);
            return register.versions(plan).stream().map(PlanVersion::label).toList();
        } catch (PlanNotFound e) {
            return List.of();
        }
    }

    /** Every measure of a plan version in the plan's order; empty when there is no such version. */
    @Transactional(readOnly = true)
    public List<PlanMeasure> measures(String planKey, String versionLabel) {
        PlanVersion version;
        try {
            version = register.version(planKey, versionLabel);
        } catch (PlanNotFound e) {
            return List.of();
        }
        List<PlanMeasure> measures = new ArrayList<>();
        for (int o = 0; o < version.objectives().size(); o++) {
            Objective objective = version.objectives().get(o);
            for (int m = 0; m < objective.measures().size(); m++) {
                Measure measure = objective.measures().get(m);
                measures.add(new PlanMeasure(
                        planKey,
                        versionLabel,
                        o + 1,
                        objective.number(),
                        objective.title(),
                        m + 1,
                        measure.ref(),
                        measure.heading(),
                        measure.text(),
                        measure.direction(),
                        measure.unit(),
                        measure.leads(),
                        measure.target()));
            }
        }
        return measures;
    }
}
