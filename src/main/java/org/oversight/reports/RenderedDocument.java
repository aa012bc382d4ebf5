package org.oversight.reports;

import java.nio.charset.StandardCharsets;

/**
 * A snapshot rendered to one format.
 *
 * @param fileName a file name to offer for download, e.g. {@code board-report-2014-12-02-v2.pdf}
 * @param sha256 the stored hash of the snapshot it was rendered from (checked before rendering); null for a draft
 */
public record RenderedDocument(
        SnapshotId id, DocumentFormat format, String fileName, String mediaType, byte[] bytes, String sha256) {

    /** The bytes as text, for the HTML formats. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
