package org.oversight.policedata.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oversight.policedata.ImportBatch;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.PoliceDataKind;
import org.oversight.policedata.web.PoliceDataViews.CountTable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What a batch's page shows: provenance, the month's completeness, data quality and counts of its rows. */
@Component
class BatchPageModel {

    private final PoliceDataApi policeData;
    private final ZoneId zone;

    BatchPageModel(PoliceDataApi policeData, Clock clock) {
        this.policeData = policeData;
        this.zone = clock.getZone();
    }

    void fill(ImportBatch batch, Model model) {
        model.addAttribute("batch", PoliceDataViews.batch(batch, zone));
        model.addAttribute(
                "completeness",
                policeData
                        .completeness(batch.force(), batch.kind(), batch.month())
                        .map(month -> CompletenessView.of(month, zone))
                        .orElse(null));
        if (!model.containsAttribute("markForm")) {
            model.addAttribute("markForm", MonthMarkForm.EMPTY);
        }
        model.addAttribute("facts", QualityView.facts(batch));
        model.addAttribute("invalid", QualityView.invalidRows(batch.quality()));
        model.addAttribute("unexpected", PoliceDataViews.unexpectedValues(batch.quality()));
        model.addAttribute(
                "notes", batch.quality() == null ? Map.of() : batch.quality().notes());
        model.addAttribute("counts", counts(batch));
    }

    private List<CountTable> counts(ImportBatch batch) {
        List<CountTable> tables = new ArrayList<>();
        switch (batch.kind()) {
            case STREET -> {
                tables.add(count(batch, "crime-type", "Rows by crime type", "Crime type"));
                tables.add(count(batch, "district", "Rows by district", "District"));
            }
            case OUTCOMES -> {
                tables.add(count(batch, "outcome-type", "Rows by outcome type", "Outcome type"));
                tables.add(count(batch, "district", "Rows by district", "District"));
            }
            case STOP_AND_SEARCH -> {
                tables.add(count(batch, "outcome", "Searches by outcome", "Outcome"));
                tables.add(count(
                        batch,
                        "officer-defined-ethnicity",
                        "Searches by officer-defined ethnicity",
                        "Officer-defined ethnicity"));
            }
        }
        return tables;
    }

    private CountTable count(ImportBatch batch, String field, String caption, String header) {
        return PoliceDataViews.countTable(
                "counts-" + field,
                caption,
                header,
                batch.kind() == PoliceDataKind.STOP_AND_SEARCH ? "Searches" : "Rows",
                policeData.counts(batch.kind(), batch.force(), batch.month(), List.of(field)));
    }
}
