package org.oversight.reports;

import org.oversight.shared.AuditedChange;

/** A draft's content and provenance were rebuilt from the data; its edited narrative sections were kept. */
public record SnapshotRedrafted(SnapshotId id, String kind, String key, int version, String by)
        implements AuditedChange {

    @Override
    public String module() {
        return "reports";
    }

    @Override
    public String action() {
        return "snapshot-redrafted";
    }

    @Override
    public String objectType() {
        return "snapshot";
    }

    @Override
    public String objectId() {
        return SnapshotNames.objectId(kind, key, version);
    }

    @Override
    public String summary() {
        return "Rebuilt the draft " + kind + " " + key + " version " + version + " (snapshot " + id
                + ") from the data, keeping its narrative.";
    }
}
