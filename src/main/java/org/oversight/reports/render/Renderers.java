package org.oversight.reports.render;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.oversight.reports.DocumentFormat;
import org.oversight.reports.RenderedDocument;
import org.oversight.reports.SnapshotNotFound;
import org.oversight.reports.snapshot.StoredSnapshot;
import org.springframework.stereotype.Component;

/** Renders a stored snapshot (already checked against its hash) to any format. */
@Component
public class Renderers {

    private final HtmlRenderer html;
    private final PdfRenderer pdf;
    private final DocxRenderer docx;

    Renderers(HtmlRenderer html, PdfRenderer pdf, DocxRenderer docx) {
        this.html = html;
        this.pdf = pdf;
        this.docx = docx;
    }

    public RenderedDocument render(StoredSnapshot stored, DocumentFormat format) {
        // Dates inside the files come from the snapshot, never the clock: the same snapshot gives the same bytes.
        Instant stamp =
                stored.frozen() != null ? stored.frozen().at() : stored.edited().at();
        DocumentView view = DocumentViews.of(stored);
        byte[] bytes =
                switch (format) {
                    case HTML -> html.page(view, false).getBytes(StandardCharsets.UTF_8);
                    case HTML_FRAGMENT -> html.article(view).getBytes(StandardCharsets.UTF_8);
                    case PDF -> pdf.render(html.page(view, true), stamp, stored.contentSha256());
                    case DOCX -> docx.render(view, stamp);
                };
        return new RenderedDocument(
                stored.id(),
                format,
                view.fileStem() + "." + format.extension(),
                format.mediaType(),
                bytes,
                stored.sha256());
    }

    /** One section of the document, re-levelled to start at {@code h2}, as an HTML fragment. */
    public String section(StoredSnapshot stored, String sectionId) {
        DocumentView view = DocumentViews.of(stored);
        DocumentView.SectionView found = find(view.sections(), sectionId);
        if (found == null) {
            throw new SnapshotNotFound("snapshot " + stored.id() + " has no section '" + sectionId + "'");
        }
        return html.section(relevel(found, 2));
    }

    private static DocumentView.SectionView find(List<DocumentView.SectionView> sections, String sectionId) {
        for (DocumentView.SectionView section : sections) {
            if (section.id().equals(sectionId)) {
                return section;
            }
            DocumentView.SectionView found = find(section.sections(), sectionId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static DocumentView.SectionView relevel(DocumentView.SectionView section, int level) {
        return new DocumentView.SectionView(
                section.id(),
                section.heading(),
                level,
                section.blocks(),
                section.sections().stream()
                        .map(sub -> relevel(sub, Math.min(level + 1, 4)))
                        .toList());
    }
}
