package org.oversight.reports;

/** Where a snapshot is in its life. Approval is recorded beside the status, on frozen versions. */
public enum SnapshotStatus {
    /** Being prepared: rebuilt from data, narrative edited. Not a record yet. */
    DRAFT,
    /** Fixed for ever: content, provenance and hash can no longer change. */
    FROZEN,
    /** Frozen, and replaced by a later frozen version with a correction note; still readable. */
    SUPERSEDED;

    public String words() {
        return switch (this) {
            case DRAFT -> "Draft";
            case FROZEN -> "Frozen";
            case SUPERSEDED -> "Superseded";
        };
    }
}
