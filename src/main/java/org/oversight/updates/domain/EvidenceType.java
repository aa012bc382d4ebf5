package org.oversight.updates.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of evidence file an update may carry: the type is decided by the file name's extension
 * and must agree with the file's first bytes, so a script renamed {@code report.pdf} is refused.
 */
public enum EvidenceType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F'}, "pdf"),
    WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Magic.ZIP, "docx"),
    EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Magic.ZIP, "xlsx"),
    POWERPOINT("application/vnd.openxmlformats-officedocument.presentationml.presentation", Magic.ZIP, "pptx"),
    OLD_WORD("application/msword", Magic.OLE, "doc"),
    OLD_EXCEL("application/vnd.ms-excel", Magic.OLE, "xls"),
    OLD_POWERPOINT("application/vnd.ms-powerpoint", Magic.OLE, "ppt"),
    CSV("text/csv", null, "csv"),
    TEXT("text/plain", null, "txt"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "png"),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg");

    private static final class Magic {
        static final byte[] ZIP = {'P', 'K', 3, 4};
        static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    }

    private final String contentType;
    private final byte[] magic;
    private final String[] extensions;

    EvidenceType(String contentType, byte[] magic, String... extensions) {
        this.contentType = contentType;
        this.magic = magic;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    /** The type of a file with this name, if it is an allowed kind. */
    public static Optional<EvidenceType> forName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> Arrays.asList(type.extensions).contains(extension))
                .findFirst();
    }

    /** Whether the content looks like this type: its signature, or text without NUL bytes. */
    public boolean matches(byte[] content) {
        if (magic == null) {
            int end = Math.min(content.length, 8192);
            for (int i = 0; i < end; i++) {
                if (content[i] == 0) {
                    return false;
                }
            }
            return true;
        }
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    public static String allowedExtensions() {
        return "PDF, Word (.docx, .doc), Excel (.xlsx, .xls), PowerPoint (.pptx, .ppt), CSV, text (.txt), PNG or JPEG";
    }
}
