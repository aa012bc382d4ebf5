package org.oversight.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.oversight.reports.DocumentFormat;
import org.oversight.reports.ExampleDocuments;
import org.oversight.reports.Provenance;
import org.springframework.web.util.HtmlUtils;

/** The HTML says what the PDF says, and stands on its own. */
class HtmlRenderingTest {

    private static final Pattern HEADING = Pattern.compile("<h([1-4])[^>]*>(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t([dh])[^>]*>(.*?)</t\\1>", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

    @Test
    void theHtmlHasTheSameHeadingsAndTableContentsAsThePdf() throws IOException {
        String html = RenderedSmallReport.in(DocumentFormat.HTML).text();
        String pdfText;
        try (PDDocument pdf =
                Loader.loadPDF(RenderedSmallReport.in(DocumentFormat.PDF).bytes())) {
            pdfText = words(new PDFTextStripper().getText(pdf));
        }
        List<String> headings = texts(HEADING, html);
        List<String> cells = texts(CELL, html);
        assertThat(headings).hasSizeGreaterThan(10).contains("Contents", "About this document");
        assertThat(cells).contains("+8.6% (569 more)", "2014-10");
        for (String text : headings) {
            assertThat(pdfText).as("a heading of the HTML in the PDF").contains(text);
        }
        for (String text : cells) {
            assertThat(pdfText).as("a table cell of the HTML in the PDF").contains(text);
        }
    }

    @Test
    void aStandalonePageHasItsTitleLanguageAndStylesAndOneMainHeading() {
        String html = RenderedSmallReport.in(DocumentFormat.HTML).text();
        assertThat(html)
                .contains(
                        "<html lang=\"en-GB\">",
                        "<title>" + ExampleDocuments.small().title() + "</title>");
        assertThat(html).contains("<style>", "@page", "@media print");
        assertThat(texts(Pattern.compile("<h(1)[^>]*>(.*?)</h1>", Pattern.DOTALL), html))
                .containsExactly(ExampleDocuments.small().title());
    }

    @Test
    void theFragmentForThe_siteIsTheArticleAlone() {
        String fragment =
                RenderedSmallReport.in(DocumentFormat.HTML_FRAGMENT).text().strip();
        assertThat(fragment)
                .startsWith("<article class=\"report report--frozen\"")
                .endsWith("</article>");
        assertThat(fragment).doesNotContain("<style", "<html", "<bookmarks");
    }

    @Test
    void everyIdOnThePageIsUniqueThoughEveryChartUsesTheSameIds() {
        String html = RenderedSmallReport.in(DocumentFormat.HTML).text();
        Set<String> seen = new HashSet<>();
        Matcher ids = ID.matcher(html);
        while (ids.find()) {
            assertThat(seen.add(ids.group(1))).as("id " + ids.group(1)).isTrue();
        }
        assertThat(seen).contains("figure-1-chart-title", "figure-2-chart-title");
        assertThat(html).contains("role=\"img\"", "aria-label=\"Line chart of Total recorded crime");
    }

    @Test
    void aDraftSaysItIsNotFrozenOnItsTitlePageAndInEveryFooter() {
        String html = TestRenderers.renderers()
                .render(TestRenderers.draft(ExampleDocuments.small(), Provenance.none()), DocumentFormat.HTML)
                .text();
        assertThat(html)
                .contains("report--draft", "Draft version 1: not frozen, and may still change", "draft, not frozen");
    }

    @Test
    void theTitlePageGivesTheProvenanceAndTheAppendixEveryBatchWithItsHash() {
        String html = RenderedSmallReport.in(DocumentFormat.HTML).text();
        assertThat(html)
                .contains("wm-police-and-crime-plan, version 2014-15", "October 2014")
                .contains("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                .contains(RenderedSmallReport.SNAPSHOT.sha256())
                .contains("Feeling the Difference survey, wave 14, September 2014");
    }

    private static List<String> texts(Pattern pattern, String html) {
        List<String> texts = new ArrayList<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            String text = words(HtmlUtils.htmlUnescape(matcher.group(2).replaceAll("<[^>]+>", " ")));
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
