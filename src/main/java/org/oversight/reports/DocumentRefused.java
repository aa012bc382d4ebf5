package org.oversight.reports;

import java.util.List;

/** A document cannot be stored: each problem names where it is ("section 'performance' › table 2: …"). */
public class DocumentRefused extends RuntimeException {

    private final List<String> problems;

    public DocumentRefused(List<String> problems) {
        super("the document cannot be stored: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
