package org.oversight.publication.site;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.oversight.publication.PublicationKinds;
import org.oversight.publication.PublishedSnapshot;

/** The Atom feed of publications (RFC 4287): an entry for each release, corrections with their note. */
final class AtomFeed {

    private AtomFeed() {}

    /**
     * @param base the site's address ({@code https://example.org}), for the feed's permanent ids and links
     * @param notes the correction note of each release, in the same order ({@code null} for none)
     */
    static Page of(String base, String office, List<PublishedSnapshot> releases, List<String> notes) {
        Instant updated = releases.isEmpty() ? Instant.EPOCH : releases.get(0).releasedAt();
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        xml.append("  <title>").append(escape(office)).append(": publications</title>\n");
        xml.append("  <id>").append(escape(base)).append("/open-data/publications.atom</id>\n");
        xml.append("  <updated>")
                .append(DateTimeFormatter.ISO_INSTANT.format(updated))
                .append("</updated>\n");
        xml.append("  <link rel=\"self\" href=\"").append(escape(base)).append("/open-data/publications.atom\"/>\n");
        xml.append("  <link rel=\"alternate\" href=\"").append(escape(base)).append("/transparency\"/>\n");
        xml.append("  <author><name>").append(escape(office)).append("</name></author>\n");
        xml.append("  <rights>").append(OpenDataFiles.LICENCE_NAME).append("</rights>\n");
        for (int i = 0; i < releases.size(); i++) {
            PublishedSnapshot r = releases.get(i);
            String page = base + "/transparency/versions/" + r.snapshotId();
            String title = PublicationKinds.words(r.kind()) + ", " + r.periodCode()
                    + (r.version() > 1 ? " (correction, version " + r.version() + ")" : "");
            xml.append("  <entry>\n");
            xml.append("    <title>").append(escape(title)).append("</title>\n");
            xml.append("    <id>").append(escape(page)).append("</id>\n");
            xml.append("    <updated>")
                    .append(DateTimeFormatter.ISO_INSTANT.format(r.releasedAt()))
                    .append("</updated>\n");
            xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
                    .append(escape(page))
                    .append("\"/>\n");
            xml.append("    <link rel=\"enclosure\" type=\"application/pdf\" href=\"")
                    .append(escape(base + "/transparency/documents/" + r.snapshotId() + ".pdf"))
                    .append("\"/>\n");
            xml.append("    <summary>")
                    .append(escape(
                            notes.get(i) == null
                                    ? "Published " + PublicPages.DAY.format(r.releasedAt()) + "."
                                    : "Correction: " + notes.get(i)))
                    .append("</summary>\n");
            xml.append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return Page.of(xml.toString().getBytes(StandardCharsets.UTF_8), "application/atom+xml;charset=UTF-8", null);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
