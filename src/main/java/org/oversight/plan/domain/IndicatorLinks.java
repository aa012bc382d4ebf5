package org.oversight.plan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oversight.plan.IndicatorLinkCheck;
import org.oversight.plan.PlanMeasure;
import org.oversight.plan.file.PlanFile;
import org.oversight.plan.file.PlanFileProblem;
import org.springframework.stereotype.Component;

/**
 * The check another module registers for measures' indicator links (none: every code is accepted),
 * applied to plan files and to links made one at a time.
 */
@Component
public class IndicatorLinks {

    private volatile IndicatorLinkCheck check = (measure, code) -> Optional.empty();

    public void checkWith(IndicatorLinkCheck check) {
        this.check = check;
    }

    /** Why the measure cannot read the indicator, or empty. */
    public Optional<String> problem(PlanMeasure measure, String code) {
        return check.problem(measure, code);
    }

    /** Every problem with the indicator links of a plan file's version, each where it was written. */
    List<PlanFileProblem> problems(String planKey, PlanFile.Version version) {
        List<PlanFileProblem> problems = new ArrayList<>();
        for (PlanFile.IndicatorAt link : version.indicatorsAt()) {
            Objective objective = version.objectives().get(link.objective());
            Measure measure = objective.measures().get(link.measure());
            PlanMeasure seen =
                    MeasureViews.of(planKey, version.label(), link.objective(), objective, link.measure(), measure);
            check.problem(seen, measure.indicator())
                    .ifPresent(message -> problems.add(new PlanFileProblem(
                            link.at().file(),
                            link.at().line(),
                            link.at().column(),
                            link.at().field(),
                            message)));
        }
        return problems;
    }
}
