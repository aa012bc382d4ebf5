package org.oversight.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.oversight.reports.DocumentFormat;
import org.oversight.reports.ExampleDocuments;

/** Word output an officer can edit: real heading styles, real tables, charts as pictures with alt text. */
class DocxRenderingTest {

    private static XWPFDocument word() throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(
                RenderedSmallReport.in(DocumentFormat.DOCX).bytes()));
    }

    @Test
    void sectionsUseTheRealHeadingStylesWhichWordKnowsAsHeadings() throws IOException {
        try (XWPFDocument word = word()) {
            List<String> headings1 = headings(word, "Heading1");
            assertThat(headings1)
                    .containsExactly(
                            "Purpose of report",
                            "Executive summary",
                            "Background",
                            "Milestones and deliverables",
                            "Performance position",
                            "About this document");
            assertThat(headings(word, "Heading2")).contains("Improving public confidence in policing");
            assertThat(headings(word, "Heading3")).isNotEmpty();
            assertThat(word.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(headings(word, "Title"))
                    .containsExactly(ExampleDocuments.small().title());
        }
    }

    @Test
    void tablesAreRealTablesWithARepeatingHeaderRow() throws IOException {
        try (XWPFDocument word = word()) {
            XWPFTable summary = word.getTables().get(0);
            assertThat(summary.getRow(0).isRepeatHeader()).isTrue();
            assertThat(summary.getRow(0).getCell(0).getText()).isEqualTo("Period");
            assertThat(summary.getRow(1).getCell(3).getText()).isEqualTo("+8.6% (569 more)");
            assertThat(word.getTables()).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void chartsArePicturesWithTheirTextAlternativeFollowedByTheirData() throws IOException {
        try (XWPFDocument word = word()) {
            List<XWPFPicture> pictures = word.getParagraphs().stream()
                    .flatMap(p -> p.getRuns().stream())
                    .flatMap(run -> run.getEmbeddedPictures().stream())
                    .toList();
            assertThat(pictures).hasSize(2);
            assertThat(pictures.get(0).getPictureData().getData()).startsWith(0x89, 'P', 'N', 'G');
            assertThat(pictures.get(0).getDescription()).startsWith("Line chart of Total recorded crime");
            assertThat(word.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("Figure 1 data: Offences per month, Total recorded crime");
        }
    }

    @Test
    void theDocumentsPropertiesGiveItsTitleAndLanguage() throws IOException {
        try (XWPFDocument word = word()) {
            var core = word.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo(ExampleDocuments.small().title());
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("en-GB");
            assertThat(word.getStyles().getStyle("Normal")).isNotNull();
        }
    }

    private static List<String> headings(XWPFDocument word, String style) {
        return word.getParagraphs().stream()
                .filter(p -> style.equals(p.getStyle()))
                .map(XWPFParagraph::getText)
                .toList();
    }
}
