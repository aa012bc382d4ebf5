package org.oversight.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.oversight.reports.DocumentFormat;
import org.oversight.reports.ExampleDocuments;

/** The PDF is tagged (PDF/UA), titled, in English, with every font embedded and charts as vectors. */
class PdfRenderingTest {

    private static PDDocument pdf() throws IOException {
        return Loader.loadPDF(RenderedSmallReport.in(DocumentFormat.PDF).bytes());
    }

    @Test
    void isTaggedWithAStructureTreeAndMarkedContent() throws IOException {
        try (PDDocument pdf = pdf()) {
            PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
            assertThat(root).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            List<String> types = new ArrayList<>();
            collect(root, types, new ArrayList<>());
            assertThat(types).contains("Document", "H1", "H2", "H3", "P", "Table", "TH", "TD", "L", "LI", "Figure");
            assertThat(pdf.getDocumentCatalog().getMetadata()).isNotNull();
        }
    }

    @Test
    void everyFigureCarriesItsTextAlternative() throws IOException {
        try (PDDocument pdf = pdf()) {
            List<String> alternatives = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), new ArrayList<>(), alternatives);
            assertThat(alternatives).hasSize(2).allSatisfy(alt -> assertThat(alt)
                    .startsWith("Line chart of "));
        }
    }

    @Test
    void hasTheDocumentsTitleAndLanguage() throws IOException {
        try (PDDocument pdf = pdf()) {
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo(ExampleDocuments.small().title());
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle())
                    .isTrue();
        }
    }

    @Test
    void embedsEveryFontItUses() throws IOException {
        try (PDDocument pdf = pdf()) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(fonts).anyMatch(name -> name.contains("LiberationSans"));
        }
    }

    @Test
    void drawsChartsAsVectorsNotPictures() throws IOException {
        try (PDDocument pdf = pdf()) {
            for (PDPage page : pdf.getPages()) {
                assertThat(images(page.getResources())).isZero();
            }
        }
    }

    @Test
    void carriesEveryHeadingAndPageNumbers() throws IOException {
        try (PDDocument pdf = pdf()) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String heading : List.of(
                    ExampleDocuments.small().title(),
                    "Contents",
                    "Purpose of report",
                    "Executive summary",
                    "Improving public confidence in policing",
                    "Reducing crime and offending",
                    "Performance position",
                    "About this document")) {
                assertThat(text).contains(heading);
            }
            assertThat(text).contains("Page 2 of " + pdf.getNumberOfPages());
        }
    }

    private static int images(PDResources resources) throws IOException {
        int count = 0;
        for (var name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                count++;
            } else if (object instanceof PDFormXObject form && form.getResources() != null) {
                count += images(form.getResources());
            }
        }
        return count;
    }

    private static void collect(PDStructureNode node, List<String> types, List<String> figureAlternatives) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                if ("Figure".equals(element.getStructureType())) {
                    figureAlternatives.add(element.getAlternateDescription());
                }
                collect(element, types, figureAlternatives);
            }
        }
    }
}
