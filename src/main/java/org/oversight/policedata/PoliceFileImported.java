package org.oversight.policedata;

import java.time.YearMonth;
import org.oversight.shared.AuditedChange;

/**
 * A data.police.uk file was loaded as a new import batch, replacing the force, month and kind's
 * earlier batch when {@code replacedBatchId} is set. Published in the transaction that loads it.
 */
public record PoliceFileImported(
        long batchId,
        String file,
        PoliceDataKind kind,
        String force,
        YearMonth month,
        long rows,
        Long replacedBatchId,
        boolean demonstration,
        String by)
        implements AuditedChange {

    @Override
    public String module() {
        return "policedata";
    }

    @Override
    public String action() {
        return replacedBatchId == null ? "police-file-imported" : "police-file-replaced";
    }

    @Override
    public String objectType() {
        return "import-batch";
    }

    @Override
    public String objectId() {
        return Long.toString(batchId);
    }

    @Override
    public String after() {
        return kind.slug() + " " + force + " " + month + ": " + rows + " rows from " + file;
    }

    @Override
    public String summary() {
        return "Imported " + file + " (" + kind.slug() + ", " + force + ", " + month + ", " + rows + " rows"
                + (demonstration ? ", demonstration data" : "") + ") as batch " + batchId
                + (replacedBatchId == null ? "" : ", replacing batch " + replacedBatchId) + ".";
    }
}
