package org.oversight.reports;

import java.util.Locale;

/** The formats a snapshot renders to, all from the same stored document. */
public enum DocumentFormat {
    /** A whole HTML page with its own styles (screen and print), to download or print. */
    HTML("text/html;charset=UTF-8", "html"),
    /**
     * The document as an HTML {@code article} to place inside a page of the site (one {@code h1}: the
     * document's title); the page adds {@code /css/reports.css}.
     */
    HTML_FRAGMENT("text/html;charset=UTF-8", "html"),
    /** Tagged PDF (PDF/UA) with title and language, the bundled font embedded and charts as vectors. */
    PDF("application/pdf", "pdf"),
    /** Word, with real heading styles and tables that an officer can edit. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private final String mediaType;
    private final String extension;

    DocumentFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Reads {@code html}, {@code pdf} or {@code docx} (any case), as the command line and addresses write them. */
    public static DocumentFormat fromExtension(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "html" -> HTML;
            case "pdf" -> PDF;
            case "docx" -> DOCX;
            default -> throw new IllegalArgumentException("unknown format '" + text + "': use html, pdf or docx");
        };
    }
}
