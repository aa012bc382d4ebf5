package org.oversight.policedata;

import org.oversight.shared.AuditedChange;

/** The generated demonstration data finished loading (each file's batch is its own {@link PoliceFileImported}). */
public record DemonstrationDataLoaded(int files, long rows, String by) implements AuditedChange {

    @Override
    public String module() {
        return "policedata";
    }

    @Override
    public String action() {
        return "demonstration-data-loaded";
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
        return "Generated demonstration data loaded (not real police data): " + files + " files, " + rows + " rows";
    }
}
