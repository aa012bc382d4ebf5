package org.oversight.publication.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A rendered public page or file, kept as bytes with its media type and a strong ETag. */
record Page(byte[] body, String mediaType, String etag, String fileName) {

    static Page of(byte[] body, String mediaType, String fileName) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return new Page(body, mediaType, "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"", fileName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Page html(String html) {
        return of(html.getBytes(StandardCharsets.UTF_8), "text/html;charset=UTF-8", null);
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
