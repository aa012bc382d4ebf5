package org.oversight.publication;

import org.oversight.shared.AuditedChange;

/**
 * A frozen, approved snapshot went on the public site and into the open data. A correction is a
 * release of a later version, carrying its note.
 */
public record PublicationReleased(
        long snapshotId, String kind, String key, int version, String correctionNote, String by)
        implements AuditedChange {

    @Override
    public String module() {
        return "publication";
    }

    @Override
    public String action() {
        return "publication-released";
    }

    @Override
    public String objectType() {
        return "publication";
    }

    @Override
    public String objectId() {
        return kind + "/" + key + "/v" + version;
    }

    @Override
    public String summary() {
        return "Published " + kind + " " + key + " version " + version + " (snapshot " + snapshotId + ")"
                + (correctionNote == null ? "." : ", a correction: " + correctionNote);
    }
}
