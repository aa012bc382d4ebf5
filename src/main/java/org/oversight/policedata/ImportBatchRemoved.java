package org.oversight.policedata;

import org.oversight.shared.AuditJson;
import org.oversight.shared.AuditedChange;

/** An import batch and exactly its rows were removed. */
public record ImportBatchRemoved(ImportBatch batch, String by) implements AuditedChange {

    @Override
    public String module() {
        return "policedata";
    }

    @Override
    public String action() {
        return "batch-removed";
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
        return AuditJson.of(batch);
    }

    @Override
    public String summary() {
        return "Batch " + batch.id() + " removed: " + batch.force() + " "
                + batch.kind().slug() + " data for "
                + batch.month() + " from " + batch.fileName() + ", " + batch.rows()
                + (batch.rows() == 1 ? " row" : " rows") + (batch.demonstration() ? " (demonstration data)" : "");
    }
}
