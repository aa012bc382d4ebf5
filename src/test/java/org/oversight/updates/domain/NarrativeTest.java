package org.oversight.updates.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A lead's Markdown becomes safe HTML: structure kept, anything active removed. */
class NarrativeTest {

    @Test
    void paragraphsListsAndHeadingsAreKept() {
        String html = Narrative.toHtml(
                "First paragraph.\n\nSecond.\n\n- one\n- two\n\n1. first\n2. second\n\n### Governance\n");
        assertThat(html)
                .contains("<p>First paragraph.</p>", "<p>Second.</p>")
                .contains("<ul>")
                .contains("<li>one</li>", "<ol>", "<li>second</li>", "<h3>Governance</h3>");
    }

    @Test
    void aSmallTableIsKept() {
        String html = Narrative.toHtml("| Month | Offences |\n| --- | ---: |\n| April | 868 |\n| May | 842 |\n");
        assertThat(html).contains("<table>", "<th>Month</th>", "<td>April</td>", "<td align=\"right\">868</td>");
    }

    @Test
    void typedHtmlIsShownAsTextNeverRun() {
        String html = Narrative.toHtml("Hello <script>alert(1)</script> and <img src=x onerror=alert(2)>");
        assertThat(html).doesNotContain("<script", "<img", "onerror=alert(2)>");
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void javascriptLinksAreDroppedAndOtherLinksKept() {
        String html = Narrative.toHtml("[bad](javascript:alert(1)) and [HMIC](https://www.hmic.gov.uk/)");
        assertThat(html).doesNotContain("javascript:");
        assertThat(html).contains("<a href=\"https://www.hmic.gov.uk/\" rel=\"nofollow\">HMIC</a>");
    }

    @Test
    void topLevelHeadingsBecomeThirdLevelSoThePageKeepsOneH1() {
        assertThat(Narrative.toHtml("# Big\n\n## Less"))
                .contains("<h3>Big</h3>", "<h3>Less</h3>")
                .doesNotContain("<h1", "<h2");
    }

    @Test
    void noNarrativeIsNoHtml() {
        assertThat(Narrative.toHtml(null)).isEmpty();
        assertThat(Narrative.toHtml("  ")).isEmpty();
    }
}
