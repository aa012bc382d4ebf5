package org.oversight.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oversight.reports.DocumentFormat;
import org.oversight.reports.ExampleDocuments;

/**
 * openhtmltopdf notes each link and image it tags; by default it printed them on the standard error,
 * so {@code ./oversight report board} printed dozens of "com.openhtmltopdf.general INFO" lines.
 */
class PdfLogTest {

    @Test
    void renderingAPdfPrintsNothingOnTheStandardError() {
        PrintStream standardError = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            TestRenderers.renderers()
                    .render(
                            TestRenderers.frozen(ExampleDocuments.small(), ExampleDocuments.provenance()),
                            DocumentFormat.PDF);
        } finally {
            System.setErr(standardError);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("openhtmltopdf");
    }
}
