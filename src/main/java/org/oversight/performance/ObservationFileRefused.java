package org.oversight.performance;

import java.util.List;

/** An observations file was refused as a whole; nothing was stored. Each problem names its line and field. */
public class ObservationFileRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public ObservationFileRefused(List<String> problems) {
        super(problems.size() + " problem(s), nothing was imported: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
