package org.oversight.publication.content;

import java.util.List;
import java.util.Map;
import org.oversight.performance.MeasureChart;
import org.oversight.performance.MeasurePerformance;
import org.oversight.plan.PlanCommitment;
import org.oversight.plan.PlanObjective;
import org.oversight.publication.PublicationPeriod;
import org.oversight.reports.Provenance;

/**
 * Everything a publication's documents are built from, gathered once from the other modules' APIs:
 * the plan version, its objectives and commitments, every measure's figures for the force as at the
 * period's last month, their SPC charts, and the provenance.
 *
 * @param publisher the office's name, as its documents are signed
 * @param charts each measure's chart by measure ref; a measure with no series has none
 * @param stopSearch the stop and search section's content, or {@code null} when there is none
 */
public record Figures(
        PublicationPeriod period,
        String planKey,
        String versionLabel,
        String planTitle,
        String publisher,
        List<PlanObjective> objectives,
        List<PlanCommitment> commitments,
        List<MeasurePerformance> measures,
        Map<String, MeasureChart> charts,
        StopSearchFigures stopSearch,
        Provenance provenance) {

    public Figures {
        objectives = List.copyOf(objectives);
        commitments = List.copyOf(commitments);
        measures = List.copyOf(measures);
        charts = Map.copyOf(charts);
    }

    /** Whether any figure comes from generated demonstration data. */
    public boolean demonstrationData() {
        return measures.stream().anyMatch(MeasurePerformance::demonstrationData)
                || (stopSearch != null && stopSearch.demonstrationData());
    }
}
