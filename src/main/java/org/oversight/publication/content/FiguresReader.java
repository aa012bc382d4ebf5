package org.oversight.publication.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oversight.force.ForceApi;
import org.oversight.force.ForceSettings;
import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.PerformanceApi;
import org.oversight.plan.PlanApi;
import org.oversight.policedata.Area;
import org.oversight.policedata.ImportBatch;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.publication.PublicationPeriod;
import org.oversight.publication.PublicationRefused;
import org.oversight.reports.Provenance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a publication's figures from the other modules' APIs, as they stand now: the plan version,
 * every measure for the whole force as at the period's last month, each measure's SPC chart as its
 * page draws it, stop and search figures when the module gives them, and the provenance.
 */
@Component
public class FiguresReader {

    static final String DATA_POLICE_UK =
            "data.police.uk street-level crime, outcomes and stop and search data" + " (Open Government Licence v3.0)";

    private final PlanApi plans;
    private final PerformanceApi performance;
    private final PoliceDataApi policeData;
    private final ForceApi force;
    private final StopSearchSource stopSearch;

    FiguresReader(
            PlanApi plans,
            PerformanceApi performance,
            PoliceDataApi policeData,
            ForceApi force,
            StopSearchSource stopSearch) {
        this.plans = plans;
        this.performance = performance;
        this.policeData = policeData;
        this.force = force;
        this.stopSearch = stopSearch;
    }

    @Transactional(readOnly = true)
    public Figures read(PublicationPeriod period, String planKey, String versionLabel) {
        if (!plans.planKeys().contains(planKey) || !plans.versions(planKey).contains(versionLabel)) {
            throw new PublicationRefused(
                    "plan: there is no plan '" + planKey + "' with a version '" + versionLabel + "'");
        }
        String title = plans.versionTitle(planKey, versionLabel)
                .orElseThrow(() -> new PublicationRefused(
                        "plan: there is no plan '" + planKey + "' with a version '" + versionLabel + "'"));
        Area area = Area.force(performance.force());
        List<MeasurePerformance> measures = performance.measures(planKey, versionLabel, area, period.lastMonth());
        Map<String, org.oversight.performance.MeasureChart> charts = new LinkedHashMap<>();
        for (MeasurePerformance m : measures) {
            String chartTitle = (m.indicatorName() == null ? m.measureRef() : m.indicatorName())
                    + ", whole force area: monthly SPC chart";
            performance.chart(m, chartTitle).ifPresent(chart -> charts.putIfAbsent(m.measureRef(), chart));
        }
        String publisher = force.current()
                .map(ForceSettings::officeName)
                .filter(name -> !name.isBlank())
                .orElse("Office of the Police and Crime Commissioner");
        return new Figures(
                period,
                planKey,
                versionLabel,
                title,
                publisher,
                plans.objectives(planKey, versionLabel),
                plans.commitments(planKey, versionLabel),
                measures,
                charts,
                stopSearch.figures(period).orElse(null),
                provenance(planKey, versionLabel, period, measures));
    }

    private Provenance provenance(
            String planKey, String versionLabel, PublicationPeriod period, List<MeasurePerformance> measures) {
        Set<Provenance.IndicatorVersion> indicators = new LinkedHashSet<>();
        boolean policeFigures = false;
        for (MeasurePerformance m : measures) {
            if (m.indicatorCode() != null && m.indicatorVersion() != null && m.hasData()) {
                indicators.add(new Provenance.IndicatorVersion(
                        m.indicatorCode(), m.indicatorVersion().toString()));
            }
            policeFigures |= m.policeData() && m.hasData();
        }
        List<Provenance.ImportBatchUsed> batches = new ArrayList<>();
        if (policeFigures) {
            String slug = performance.force();
            for (ImportBatch batch : policeData.batches()) {
                if (batch.force().equals(slug) && !batch.month().isAfter(period.lastMonth())) {
                    batches.add(new Provenance.ImportBatchUsed(
                            batch.id(),
                            batch.sha256(),
                            batch.fileName() + (batch.demonstration() ? " (demonstration data)" : "")));
                }
            }
        }
        List<String> sources = new ArrayList<>();
        if (policeFigures) {
            sources.add(DATA_POLICE_UK);
        }
        sources.add("Plan " + planKey + " version " + versionLabel + " (Oversight's plan register)");
        return new Provenance(
                planKey,
                versionLabel,
                List.copyOf(indicators),
                batches,
                policeData.dataVersion(),
                period.lastMonth(),
                sources);
    }
}
