package org.oversight.publication.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.oversight.performance.MeasurePerformance;

/** Each measure's section id ({@code measure-4-6-m3}), unique in the document: its page's address too. */
final class MeasureIds {

    private MeasureIds() {}

    /** The ids in the order of the measures. */
    static List<String> of(List<MeasurePerformance> measures) {
        List<String> ids = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (MeasurePerformance measure : measures) {
            String base =
                    "measure-" + measure.measureRef().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            base = base.replaceAll("-+$", "");
            if (base.length() > 70) {
                base = base.substring(0, 70);
            }
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            ids.add(id);
        }
        return ids;
    }
}
