package org.oversight.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.oversight.reports.DocumentFormat;

/**
 * Documents are published (Board papers, the public site), and user names are the office's own: a
 * rendered document says when it was drafted, frozen and approved, never by which account. The
 * example snapshot was drafted and frozen by the account {@code alice}.
 */
class NoAccountNamesTest {

    @Test
    void noFormatNamesTheAccountsThatDraftedOrFrozeIt() throws IOException {
        assertThat(RenderedSmallReport.in(DocumentFormat.HTML).text())
                .contains("28 November 2014 at 16:40")
                .doesNotContain("alice");
        assertThat(RenderedSmallReport.in(DocumentFormat.HTML_FRAGMENT).text()).doesNotContain("alice");
        try (PDDocument pdf =
                Loader.loadPDF(RenderedSmallReport.in(DocumentFormat.PDF).bytes())) {
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("alice");
            assertThat(pdf.getDocumentInformation().getSubject()).doesNotContain("alice");
        }
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(
                        RenderedSmallReport.in(DocumentFormat.DOCX).bytes()));
                XWPFWordExtractor text = new XWPFWordExtractor(word)) {
            assertThat(text.getText()).doesNotContain("alice");
        }
    }
}
