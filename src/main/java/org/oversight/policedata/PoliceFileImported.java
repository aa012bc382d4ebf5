package org.oversight.policedata;

import org.oversight.shared.AuditJson;
import org.oversight.shared.AuditedChange;

/**
 * A data.police.uk file was loaded as a new import batch, with its provenance (file, SHA-256, who
 * and when) and data quality; {@code replaced} is the batch it replaced (an earlier load of the same
 * force, month and kind), or {@code null}.
 */
public record PoliceFileImported(ImportBatch batch, ImportBatch replaced, String by) implements AuditedChange {

    @Override
    public String module() {
        return "policedata";
    }

    @Override
    public String action() {
        return replaced == null ? "batch-imported" : "batch-replaced";
    }

    @Override
    public String objectType() {
        return "import-batch";
    }

    @Override
    public String objectId() {
        return MonthNames.of(batch.force(), batch.month(), batch.kind());
    }

    @Override
    public String before() {
        return AuditJson.of(replaced);
    }

    @Override
    public String after() {
        return AuditJson.of(batch);
    }

    @Override
    public String summary() {
        return batch.force() + " " + batch.kind().slug() + " data for " + batch.month() + " imported from "
                + batch.fileName() + ": " + batch.rows() + (batch.rows() == 1 ? " row" : " rows") + " (batch "
                + batch.id() + (replaced == null ? "" : ", replacing batch " + replaced.id()) + ")"
                + (batch.demonstration() ? "; generated demonstration data" : "");
    }
}
