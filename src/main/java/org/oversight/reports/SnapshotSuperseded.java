package org.oversight.reports;

import org.oversight.shared.AuditedChange;

/**
 * A frozen version was superseded: its correction ({@code replacement}) has been frozen. The old
 * version stays readable and says what replaced it.
 */
public record SnapshotSuperseded(
        SnapshotId id,
        String kind,
        String key,
        int version,
        SnapshotId replacement,
        int replacementVersion,
        String correctionNote,
        String by)
        implements AuditedChange {

    @Override
    public String module() {
        return "reports";
    }

    @Override
    public String action() {
        return "snapshot-superseded";
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
        return kind + " " + key + " version " + version + " (snapshot " + id + ") was superseded by version "
                + replacementVersion + " (snapshot " + replacement + "): " + correctionNote;
    }
}
