package org.oversight.plan.file;

import java.util.List;

/** A plan file was refused; nothing was written. Carries every problem found. */
public class PlanFileException extends RuntimeException {

    private final List<PlanFileProblem> problems;

    public PlanFileException(List<PlanFileProblem> problems) {
        super(problems.size() + " problem(s) in plan file, nothing was imported: "
                + problems.stream()
                        .map(PlanFileProblem::toString)
                        .reduce((a, b) -> a + "; " + b)
                        .orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<PlanFileProblem> problems() {
        return problems;
    }
}
