package org.oversight.reports.snapshot;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.oversight.reports.Block;
import org.oversight.reports.Document;
import org.oversight.reports.Provenance;
import org.oversight.reports.Section;
import org.oversight.reports.Snapshot;
import org.oversight.reports.SnapshotApproved;
import org.oversight.reports.SnapshotDrafted;
import org.oversight.reports.SnapshotFrozen;
import org.oversight.reports.SnapshotId;
import org.oversight.reports.SnapshotNarrativeEdited;
import org.oversight.reports.SnapshotNotFound;
import org.oversight.reports.SnapshotRedrafted;
import org.oversight.reports.SnapshotRefused;
import org.oversight.reports.SnapshotStatus;
import org.oversight.reports.SnapshotSuperseded;
import org.oversight.reports.SnapshotTampered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The life of a snapshot: drafted, rebuilt and edited while a draft, frozen, corrected by a new
 * version, approved by a second person. Each change is published as an audited event in the
 * transaction that makes it (the caller's: {@code ReportsApi} opens it).
 */
@Service
public class SnapshotLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SnapshotLifecycle.class);
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,59}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,199}");

    private final SnapshotStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SnapshotLifecycle(SnapshotStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    public Snapshot draft(String kind, String key, Document document, Provenance provenance, String by) {
        requireName("kind", kind, KIND, "lower-case letters, digits and hyphens, such as board-report");
        requireName(
                "key", key, KEY, "letters, digits, '.', '_', '/' and '-', such as wm-police-and-crime-plan/2014-12-02");
        requirePerson(by);
        DocumentCheck.requireValid(document);
        List<StoredSnapshot> versions = store.versions(kind, key);
        if (!versions.isEmpty()) {
            StoredSnapshot latest = versions.get(versions.size() - 1);
            throw new SnapshotRefused(
                    latest.status() == SnapshotStatus.DRAFT
                            ? kind + " " + key + " already has a draft (snapshot " + latest.id()
                                    + "): rebuild or edit it, or freeze it"
                            : kind + " " + key + " already has version " + latest.version() + " (snapshot "
                                    + latest.id() + "): a new version is a correction of it, with a note");
        }
        SnapshotId id = store.insertDraft(
                kind,
                key,
                1,
                document.title(),
                CanonicalJson.write(document),
                CanonicalJson.write(provenance),
                by,
                clock.instant(),
                null,
                null);
        events.publishEvent(new SnapshotDrafted(id, kind, key, 1, null, null, by));
        log.info("event=snapshot_drafted id={} kind={} key={} version=1", id, kind, key);
        return stored(id).snapshot();
    }

    public Snapshot redraft(SnapshotId id, Document document, Provenance provenance, String by) {
        requirePerson(by);
        StoredSnapshot draft = lockedDraft(id, "rebuilt");
        DocumentCheck.requireValid(document);
        Narratives.Carried carried =
                Narratives.carryOver(CanonicalJson.document(draft.documentJson()), document, draft.editedSections());
        Document rebuilt = carried.document();
        store.updateDraft(
                id,
                rebuilt.title(),
                CanonicalJson.write(rebuilt),
                CanonicalJson.write(provenance),
                carried.editedSections(),
                by,
                clock.instant());
        events.publishEvent(new SnapshotRedrafted(id, draft.kind(), draft.key(), draft.version(), by));
        return stored(id).snapshot();
    }

    public Snapshot editNarrative(SnapshotId id, String sectionId, List<Block> blocks, String by) {
        requirePerson(by);
        StoredSnapshot draft = lockedDraft(id, "edited");
        Document document = CanonicalJson.document(draft.documentJson());
        Section section = document.section(sectionId)
                .orElseThrow(
                        () -> new SnapshotRefused("snapshot " + id + " has no section '" + sectionId + "' to edit"));
        if (!section.narrative()) {
            throw new SnapshotRefused("section '" + sectionId + "' of snapshot " + id
                    + " is built from the data, not written: rebuild the draft to change it");
        }
        Document edited = document.withSectionBlocks(sectionId, blocks);
        DocumentCheck.requireValid(edited);
        List<String> editedSections = new ArrayList<>(draft.editedSections());
        if (!editedSections.contains(sectionId)) {
            editedSections.add(sectionId);
        }
        store.updateDraft(
                id,
                edited.title(),
                CanonicalJson.write(edited),
                draft.provenanceJson(),
                editedSections,
                by,
                clock.instant());
        events.publishEvent(new SnapshotNarrativeEdited(
                id,
                draft.kind(),
                draft.key(),
                draft.version(),
                sectionId,
                Narratives.text(section.blocks()),
                Narratives.text(blocks),
                by));
        return stored(id).snapshot();
    }

    public Snapshot freeze(SnapshotId id, String by) {
        requirePerson(by);
        StoredSnapshot draft = lockedDraft(id, "frozen");
        DocumentCheck.requireValid(CanonicalJson.document(draft.documentJson()));
        String sha256 = draft.contentSha256();
        store.freeze(id, sha256, by, clock.instant());
        events.publishEvent(new SnapshotFrozen(id, draft.kind(), draft.key(), draft.version(), sha256, by));
        if (draft.supersedes() != null) {
            StoredSnapshot old = stored(draft.supersedes());
            events.publishEvent(new SnapshotSuperseded(
                    old.id(), old.kind(), old.key(), old.version(), id, draft.version(), draft.correctionNote(), by));
        }
        log.info(
                "event=snapshot_frozen id={} kind={} key={} version={} sha256={}",
                id,
                draft.kind(),
                draft.key(),
                draft.version(),
                sha256);
        return stored(id).snapshot();
    }

    public Snapshot supersede(SnapshotId id, Document document, Provenance provenance, String note, String by) {
        requirePerson(by);
        if (note == null || note.isBlank()) {
            throw new SnapshotRefused("a correction needs a note saying what it corrects and why");
        }
        StoredSnapshot old = store.lock(id).orElseThrow(() -> new SnapshotNotFound(id));
        if (old.status() == SnapshotStatus.DRAFT) {
            throw new SnapshotRefused("snapshot " + id + " is a draft: change it instead of correcting it");
        }
        List<StoredSnapshot> versions = store.versions(old.kind(), old.key());
        StoredSnapshot latest = versions.get(versions.size() - 1);
        if (latest.version() != old.version()) {
            throw new SnapshotRefused("snapshot " + id + " is version " + old.version() + " of " + old.kind() + " "
                    + old.key() + ", but version " + latest.version() + " (snapshot " + latest.id()
                    + (latest.status() == SnapshotStatus.DRAFT ? ", a draft correction" : "")
                    + ") is the latest: only the latest version can be corrected");
        }
        DocumentCheck.requireValid(document);
        int version = old.version() + 1;
        SnapshotId correction = store.insertDraft(
                old.kind(),
                old.key(),
                version,
                document.title(),
                CanonicalJson.write(document),
                CanonicalJson.write(provenance),
                by,
                clock.instant(),
                id,
                note.strip());
        events.publishEvent(new SnapshotDrafted(correction, old.kind(), old.key(), version, id, note.strip(), by));
        return stored(correction).snapshot();
    }

    public Snapshot approve(SnapshotId id, String by) {
        requirePerson(by);
        StoredSnapshot snapshot = store.lock(id).orElseThrow(() -> new SnapshotNotFound(id));
        switch (snapshot.status()) {
            case DRAFT ->
                throw new SnapshotRefused("snapshot " + id + " is a draft: freeze it before it can be approved");
            case SUPERSEDED ->
                throw new SnapshotRefused("snapshot " + id + " has been superseded by version "
                        + snapshot.supersededByVersion() + " (snapshot " + snapshot.supersededBy()
                        + "): approve that one instead");
            case FROZEN -> {}
        }
        if (snapshot.approved() != null) {
            throw new SnapshotRefused("snapshot " + id + " was already approved by "
                    + snapshot.approved().by() + " at " + snapshot.approved().at());
        }
        for (Snapshot.Stamp part : List.of(snapshot.drafted(), snapshot.edited(), snapshot.frozen())) {
            if (part.by().equalsIgnoreCase(by)) {
                throw new SnapshotRefused("approval needs a second person: " + by
                        + " drafted, edited or froze snapshot " + id + ", so someone else must approve it");
            }
        }
        requireUntampered(snapshot);
        store.approve(id, by, clock.instant());
        events.publishEvent(
                new SnapshotApproved(id, snapshot.kind(), snapshot.key(), snapshot.version(), snapshot.sha256(), by));
        log.info(
                "event=snapshot_approved id={} kind={} key={} version={}",
                id,
                snapshot.kind(),
                snapshot.key(),
                snapshot.version());
        return stored(id).snapshot();
    }

    /** The stored row, or {@link SnapshotNotFound}. */
    public StoredSnapshot stored(SnapshotId id) {
        return store.find(id).orElseThrow(() -> new SnapshotNotFound(id));
    }

    /** The stored row, after checking a frozen one's content against its hash ({@link SnapshotTampered}). */
    public StoredSnapshot verified(SnapshotId id) {
        StoredSnapshot snapshot = stored(id);
        requireUntampered(snapshot);
        return snapshot;
    }

    public List<StoredSnapshot> versions(String kind, String key) {
        return store.versions(kind, key);
    }

    public List<StoredSnapshot> latestVersions(int limit) {
        return store.latestVersions(limit);
    }

    private void requireUntampered(StoredSnapshot snapshot) {
        if (snapshot.status() == SnapshotStatus.DRAFT) {
            return;
        }
        String actual = snapshot.contentSha256();
        if (!actual.equals(snapshot.sha256())) {
            log.error("event=snapshot_tampered id={} expected={} actual={}", snapshot.id(), snapshot.sha256(), actual);
            throw new SnapshotTampered(snapshot.id(), snapshot.sha256(), actual);
        }
    }

    private StoredSnapshot lockedDraft(SnapshotId id, String what) {
        StoredSnapshot snapshot = store.lock(id).orElseThrow(() -> new SnapshotNotFound(id));
        if (snapshot.status() != SnapshotStatus.DRAFT) {
            throw new SnapshotRefused("snapshot " + id + " (" + snapshot.kind() + " " + snapshot.key() + " version "
                    + snapshot.version() + ") is frozen and cannot be " + what
                    + ": issue a corrected version with a note instead");
        }
        return snapshot;
    }

    private static void requireName(String what, String value, Pattern pattern, String rule) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("the snapshot's " + what + " '" + value + "' must be " + rule);
        }
    }

    private static void requirePerson(String by) {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("who is acting must be given (a user name, or 'system')");
        }
    }
}
