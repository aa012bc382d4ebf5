package org.oversight.publication;

import java.util.List;
import org.oversight.accounts.AdminAccess;
import org.oversight.accounts.AnalystAccess;
import org.oversight.publication.release.Publications;
import org.oversight.publication.release.ReleaseStore;
import org.oversight.reports.Snapshot;
import org.oversight.reports.SnapshotId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approve, then publish (ADR 0022). An analyst {@link #prepare prepares} a period's documents from the
 * figures as they stand (a quarter: the publication and its national measures statement; a year: the
 * annual statement), {@link #editNarrative edits} what people write, {@link #freeze freezes} them; an
 * admin who did none of that {@link #approve approves} them, which publishes them; a
 * {@link #correct correction} is a new version with a note. The work is done by
 * {@code release.Publications} on top of {@code reports} snapshots.
 */
@Service
public class PublicationApi {

    private final Publications publications;
    private final ReleaseStore store;

    PublicationApi(Publications publications, ReleaseStore store) {
        this.publications = publications;
        this.store = store;
    }

    /**
     * Drafts (or rebuilds the drafts of) the documents of a period ("2024/25 Q2" or "2024/25") from a
     * plan version. {@link PublicationRefused} when the period, plan or version is wrong, or a document
     * is already frozen.
     */
    @AnalystAccess
    @Transactional
    public List<Snapshot> prepare(String period, String planKey, String versionLabel, String by) {
        return publications.prepare(PublicationPeriod.parse(period), planKey, versionLabel, by);
    }

    /** Replaces a narrative section of a draft with the text (paragraphs separated by blank lines). */
    @AnalystAccess
    @Transactional
    public Snapshot editNarrative(SnapshotId id, String sectionId, String text, String by) {
        return publications.editNarrative(id, sectionId, text, by);
    }

    /** Freezes a draft: from then on it never changes. */
    @AnalystAccess
    @Transactional
    public Snapshot freeze(SnapshotId id, String by) {
        return publications.freeze(id, by);
    }

    /**
     * Approves a frozen version and publishes it (a quarter with its national measures statement).
     * Admins only, and never the person who drafted, edited or froze it.
     */
    @AdminAccess
    @Transactional
    public List<PublishedSnapshot> approve(SnapshotId id, String by) {
        return publications.approve(id, by);
    }

    /** Starts a correction of the latest frozen version: a new draft, rebuilt from the data, with the note. */
    @AnalystAccess
    @Transactional
    public Snapshot correct(SnapshotId id, String note, String by) {
        return publications.correct(id, note, by);
    }

    /** Everything published, newest first. */
    @Transactional(readOnly = true)
    public List<PublishedSnapshot> published() {
        return store.releases();
    }
}
