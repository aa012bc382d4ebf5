package org.oversight.reports;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.oversight.accounts.AdminAccess;
import org.oversight.reports.render.Renderers;
import org.oversight.reports.snapshot.SnapshotLifecycle;
import org.oversight.reports.snapshot.StoredSnapshot;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Snapshots: documents stored once and rendered from storage. A module that reports (the Board
 * report, publications, annual statements) builds a {@link Document} and its {@link Provenance},
 * then: {@link #draft drafts} it, {@link #redraft rebuilds} the draft as the data move (keeping
 * what people wrote), lets people {@link #editNarrative edit its narrative sections},
 * {@link #freeze freezes} it (from then on it never changes: the database refuses), issues
 * {@link #supersede corrections} as new versions with a note, has it {@link #approve approved} by a
 * second person (an admin), and {@link #render renders} any version as HTML, PDF or Word. Each change
 * publishes an audited event ({@link SnapshotDrafted}, {@link SnapshotFrozen} …).
 *
 * <p>{@code kind} names what sort of document it is ({@code board-report}, {@code publication},
 * {@code annual-statement}) and {@code key} which one ({@code wm-police-and-crime-plan/2014-12-02});
 * each calling module owns its kinds. {@code by} is the user name of whoever acts, or {@code system}.
 * Who may draft, edit and freeze is the calling module's rule (its pages' access rules); who may
 * approve is decided here: admins only, and never the person who drafted, last edited or froze the
 * version.
 */
@Service
public class ReportsApi {

    private final SnapshotLifecycle snapshots;
    private final Renderers renderers;

    ReportsApi(SnapshotLifecycle snapshots, Renderers renderers) {
        this.snapshots = snapshots;
        this.renderers = renderers;
    }

    /**
     * Stores a new document as version 1, a draft. Refused ({@link SnapshotRefused}) when the kind and
     * key already have a version; {@link DocumentRefused} lists every problem with the document.
     */
    @Transactional
    public Snapshot draft(String kind, String key, Document document, Provenance provenance, String by) {
        return snapshots.draft(kind, key, document, provenance, by);
    }

    /**
     * Replaces a draft's content and provenance with a rebuilt document, keeping the blocks of every
     * narrative section people have edited (when the rebuilt document still has it as narrative).
     */
    @Transactional
    public Snapshot redraft(SnapshotId id, Document document, Provenance provenance, String by) {
        return snapshots.redraft(id, document, provenance, by);
    }

    /**
     * Replaces the blocks of one narrative section of a draft ({@link Block#paragraphs(String)} turns
     * a form's text into blocks). Refused for a frozen snapshot and for sections built from data.
     */
    @Transactional
    public Snapshot editNarrative(SnapshotId id, String sectionId, List<Block> blocks, String by) {
        return snapshots.editNarrative(id, sectionId, blocks, by);
    }

    /**
     * Freezes a draft: its content and provenance are fixed for ever, with their SHA-256 and who froze
     * it when. Freezing a correction supersedes the version it corrects ({@link SnapshotSuperseded}).
     */
    @Transactional
    public Snapshot freeze(SnapshotId id, String by) {
        return snapshots.freeze(id, by);
    }

    /**
     * Starts a correction of the latest (frozen) version: a new draft version with the corrected
     * document and a note saying what it corrects and why. The old version stays readable; it is
     * superseded when the correction is frozen.
     */
    @Transactional
    public Snapshot supersede(SnapshotId id, Document document, Provenance provenance, String note, String by) {
        return snapshots.supersede(id, document, provenance, note, by);
    }

    /**
     * Approves a frozen, current version (for publication). Only admins may approve, and never the
     * person who drafted, last edited or froze it.
     */
    @AdminAccess
    @Transactional
    public Snapshot approve(SnapshotId id, String by) {
        return snapshots.approve(id, by);
    }

    /** The snapshot with this id, any status ({@link SnapshotNotFound} if none). */
    @Transactional(readOnly = true)
    public Snapshot snapshot(SnapshotId id) {
        return snapshots.stored(id).snapshot();
    }

    /** Every version of a document, oldest first (empty when there is none). */
    @Transactional(readOnly = true)
    public List<Snapshot> versions(String kind, String key) {
        return snapshots.versions(kind, key).stream()
                .map(StoredSnapshot::snapshot)
                .toList();
    }

    /**
     * The latest approved version of a document, if any: what a public page shows. A correction that
     * is frozen but not yet approved leaves the previous approved version in place (which then says
     * that it has been corrected) until the correction is approved.
     */
    @Transactional(readOnly = true)
    public Optional<Snapshot> latestApproved(String kind, String key) {
        return snapshots.versions(kind, key).stream()
                .filter(stored -> stored.approved() != null)
                .max(Comparator.comparingInt(StoredSnapshot::version))
                .map(StoredSnapshot::snapshot);
    }

    /**
     * Renders a snapshot from storage. A frozen one's content is first checked against its SHA-256
     * ({@link SnapshotTampered} if it was changed outside Oversight); a draft renders marked as such.
     * The same snapshot always renders to the same bytes.
     */
    @Transactional(readOnly = true)
    public RenderedDocument render(SnapshotId id, DocumentFormat format) {
        return renderers.render(snapshots.verified(id), format);
    }

    /**
     * One section of a snapshot (found at any depth, with its subsections) as an HTML {@code section}
     * to place in a page of the site under the page's own {@code h1}: its heading becomes an {@code h2}
     * and its subsections' headings follow from there. Tables and figures keep their numbers in the
     * whole document. Checked against its hash like {@link #render}; {@link SnapshotNotFound} when the
     * snapshot has no such section.
     */
    @Transactional(readOnly = true)
    public String renderSection(SnapshotId id, String sectionId) {
        return renderers.section(snapshots.verified(id), sectionId);
    }
}
