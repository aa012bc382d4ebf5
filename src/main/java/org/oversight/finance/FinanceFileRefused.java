package org.oversight.finance;

import java.util.List;

/** A finance file that was not imported because of the problems listed; nothing was stored. */
public class FinanceFileRefused extends RuntimeException {

    private final String fileName;
    private final transient List<FileProblem> problems;

    public FinanceFileRefused(String fileName, List<FileProblem> problems) {
        super(fileName + " was not imported: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + (problems.isEmpty() ? "" : "; the first: " + problems.get(0)));
        this.fileName = fileName;
        this.problems = List.copyOf(problems);
    }

    public String fileName() {
        return fileName;
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
