package org.oversight.plan.domain;

import java.util.Arrays;
import java.util.List;

/** Lead roles are kept one per line in a single column: a lead list is small and never queried alone. */
final class Leads {

    private Leads() {}

    static String join(List<String> leads) {
        if (leads == null) {
            return null;
        }
        List<String> clean = leads.stream()
                .map(String::strip)
                .filter(lead -> !lead.isEmpty())
                .toList();
        return clean.isEmpty() ? null : String.join("\n", clean);
    }

    static List<String> split(String lines) {
        return lines == null || lines.isBlank() ? List.of() : Arrays.asList(lines.split("\n"));
    }
}
