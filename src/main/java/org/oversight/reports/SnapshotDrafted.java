package org.oversight.reports;

import org.oversight.shared.AuditedChange;

/** A new draft version was stored: a first version, or a correction of {@code supersedes} with its note. */
public record SnapshotDrafted(
        SnapshotId id, String kind, String key, int version, SnapshotId supersedes, String correctionNote, String by)
        implements AuditedChange {

    @Override
    public String module() {
        return "reports";
    }

    @Override
    public String action() {
        return "snapshot-drafted";
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
        return correctionNote;
    }

    @Override
    public String summary() {
        return supersedes == null
                ? "Drafted " + kind + " " + key + " version " + version + " (snapshot " + id + ")."
                : "Drafted a correction of " + kind + " " + key + ": version " + version + " (snapshot " + id
                        + ") corrects snapshot " + supersedes + ".";
    }
}
