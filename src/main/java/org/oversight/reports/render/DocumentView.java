package org.oversight.reports.render;

import java.util.List;
import org.oversight.reports.Block;
import org.oversight.reports.Provenance;

/**
 * A stored snapshot laid out for the renderers: the document's sections with heading levels and
 * numbered tables and figures, the title page's facts, the contents, and the appendix that says
 * where the figures come from. The HTML template and the Word writer read the same view, so they
 * number and order everything alike.
 *
 * @param status {@code draft}, {@code frozen} or {@code superseded}
 * @param statusLine the state in one sentence, on the title page and in the page footer
 * @param runningFooter what each PDF page's footer says beside the page number
 */
public record DocumentView(
        String title,
        String subtitle,
        String publisher,
        String language,
        String status,
        String statusLine,
        List<String> notices,
        List<Fact> coverFacts,
        List<ContentsEntry> contents,
        List<SectionView> sections,
        List<Fact> about,
        Provenance provenance,
        String runningFooter,
        String fileStem) {

    /** The id of the appendix that gives the provenance; document sections may not use ids starting "report-". */
    public static final String ABOUT_ID = "report-about";

    public static final String ABOUT_HEADING = "About this document";

    public static final String CONTENTS_HEADING = "Contents";

    public record Fact(String term, String value) {}

    public record ContentsEntry(String id, String heading, List<ContentsEntry> children) {}

    /** A section with its heading level: 2 for top-level sections (the title is 1), at most 4. */
    public record SectionView(
            String id, String heading, int level, List<BlockView> blocks, List<SectionView> sections) {

        /** The section starts on a new page (PDF and Word) when its first block is a page break. */
        public boolean startsOnNewPage() {
            return !blocks.isEmpty() && blocks.get(0).block() instanceof Block.PageBreak;
        }
    }

    /**
     * A block with what the page adds: {@code label} numbers tables and figures ("Table 3",
     * "Figure 1"); {@code svg} is a figure's SVG made ready for the page; {@code dataLabel} labels a
     * figure's data table.
     */
    public record BlockView(String kind, Block block, String label, String svg, String dataLabel) {}
}
