package org.oversight.publication.release;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oversight.publication.PublicationKinds;
import org.oversight.publication.PublicationPeriod;
import org.oversight.publication.PublicationPrepared;
import org.oversight.publication.PublicationRefused;
import org.oversight.publication.PublicationReleased;
import org.oversight.publication.PublishedSnapshot;
import org.oversight.publication.content.AnnualStatementDocument;
import org.oversight.publication.content.Figures;
import org.oversight.publication.content.FiguresReader;
import org.oversight.publication.content.NationalMeasuresDocument;
import org.oversight.publication.content.QuarterDocument;
import org.oversight.reports.Block;
import org.oversight.reports.Document;
import org.oversight.reports.ReportsApi;
import org.oversight.reports.Section;
import org.oversight.reports.Snapshot;
import org.oversight.reports.SnapshotId;
import org.oversight.reports.SnapshotStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The steps of a publication on top of {@code reports} snapshots: prepare (draft or rebuild), edit
 * narrative, freeze, approve and release, correct. Runs in the caller's transaction ({@code
 * PublicationApi} opens it) and publishes an audited event for each row it writes.
 */
@Service
public class Publications {

    private final ReportsApi reports;
    private final FiguresReader figures;
    private final ReleaseStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Publications(
            ReportsApi reports,
            FiguresReader figures,
            ReleaseStore store,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reports = reports;
        this.figures = figures;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Drafts a period's documents from the figures as they now stand, or rebuilds their drafts
     * (keeping edited narrative): a quarter gives the publication and its national measures statement,
     * a year the annual statement. Refused once a document is frozen (a change is then a correction).
     */
    public List<Snapshot> prepare(PublicationPeriod period, String planKey, String versionLabel, String by) {
        List<String> kinds = period.isQuarter()
                ? List.of(PublicationKinds.PUBLICATION, PublicationKinds.NATIONAL_MEASURES)
                : List.of(PublicationKinds.ANNUAL_STATEMENT);
        String key = period.slug();
        for (String kind : kinds) {
            Optional<Prepared> earlier = store.findPrepared(kind, key);
            if (earlier.isPresent()
                    && !(earlier.get().planKey().equals(planKey)
                            && earlier.get().versionLabel().equals(versionLabel))) {
                throw new PublicationRefused("plan: " + PublicationKinds.words(kind) + " " + period.label()
                        + " is prepared from plan " + earlier.get().planKey() + " version "
                        + earlier.get().versionLabel() + "; a period is published from one plan version");
            }
            List<Snapshot> versions = reports.versions(kind, key);
            if (!versions.isEmpty() && !versions.get(versions.size() - 1).isDraft()) {
                throw new PublicationRefused(PublicationKinds.words(kind) + " " + period.label()
                        + " is frozen: change it by publishing a correction");
            }
        }
        Figures read = figures.read(period, planKey, versionLabel);
        List<Snapshot> prepared = new ArrayList<>();
        for (String kind : kinds) {
            Document document = build(kind, read);
            List<Snapshot> versions = reports.versions(kind, key);
            Snapshot snapshot = versions.isEmpty()
                    ? reports.draft(kind, key, document, read.provenance(), by)
                    : reports.redraft(versions.get(versions.size() - 1).id(), document, read.provenance(), by);
            store.prepared(
                    new Prepared(kind, key, period.label(), period.slug(), planKey, versionLabel, by, clock.instant()));
            events.publishEvent(new PublicationPrepared(kind, key, period.label(), planKey, versionLabel, by));
            prepared.add(snapshot);
        }
        return prepared;
    }

    public Snapshot editNarrative(SnapshotId id, String sectionId, String text, String by) {
        own(id);
        List<Block> blocks = Block.paragraphs(text);
        if (blocks.isEmpty()) {
            throw new PublicationRefused("text: write the section's text (it cannot be left empty)");
        }
        return reports.editNarrative(id, sectionId, blocks, by);
    }

    public Snapshot freeze(SnapshotId id, String by) {
        own(id);
        return reports.freeze(id, by);
    }

    /**
     * Approves a frozen version and releases it. A quarter's publication takes its national measures
     * statement with it (which must be frozen); the statement alone (a correction of it) can be
     * approved once its quarter is published.
     */
    public List<PublishedSnapshot> approve(SnapshotId id, String by) {
        Snapshot snapshot = own(id);
        List<PublishedSnapshot> released = new ArrayList<>();
        if (snapshot.kind().equals(PublicationKinds.PUBLICATION)) {
            Snapshot statement = latest(PublicationKinds.NATIONAL_MEASURES, snapshot.key())
                    .orElseThrow(() -> new PublicationRefused("the national measures statement of " + snapshot.key()
                            + " is missing: prepare the quarter again"));
            if (statement.isDraft()) {
                throw new PublicationRefused("the national measures statement of " + snapshot.key()
                        + " is still a draft: freeze it first, it is published with the quarter");
            }
            released.add(release(reports.approve(id, by), by));
            if (!statement.isApproved()) {
                released.add(release(reports.approve(statement.id(), by), by));
            }
            return released;
        }
        if (snapshot.kind().equals(PublicationKinds.NATIONAL_MEASURES)
                && reports.latestApproved(PublicationKinds.PUBLICATION, snapshot.key())
                        .isEmpty()) {
            throw new PublicationRefused("the national measures statement is approved with its quarter's publication:"
                    + " approve the publication " + snapshot.key());
        }
        released.add(release(reports.approve(id, by), by));
        return released;
    }

    /**
     * Starts a correction of a published (or frozen) version: its document rebuilt from the figures as
     * they now stand, with the narrative people wrote kept, as a new draft version with the note.
     */
    public Snapshot correct(SnapshotId id, String note, String by) {
        Snapshot snapshot = own(id);
        if (note == null || note.isBlank()) {
            throw new PublicationRefused("note: say what the correction changes and why");
        }
        if (snapshot.status() != SnapshotStatus.FROZEN) {
            throw new PublicationRefused(snapshot.name() + " is "
                    + snapshot.status().words().toLowerCase() + ": only the latest frozen version can be corrected");
        }
        Prepared prepared = store.findPrepared(snapshot.kind(), snapshot.key())
                .orElseThrow(() -> new PublicationRefused(snapshot.name() + " was not prepared here"));
        Figures read = figures.read(
                PublicationPeriod.parse(prepared.periodSlug()), prepared.planKey(), prepared.versionLabel());
        Document rebuilt = keepNarrative(build(snapshot.kind(), read), snapshot.document());
        return reports.supersede(id, rebuilt, read.provenance(), note.strip(), by);
    }

    private static Document keepNarrative(Document rebuilt, Document earlier) {
        Document result = rebuilt;
        for (Section section : all(earlier.sections())) {
            if (section.narrative()
                    && rebuilt.section(section.id()).map(Section::narrative).orElse(false)) {
                result = result.withSectionBlocks(section.id(), section.blocks());
            }
        }
        return result;
    }

    private static List<Section> all(List<Section> sections) {
        List<Section> all = new ArrayList<>();
        for (Section section : sections) {
            all.add(section);
            all.addAll(all(section.sections()));
        }
        return all;
    }

    private PublishedSnapshot release(Snapshot approved, String by) {
        Prepared prepared = store.findPrepared(approved.kind(), approved.key())
                .orElseThrow(() -> new PublicationRefused(approved.name() + " was not prepared here"));
        PublishedSnapshot release = new PublishedSnapshot(
                approved.id().value(),
                approved.kind(),
                approved.key(),
                approved.version(),
                prepared.periodCode(),
                prepared.periodSlug(),
                by,
                clock.instant());
        store.release(release);
        events.publishEvent(new PublicationReleased(
                approved.id().value(),
                approved.kind(),
                approved.key(),
                approved.version(),
                approved.correctionNote(),
                by));
        return release;
    }

    private Optional<Snapshot> latest(String kind, String key) {
        List<Snapshot> versions = reports.versions(kind, key);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    private Snapshot own(SnapshotId id) {
        Snapshot snapshot = reports.snapshot(id);
        if (!PublicationKinds.ALL.contains(snapshot.kind())) {
            throw new PublicationRefused("snapshot " + id + " is a " + snapshot.kind() + ", not a publication");
        }
        return snapshot;
    }

    private static Document build(String kind, Figures figures) {
        return switch (kind) {
            case PublicationKinds.PUBLICATION -> QuarterDocument.build(figures);
            case PublicationKinds.NATIONAL_MEASURES -> NationalMeasuresDocument.build(figures);
            case PublicationKinds.ANNUAL_STATEMENT -> AnnualStatementDocument.build(figures);
            default -> throw new PublicationRefused("unknown kind " + kind);
        };
    }
}
