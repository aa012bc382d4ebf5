package org.oversight.performance.indicator;

import java.util.List;

/** An indicator definition with problems: it was not saved. Lists every problem with its field. */
public class IndicatorRefused extends RuntimeException {

    private final transient List<IndicatorProblem> problems;

    public IndicatorRefused(List<IndicatorProblem> problems) {
        super(String.join(
                "; ", problems.stream().map(IndicatorProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<IndicatorProblem> problems() {
        return problems;
    }
}
