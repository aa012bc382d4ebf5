package org.oversight.decisions;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a decision notice may be: each recognised by its extension and by its first bytes
 * (never by what the browser says it is), so that nothing else is stored or served.
 */
public enum NoticeType {
    PDF("application/pdf", ".pdf", "PDF"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "Word document"),
    ODT("application/vnd.oasis.opendocument.text", ".odt", "OpenDocument text");

    private final String contentType;
    private final String extension;
    private final String words;

    NoticeType(String contentType, String extension, String words) {
        this.contentType = contentType;
        this.extension = extension;
        this.words = words;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public String words() {
        return words;
    }

    public static Optional<NoticeType> fromContentType(String contentType) {
        return Arrays.stream(values())
                .filter(t -> t.contentType.equals(contentType))
                .findFirst();
    }

    /** The type a file's name says it is; empty for any other extension. */
    public static Optional<NoticeType> fromFileName(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> lower.endsWith(t.extension)).findFirst();
    }

    /** Whether the content starts as a file of this type does. */
    public boolean matches(byte[] content) {
        return switch (this) {
            case PDF -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case DOCX -> isZip(content) && contains(content, "word/".getBytes(StandardCharsets.US_ASCII));
            case ODT ->
                isZip(content)
                        && contains(
                                content, "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        };
    }

    private static boolean isZip(byte[] content) {
        return startsWith(content, new byte[] {'P', 'K', 3, 4});
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Whether the bytes occur in the first 64 KB (where a zip's first entries' names are). */
    private static boolean contains(byte[] content, byte[] wanted) {
        int end = Math.min(content.length, 65536) - wanted.length;
        for (int i = 0; i <= end; i++) {
            if (Arrays.equals(content, i, i + wanted.length, wanted, 0, wanted.length)) {
                return true;
            }
        }
        return false;
    }
}
