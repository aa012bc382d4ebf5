package org.oversight.decisions;

import java.util.List;

/** A decisions file that was not imported because of the problems listed; nothing was stored. */
public class DecisionFileRefused extends RuntimeException {

    private final transient List<DecisionFileProblem> problems;

    public DecisionFileRefused(String fileName, List<DecisionFileProblem> problems) {
        super(fileName + " was not imported: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + (problems.isEmpty() ? "" : "; the first: " + problems.get(0)));
        this.problems = List.copyOf(problems);
    }

    public List<DecisionFileProblem> problems() {
        return problems;
    }
}
