package org.oversight.publication.site;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.oversight.publication.PublicationKinds;
import org.oversight.publication.PublishedSnapshot;
import org.oversight.publication.content.QuarterDocument;
import org.oversight.reports.Block;
import org.oversight.reports.DocumentFormat;
import org.oversight.reports.RenderedDocument;
import org.oversight.reports.ReportsApi;
import org.oversight.reports.Section;
import org.oversight.reports.Snapshot;
import org.oversight.reports.SnapshotId;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The public site's pages, each drawn once from a released snapshot and kept (a released snapshot
 * never changes; everything is drawn again, lazily, after any new release, since a page says when a
 * later version corrects it). Nothing here reads live figures: only {@link ReleaseIndex} and
 * {@link ReportsApi}'s stored snapshots.
 */
@Component
class PublicPages {

    static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final ReleaseIndex index;
    private final ReportsApi reports;
    private final ITemplateEngine templates;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private volatile long renderedFor = -1;

    PublicPages(ReleaseIndex index, ReportsApi reports, ITemplateEngine templates) {
        this.index = index;
        this.reports = reports;
        this.templates = templates;
    }

    ReleaseIndex.Releases releases() {
        ReleaseIndex.Releases releases = index.current();
        if (releases.count() != renderedFor) {
            synchronized (this) {
                if (releases.count() != renderedFor) {
                    pages.clear();
                    renderedFor = releases.count();
                }
            }
        }
        return releases;
    }

    private Page cached(String key, Supplier<Page> render) {
        Page page = pages.get(key);
        if (page == null) {
            page = render.get();
            pages.put(key, page);
        }
        return page;
    }

    /** The home page of a quarter ({@code latest} or its slug); the "nothing yet" page when none. */
    Optional<Page> home(String period) {
        ReleaseIndex.Releases releases = releases();
        if ("latest".equals(period) && releases.latestQuarter().isEmpty()) {
            return Optional.of(cached("none", () -> nothingYet()));
        }
        return releases.quarter(period).map(r -> cached(r.snapshotId() + "/home", () -> home(releases, r)));
    }

    Optional<Page> plan(String period) {
        return section(period, QuarterDocument.PLAN, "The plan", "plan");
    }

    Optional<Page> stopSearch(String period) {
        return section(period, QuarterDocument.STOP_AND_SEARCH, "Stop and search", "stop-and-search");
    }

    Optional<Page> performance(String period) {
        ReleaseIndex.Releases releases = releases();
        return releases.quarter(period)
                .map(r -> cached(r.snapshotId() + "/performance", () -> {
                    Snapshot snapshot = reports.snapshot(SnapshotId.of(r.snapshotId()));
                    Section performance = snapshot.document()
                            .section(QuarterDocument.PERFORMANCE)
                            .orElseThrow();
                    Block.Table glance = (Block.Table) performance.blocks().stream()
                            .filter(b -> b instanceof Block.Table)
                            .findFirst()
                            .orElseThrow();
                    List<OverviewRow> rows = new ArrayList<>();
                    for (int i = 0; i < glance.rows().size(); i++) {
                        List<String> row = glance.rows().get(i);
                        rows.add(new OverviewRow(
                                row.get(0),
                                "/transparency/" + r.periodSlug() + "/performance/"
                                        + performance.sections().get(i).id(),
                                row.get(1),
                                row.get(2),
                                row.get(3),
                                row.get(4)));
                    }
                    Context context = new Context(Locale.UK);
                    context.setVariable("rows", rows);
                    context.setVariable(
                            "intro",
                            ((Block.Paragraph) performance.blocks().get(0))
                                    .content()
                                    .get(0)
                                    .text());
                    context.setVariable("period", r.periodSlug());
                    return page(
                            snapshot,
                            r,
                            "Performance by measure",
                            "performance",
                            templates.process("publication/site/overview", context),
                            false);
                }));
    }

    Optional<Page> measure(String period, String sectionId) {
        ReleaseIndex.Releases releases = releases();
        return releases.quarter(period).flatMap(r -> {
            Snapshot snapshot = reports.snapshot(SnapshotId.of(r.snapshotId()));
            Optional<Section> measure = snapshot.document().section(QuarterDocument.PERFORMANCE).stream()
                    .flatMap(p -> p.sections().stream())
                    .filter(s -> s.id().equals(sectionId))
                    .findFirst();
            return measure.map(s -> cached(
                    r.snapshotId() + "/measure/" + sectionId,
                    () -> page(
                            snapshot,
                            r,
                            "Measure " + s.heading().replaceFirst(":.*", ""),
                            "performance",
                            reports.renderSection(snapshot.id(), sectionId),
                            false)));
        });
    }

    /** A quarter's national measures statement, as a whole document. */
    Optional<Page> national(String period) {
        ReleaseIndex.Releases releases = releases();
        return releases.quarter(period)
                .flatMap(q -> releases.latest(PublicationKinds.NATIONAL_MEASURES, q.periodSlug()))
                .map(r -> document(r, "national"));
    }

    /** An annual statement by its year's slug. */
    Optional<Page> annual(String year) {
        return releases().latest(PublicationKinds.ANNUAL_STATEMENT, year).map(r -> document(r, "annual"));
    }

    /** Any released version, as a whole document. */
    Optional<Page> version(long snapshotId) {
        return releases().snapshot(snapshotId).map(r -> document(r, "history"));
    }

    /** A released version as HTML, PDF or Word, from {@code reports}. */
    Optional<Page> download(long snapshotId, DocumentFormat format) {
        return releases()
                .snapshot(snapshotId)
                .map(r -> cached(snapshotId + "/file/" + format, () -> {
                    RenderedDocument rendered = reports.render(SnapshotId.of(snapshotId), format);
                    return Page.of(rendered.bytes(), rendered.mediaType(), rendered.fileName());
                }));
    }

    Page history() {
        ReleaseIndex.Releases releases = releases();
        return cached("history", () -> {
            List<HistoryRow> rows = new ArrayList<>();
            for (PublishedSnapshot r : releases.all()) {
                Snapshot snapshot = reports.snapshot(SnapshotId.of(r.snapshotId()));
                rows.add(new HistoryRow(
                        PublicationKinds.words(r.kind()),
                        r.periodCode(),
                        r.version(),
                        DAY.format(r.releasedAt()),
                        snapshot.correctionNote(),
                        "/transparency/versions/" + r.snapshotId(),
                        "/transparency/documents/" + r.snapshotId()));
            }
            Context context = new Context(Locale.UK);
            context.setVariable("rows", rows);
            return shell(new SitePage(
                    "Publication history",
                    null,
                    office(releases),
                    null,
                    false,
                    false,
                    List.of(),
                    templates.process("publication/site/history", context),
                    false,
                    "history"));
        });
    }

    private Optional<Page> section(String period, String sectionId, String title, String nav) {
        ReleaseIndex.Releases releases = releases();
        return releases.quarter(period).flatMap(r -> {
            Snapshot snapshot = reports.snapshot(SnapshotId.of(r.snapshotId()));
            if (snapshot.document().section(sectionId).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(cached(
                    r.snapshotId() + "/" + sectionId,
                    () -> page(snapshot, r, title, nav, reports.renderSection(snapshot.id(), sectionId), false)));
        });
    }

    private Page document(PublishedSnapshot r, String nav) {
        return cached(r.snapshotId() + "/document", () -> {
            Snapshot snapshot = reports.snapshot(SnapshotId.of(r.snapshotId()));
            String article =
                    reports.render(snapshot.id(), DocumentFormat.HTML_FRAGMENT).text();
            return page(snapshot, r, snapshot.document().title(), nav, downloads(r) + article, true);
        });
    }

    private String downloads(PublishedSnapshot r) {
        Context context = new Context(Locale.UK);
        context.setVariable("id", r.snapshotId());
        return templates.process("publication/site/downloads", context);
    }

    private Page home(ReleaseIndex.Releases releases, PublishedSnapshot r) {
        Snapshot snapshot = reports.snapshot(SnapshotId.of(r.snapshotId()));
        Context context = new Context(Locale.UK);
        context.setVariable("release", r);
        context.setVariable("released", DAY.format(r.releasedAt()));
        context.setVariable("period", r.periodSlug());
        context.setVariable(
                "stopSearch",
                snapshot.document().section(QuarterDocument.STOP_AND_SEARCH).isPresent());
        context.setVariable(
                "national",
                releases.latest(PublicationKinds.NATIONAL_MEASURES, r.periodSlug())
                        .orElse(null));
        context.setVariable("annual", releases.latestOfEach(PublicationKinds.ANNUAL_STATEMENT));
        context.setVariable("quarters", releases.latestOfEach(PublicationKinds.PUBLICATION));
        context.setVariable("datasets", snapshot.document().datasets());
        context.setVariable("sha256", snapshot.sha256());
        context.setVariable("introduction", reports.renderSection(snapshot.id(), QuarterDocument.INTRODUCTION));
        return page(
                snapshot,
                r,
                snapshot.document().title(),
                "home",
                templates.process("publication/site/home", context),
                false);
    }

    private Page nothingYet() {
        return shell(new SitePage(
                "Nothing has been published yet",
                null,
                "Office of the Police and Crime Commissioner",
                null,
                false,
                false,
                List.of(),
                "<p class=\"govuk-body\">The office has not yet published any figures here. Published quarters, their"
                        + " open data and the statements appear on this site once they are approved.</p>",
                false,
                "home"));
    }

    private Page page(
            Snapshot snapshot, PublishedSnapshot r, String title, String nav, String body, boolean ownHeading) {
        List<String> notices = new ArrayList<>();
        ReleaseIndex.Releases releases = releases();
        Optional<PublishedSnapshot> latest = releases.latest(r.kind(), r.periodSlug());
        if (latest.isPresent() && latest.get().version() > r.version()) {
            notices.add("This is version " + r.version() + ", kept as it was published. Version "
                    + latest.get().version() + " corrects it.");
        }
        if (snapshot.correctionNote() != null) {
            notices.add("Correction: version " + snapshot.version() + " replaces version " + (snapshot.version() - 1)
                    + ", published "
                    + DAY.format(
                            releases.versions(r.kind(), r.periodSlug()).get(0).releasedAt())
                    + ". " + snapshot.correctionNote());
        }
        boolean demonstration = snapshot.document().datasets().stream()
                .filter(d -> d.columns().contains("demonstration_data"))
                .anyMatch(d -> {
                    int column = d.columns().indexOf("demonstration_data");
                    return d.rows().stream().anyMatch(row -> "true".equals(row.get(column)));
                });
        String quarterSlug = r.kind().equals(PublicationKinds.ANNUAL_STATEMENT) ? null : r.periodSlug();
        boolean stopSearch = quarterSlug != null
                && releases.latest(PublicationKinds.PUBLICATION, quarterSlug)
                        .map(q -> q.snapshotId() == r.snapshotId()
                                ? snapshot.document()
                                        .section(QuarterDocument.STOP_AND_SEARCH)
                                        .isPresent()
                                : reports.snapshot(SnapshotId.of(q.snapshotId()))
                                        .document()
                                        .section(QuarterDocument.STOP_AND_SEARCH)
                                        .isPresent())
                        .orElse(false);
        return shell(new SitePage(
                title,
                r.periodCode(),
                snapshot.document().publisher() == null
                        ? "Office of the Police and Crime Commissioner"
                        : snapshot.document().publisher(),
                quarterSlug,
                stopSearch,
                demonstration,
                notices,
                body,
                ownHeading,
                nav));
    }

    private String office(ReleaseIndex.Releases releases) {
        return releases.all().isEmpty()
                ? "Office of the Police and Crime Commissioner"
                : Optional.ofNullable(reports.snapshot(
                                        SnapshotId.of(releases.all().get(0).snapshotId()))
                                .document()
                                .publisher())
                        .orElse("Office of the Police and Crime Commissioner");
    }

    Page shell(SitePage page) {
        Context context = new Context(Locale.UK);
        context.setVariable("page", page);
        return Page.html(templates.process("publication/site/page", context));
    }

    /** A published table of a period ({@code latest}, a quarter's or a year's slug) as csv, json or csvw. */
    Optional<Page> data(String period, String table, String format) {
        ReleaseIndex.Releases releases = releases();
        String slug = "latest".equals(period) ? releases.latestQuarter().orElse("") : period;
        List<String> kinds = slug.contains("-q")
                ? List.of(PublicationKinds.PUBLICATION, PublicationKinds.NATIONAL_MEASURES)
                : List.of(PublicationKinds.ANNUAL_STATEMENT);
        for (String kind : kinds) {
            Optional<PublishedSnapshot> release = releases.latest(kind, slug);
            if (release.isEmpty()) {
                continue;
            }
            PublishedSnapshot r = release.get();
            Snapshot snapshot = reports.snapshot(SnapshotId.of(r.snapshotId()));
            Optional<org.oversight.reports.Dataset> dataset = snapshot.document().datasets().stream()
                    .filter(d -> d.name().equals(table))
                    .findFirst();
            if (dataset.isPresent()) {
                String stem = slug + "-" + table;
                return Optional.of(cached(r.snapshotId() + "/data/" + table + "." + format, () -> switch (format) {
                    case "csv" -> OpenDataFiles.csv(dataset.get(), stem);
                    case "json" -> OpenDataFiles.json(dataset.get(), snapshot, r, stem);
                    default -> OpenDataFiles.csvw(dataset.get(), snapshot, r, stem);
                }));
            }
        }
        return Optional.empty();
    }

    /** The open data index: every released period's tables, the licence and the sources. */
    Page openData() {
        ReleaseIndex.Releases releases = releases();
        return cached("open-data", () -> {
            List<DataLink> links = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            for (String kind : PublicationKinds.ALL) {
                for (PublishedSnapshot r : releases.latestOfEach(kind)) {
                    Snapshot snapshot = reports.snapshot(SnapshotId.of(r.snapshotId()));
                    for (org.oversight.reports.Dataset d : snapshot.document().datasets()) {
                        links.add(new DataLink(
                                r.periodCode(),
                                d.title(),
                                "/open-data/" + r.periodSlug() + "/" + d.name(),
                                d.rows().size()));
                    }
                    snapshot.provenance().sources().stream()
                            .filter(source -> !sources.contains(source))
                            .forEach(sources::add);
                }
            }
            links.sort(java.util.Comparator.comparing(DataLink::period).reversed());
            Context context = new Context(Locale.UK);
            context.setVariable("links", links);
            context.setVariable("sources", sources);
            context.setVariable("latest", releases.latestQuarter().orElse(null));
            return shell(new SitePage(
                    "Open data",
                    null,
                    office(releases),
                    null,
                    false,
                    false,
                    List.of(),
                    templates.process("publication/site/open-data", context),
                    false,
                    "open-data"));
        });
    }

    /** The Atom feed, with the site's address for its ids and links. */
    Page atom(String base) {
        ReleaseIndex.Releases releases = releases();
        return cached(
                "atom/" + base,
                () -> AtomFeed.of(
                        base,
                        office(releases),
                        releases.all(),
                        releases.all().stream()
                                .map(r -> reports.snapshot(SnapshotId.of(r.snapshotId()))
                                        .correctionNote())
                                .toList()));
    }

    /** A table on the open data page. */
    record DataLink(String period, String title, String stem, int rows) {}

    /** A row of the performance overview. */
    record OverviewRow(String ref, String href, String text, String latest, String status, String variation) {}

    /** A row of the publication history. */
    record HistoryRow(
            String kind,
            String period,
            int version,
            String released,
            String correctionNote,
            String page,
            String files) {}
}
