package org.oversight.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.oversight.reports.SnapshotNotFound;

/** One section of a stored document, for a page of the site that has its own h1. */
class SectionRenderingTest {

    @Test
    void aNestedSectionRendersWithItsHeadingAsAnH2AndItsSubsectionsOneLevelBelow() {
        String html = TestRenderers.renderers().section(RenderedSmallReport.SNAPSHOT, "objective-1");

        assertThat(html).startsWith("<section").contains("id=\"objective-1\"");
        assertThat(html).contains("<h2 class=\"report-heading report-heading--2\">Improving public confidence");
        assertThat(html)
                .contains("<h3 class=\"report-heading report-heading--3\">")
                .doesNotContain("<h4");
        assertThat(html).doesNotContain("id=\"objective-2\"").doesNotContain("<h1");
    }

    @Test
    void aSectionTheDocumentDoesNotHaveIsNotFoundWithItsName() {
        assertThatThrownBy(() -> TestRenderers.renderers().section(RenderedSmallReport.SNAPSHOT, "no-such-section"))
                .isInstanceOf(SnapshotNotFound.class)
                .hasMessageContaining("no section 'no-such-section'");
    }
}
