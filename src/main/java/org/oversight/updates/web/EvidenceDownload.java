package org.oversight.updates.web;

import java.nio.charset.StandardCharsets;
import org.oversight.updates.domain.Evidence;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An evidence file as a download: its checked content type, always an attachment (never shown in
 * the page's origin), with a sandboxing content security policy and no sniffing.
 */
final class EvidenceDownload {

    private EvidenceDownload() {}

    static ResponseEntity<byte[]> of(Evidence file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }
}
