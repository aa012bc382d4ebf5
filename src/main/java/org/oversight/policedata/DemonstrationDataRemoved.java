package org.oversight.policedata;

import org.oversight.shared.AuditedChange;

/**
 * The generated demonstration data were removed, and will not be loaded again (each batch's removal
 * is its own {@link ImportBatchRemoved}).
 */
public record DemonstrationDataRemoved(int batches, String by) implements AuditedChange {

    @Override
    public String module() {
        return "policedata";
    }

    @Override
    public String action() {
        return "demonstration-data-removed";
    }

    @Override
    public String objectType() {
        return "demonstration-data";
    }

    @Override
    public String objectId() {
        return "demonstration-data";
    }

    @Override
    public String summary() {
        return "Generated demonstration data removed: " + batches + (batches == 1 ? " batch" : " batches")
                + "; they will not be loaded again";
    }
}
