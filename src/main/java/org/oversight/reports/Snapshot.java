package org.oversight.reports;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a document (kind and key), as stored: its content and provenance, where it is in
 * its life, and who did what when.
 *
 * @param kind what sort of document, e.g. {@code board-report}, {@code publication}, {@code annual-statement}
 * @param key which one of its kind, e.g. {@code wm-police-and-crime-plan/2014-12-02}
 * @param version 1 for the first, one more for each correction
 * @param sha256 the SHA-256 of the canonical JSON of the content and provenance; null while a draft
 * @param drafted who created this version and when
 * @param edited who last changed it while a draft (rebuilt or narrative edited) and when
 * @param frozen who froze it and when; null while a draft
 * @param approved who approved it and when; null until approved
 * @param supersedes the version this one corrects; null for a first version
 * @param correctionNote what this version corrects and why; null for a first version
 * @param supersededBy the frozen version that corrects this one; null unless superseded
 */
public record Snapshot(
        SnapshotId id,
        String kind,
        String key,
        int version,
        SnapshotStatus status,
        Document document,
        Provenance provenance,
        String sha256,
        Stamp drafted,
        Stamp edited,
        Stamp frozen,
        Stamp approved,
        SnapshotId supersedes,
        String correctionNote,
        SnapshotId supersededBy) {

    public Snapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** Who did something, and when. */
    public record Stamp(String by, Instant at) {}

    public boolean isDraft() {
        return status == SnapshotStatus.DRAFT;
    }

    public boolean isApproved() {
        return approved != null;
    }

    /** How people name this version: {@code board-report wm-police-and-crime-plan/2014-12-02 version 2}. */
    public String name() {
        return kind + " " + key + " version " + version;
    }
}
