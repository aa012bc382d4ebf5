package org.oversight.reports.render;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.oversight.reports.DocumentFormat;
import org.oversight.reports.RenderedDocument;
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
}
