package org.oversight.reports.render;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.oversight.reports.Block;
import org.oversight.reports.Document;
import org.oversight.reports.Provenance;
import org.oversight.reports.Section;
import org.oversight.reports.Snapshot;
import org.oversight.reports.SnapshotStatus;
import org.oversight.reports.snapshot.StoredSnapshot;

/**
 * Lays out a stored snapshot as a {@link DocumentView}. Documents say when they were drafted, frozen
 * and approved but never by which account: they are published (Board papers, the public site) and
 * user names are the office's own; who did what is in the snapshot and the audit trail.
 */
final class DocumentViews {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private DocumentViews() {}

    static DocumentView of(StoredSnapshot stored) {
        Snapshot snapshot = stored.snapshot();
        Document document = snapshot.document();
        Numbering numbering = new Numbering();
        List<DocumentView.SectionView> sections = new ArrayList<>();
        for (Section section : document.sections()) {
            sections.add(section(section, 2, numbering));
        }
        List<DocumentView.ContentsEntry> contents = new ArrayList<>();
        for (Section section : document.sections()) {
            contents.add(new DocumentView.ContentsEntry(
                    section.id(),
                    section.heading(),
                    section.sections().stream()
                            .map(sub -> new DocumentView.ContentsEntry(sub.id(), sub.heading(), List.of()))
                            .toList()));
        }
        contents.add(new DocumentView.ContentsEntry(DocumentView.ABOUT_ID, DocumentView.ABOUT_HEADING, List.of()));
        return new DocumentView(
                document.title(),
                document.subtitle(),
                document.publisher(),
                document.language(),
                snapshot.status().name().toLowerCase(Locale.ROOT),
                statusLine(stored),
                notices(stored),
                coverFacts(snapshot),
                contents,
                sections,
                about(stored),
                snapshot.provenance(),
                document.title() + " · version " + snapshot.version()
                        + (snapshot.isDraft() ? " · draft, not frozen" : ""),
                fileStem(snapshot));
    }

    private static DocumentView.SectionView section(Section section, int level, Numbering numbering) {
        List<DocumentView.BlockView> blocks = new ArrayList<>();
        for (Block block : section.blocks()) {
            blocks.add(block(block, numbering));
        }
        List<DocumentView.SectionView> subsections = new ArrayList<>();
        for (Section sub : section.sections()) {
            subsections.add(section(sub, Math.min(level + 1, 4), numbering));
        }
        return new DocumentView.SectionView(section.id(), section.heading(), level, blocks, subsections);
    }

    private static DocumentView.BlockView block(Block block, Numbering numbering) {
        if (block instanceof Block.Table) {
            return new DocumentView.BlockView(block.kind(), block, "Table " + ++numbering.tables, null, null);
        }
        if (block instanceof Block.Figure figure) {
            int number = ++numbering.figures;
            String svg = SvgForPage.prepare(figure.svg(), "figure-" + number + "-", figure.textAlternative());
            return new DocumentView.BlockView(
                    block.kind(), block, "Figure " + number, svg, "Figure " + number + " data");
        }
        return new DocumentView.BlockView(block.kind(), block, null, null, null);
    }

    private static String statusLine(StoredSnapshot stored) {
        return switch (stored.status()) {
            case DRAFT -> "Draft version " + stored.version() + ": not frozen, and may still change";
            case FROZEN ->
                "Version " + stored.version() + ", frozen on "
                        + when(stored.frozen().at())
                        + (stored.approved() == null
                                ? "; not yet approved"
                                : "; approved on " + when(stored.approved().at()));
            case SUPERSEDED ->
                "Version " + stored.version() + ", frozen on "
                        + when(stored.frozen().at()) + ", has been superseded by version "
                        + stored.supersededByVersion();
        };
    }

    private static List<String> notices(StoredSnapshot stored) {
        List<String> notices = new ArrayList<>();
        if (stored.status() == SnapshotStatus.SUPERSEDED) {
            notices.add("This version has been corrected. Read version " + stored.supersededByVersion()
                    + " for the current figures; this one is kept as it was.");
        }
        if (stored.correctionNote() != null) {
            notices.add("Correction: this version " + stored.version() + " replaces version " + (stored.version() - 1)
                    + ". " + stored.correctionNote());
        }
        return notices;
    }

    private static List<DocumentView.Fact> coverFacts(Snapshot snapshot) {
        List<DocumentView.Fact> facts = new ArrayList<>();
        Provenance provenance = snapshot.provenance();
        if (provenance.planKey() != null) {
            facts.add(new DocumentView.Fact(
                    "Plan",
                    provenance.planKey()
                            + (provenance.planVersion() == null ? "" : ", version " + provenance.planVersion())));
        }
        if (provenance.asAt() != null) {
            facts.add(new DocumentView.Fact("Figures to the end of", MONTH.format(provenance.asAt())));
        }
        if (snapshot.frozen() != null) {
            facts.add(new DocumentView.Fact("Frozen", when(snapshot.frozen().at())));
        }
        if (snapshot.approved() != null) {
            facts.add(new DocumentView.Fact("Approved", when(snapshot.approved().at())));
        }
        return facts;
    }

    private static List<DocumentView.Fact> about(StoredSnapshot stored) {
        List<DocumentView.Fact> facts = new ArrayList<>();
        Provenance provenance = stored.snapshot().provenance();
        facts.add(new DocumentView.Fact("Document", stored.kind() + " " + stored.key()));
        facts.add(new DocumentView.Fact("Version", Integer.toString(stored.version())));
        facts.add(new DocumentView.Fact("Status", statusLine(stored)));
        facts.add(new DocumentView.Fact("Drafted", when(stored.drafted().at())));
        if (stored.frozen() != null) {
            facts.add(new DocumentView.Fact("Frozen", when(stored.frozen().at())));
        }
        if (stored.approved() != null) {
            facts.add(new DocumentView.Fact("Approved", when(stored.approved().at())));
        }
        if (stored.sha256() != null) {
            facts.add(new DocumentView.Fact("SHA-256 of the content", stored.sha256()));
        }
        if (provenance.planKey() != null) {
            facts.add(new DocumentView.Fact(
                    "Plan",
                    provenance.planKey()
                            + (provenance.planVersion() == null ? "" : ", version " + provenance.planVersion())));
        }
        if (provenance.asAt() != null) {
            facts.add(new DocumentView.Fact("Figures to the end of", MONTH.format(provenance.asAt())));
        }
        if (provenance.dataVersion() != null) {
            facts.add(new DocumentView.Fact("Data version", provenance.dataVersion()));
        }
        if (!provenance.sources().isEmpty()) {
            facts.add(new DocumentView.Fact("Other sources", String.join("; ", provenance.sources())));
        }
        return facts;
    }

    /** Indicators as "code (version n)", for the Word writer's one-line summary. */
    static String indicators(Provenance provenance) {
        return provenance.indicators().stream()
                .map(indicator -> indicator.code() + " (version " + indicator.version() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String fileStem(Snapshot snapshot) {
        String key = snapshot.key().replaceAll("[^A-Za-z0-9.-]+", "-");
        return snapshot.kind() + "-" + key + "-v" + snapshot.version();
    }

    static String when(Instant instant) {
        return WHEN.format(instant.atZone(LONDON));
    }

    private static final class Numbering {
        int tables;
        int figures;
    }
}
