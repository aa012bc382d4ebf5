package org.oversight.reports.render;

import java.time.Instant;
import java.util.List;
import org.oversight.reports.Document;
import org.oversight.reports.Provenance;
import org.oversight.reports.Snapshot;
import org.oversight.reports.SnapshotId;
import org.oversight.reports.SnapshotStatus;
import org.oversight.reports.snapshot.CanonicalJson;
import org.oversight.reports.snapshot.StoredSnapshot;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The renderers without Spring, and stored snapshots made in memory, for tests that need no database. */
public final class TestRenderers {

    static final Instant DRAFTED = Instant.parse("2014-11-28T10:15:00Z");
    static final Instant FROZEN = Instant.parse("2014-11-28T16:40:00Z");

    private TestRenderers() {}

    public static Renderers renderers() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return new Renderers(new HtmlRenderer(engine), new PdfRenderer(new ReportFonts()), new DocxRenderer());
    }

    public static StoredSnapshot frozen(Document document, Provenance provenance) {
        String documentJson = CanonicalJson.write(document);
        String provenanceJson = CanonicalJson.write(provenance);
        return new StoredSnapshot(
                SnapshotId.of(7),
                "board-report",
                "wm-police-and-crime-plan/2014-12-02",
                1,
                SnapshotStatus.FROZEN,
                documentJson,
                provenanceJson,
                CanonicalJson.sha256(documentJson, provenanceJson),
                List.of(),
                new Snapshot.Stamp("alice", DRAFTED),
                new Snapshot.Stamp("alice", DRAFTED),
                new Snapshot.Stamp("alice", FROZEN),
                null,
                null,
                null,
                null,
                0);
    }

    public static StoredSnapshot draft(Document document, Provenance provenance) {
        return new StoredSnapshot(
                SnapshotId.of(8),
                "board-report",
                "wm-police-and-crime-plan/2014-12-02",
                1,
                SnapshotStatus.DRAFT,
                CanonicalJson.write(document),
                CanonicalJson.write(provenance),
                null,
                List.of(),
                new Snapshot.Stamp("alice", DRAFTED),
                new Snapshot.Stamp("alice", DRAFTED),
                null,
                null,
                null,
                null,
                null,
                0);
    }
}
