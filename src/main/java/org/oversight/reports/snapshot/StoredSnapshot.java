package org.oversight.reports.snapshot;

import java.util.List;
import org.oversight.reports.Snapshot;
import org.oversight.reports.SnapshotId;
import org.oversight.reports.SnapshotStatus;

/** A snapshot's row as stored: the exact JSON texts that were (or will be) hashed, and its history. */
public record StoredSnapshot(
        SnapshotId id,
        String kind,
        String key,
        int version,
        SnapshotStatus status,
        String documentJson,
        String provenanceJson,
        String sha256,
        List<String> editedSections,
        Snapshot.Stamp drafted,
        Snapshot.Stamp edited,
        Snapshot.Stamp frozen,
        Snapshot.Stamp approved,
        SnapshotId supersedes,
        String correctionNote,
        SnapshotId supersededBy,
        int supersededByVersion) {

    /** The SHA-256 of the stored texts now (compare with {@link #sha256()} to find tampering). */
    public String contentSha256() {
        return CanonicalJson.sha256(documentJson, provenanceJson);
    }

    public Snapshot snapshot() {
        return new Snapshot(
                id,
                kind,
                key,
                version,
                status,
                CanonicalJson.document(documentJson),
                CanonicalJson.provenance(provenanceJson),
                sha256,
                drafted,
                edited,
                frozen,
                approved,
                supersedes,
                correctionNote,
                supersededBy);
    }
}
