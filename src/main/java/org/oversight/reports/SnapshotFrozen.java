package org.oversight.reports;

import org.oversight.shared.AuditedChange;

/** A draft was frozen: from now on its content, provenance and hash never change. */
public record SnapshotFrozen(SnapshotId id, String kind, String key, int version, String sha256, String by)
        implements AuditedChange {

    @Override
    public String module() {
        return "reports";
    }

    @Override
    public String action() {
        return "snapshot-frozen";
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
    public String after() {
        return "sha256:" + sha256;
    }

    @Override
    public String summary() {
        return "Froze " + kind + " " + key + " version " + version + " (snapshot " + id + ", SHA-256 " + sha256 + ").";
    }
}
