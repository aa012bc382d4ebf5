package org.oversight.force;

import java.util.Map;

/** Force settings that cannot be used: each field with what is wrong. Nothing was changed. */
public class ForceRefused extends RuntimeException {

    private final transient Map<String, String> problems;

    public ForceRefused(Map<String, String> problems) {
        super(String.join(
                "; ",
                problems.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue())
                        .toList()));
        this.problems = Map.copyOf(problems);
    }

    /** Field ({@code slug}, {@code name}, {@code officeName}) → what is wrong with it. */
    public Map<String, String> problems() {
        return problems;
    }
}
