package org.oversight.performance;

import java.util.List;

/** A population file was refused as a whole; nothing was stored. Each problem names its line. */
public class PopulationFileRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public PopulationFileRefused(List<String> problems) {
        super(problems.size() + " problem(s), nothing was imported: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
