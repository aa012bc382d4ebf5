package org.oversight.reports;

import org.oversight.shared.AuditedChange;

/** The narrative of one section of a draft was edited; before and after are its text. */
public record SnapshotNarrativeEdited(
        SnapshotId id, String kind, String key, int version, String sectionId, String before, String after, String by)
        implements AuditedChange {

    @Override
    public String module() {
        return "reports";
    }

    @Override
    public String action() {
        return "snapshot-narrative-edited";
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
        return "Edited section '" + sectionId + "' of the draft " + kind + " " + key + " version " + version
                + " (snapshot " + id + ").";
    }
}
