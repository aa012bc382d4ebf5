package org.oversight.reports;

import org.oversight.shared.AuditedChange;

/** A frozen version was approved (for publication) by someone other than who wrote or froze it. */
public record SnapshotApproved(SnapshotId id, String kind, String key, int version, String sha256, String by)
        implements AuditedChange {

    @Override
    public String module() {
        return "reports";
    }

    @Override
    public String action() {
        return "snapshot-approved";
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
        return "Approved " + kind + " " + key + " version " + version + " (snapshot " + id + ", SHA-256 " + sha256
                + ").";
    }
}
