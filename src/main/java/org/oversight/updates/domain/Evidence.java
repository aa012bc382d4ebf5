package org.oversight.updates.domain;

import java.time.Instant;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A file attached to an update as evidence, kept in the database with its checked content type. */
@Table(schema = "updates", name = "evidence")
public record Evidence(
        @Id Long id,
        Long itemId,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        byte[] content,
        String uploadedBy,
        Instant uploadedAt) {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    /** The file's size as pages show it: "41 bytes", "12 KB" (whole, rounded), "2.4 MB". */
    public String sizeInWords() {
        if (sizeBytes < KB) {
            return sizeBytes == 1 ? "1 byte" : sizeBytes + " bytes";
        }
        if (sizeBytes < MB) {
            return Math.round((double) sizeBytes / KB) + " KB";
        }
        return String.format(Locale.UK, "%.1f MB", (double) sizeBytes / MB);
    }
}
