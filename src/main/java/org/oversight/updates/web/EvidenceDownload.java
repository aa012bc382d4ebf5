package org.oversight.updates.web;

import java.nio.charset.StandardCharsets;
import org.oversight.updates.domain.Evidence;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An evidence file as a download: its checked content type, always an attachment (never shown in
 * the page's origin), with a sandboxing content security policy and no sniffing.
 */
final class EvidenceDownload {

    private EvidenceDownload() {}

    /**
     * {@code attachment} with the name twice: plain ASCII (anything else, quotes and backslashes as
     * {@code _}) for old clients, and exactly as UTF-8 (RFC 6266 / RFC 8187 {@code filename*}).
     */
    static String disposition(String name) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        for (char c : name.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", (int) c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    static ResponseEntity<byte[]> of(Evidence file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }
}
