package org.oversight.performance.indicator;

import java.util.List;

/** An indicator file with problems: nothing in it was saved. Lists every problem found, in file order. */
public class IndicatorFileRefused extends RuntimeException {

    private final transient List<IndicatorFileProblem> problems;

    public IndicatorFileRefused(List<IndicatorFileProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + ": " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<IndicatorFileProblem> problems() {
        return problems;
    }
}
