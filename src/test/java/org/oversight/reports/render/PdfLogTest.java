package org.oversight.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oversight.reports.DocumentFormat;
import org.oversight.reports.ExampleDocuments;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf notes each link and image it tags and each CSS property it cannot use; by default
 * it printed them on the standard error, so {@code ./oversight report board} printed dozens of
 * "com.openhtmltopdf" lines around what the command said.
 */
class PdfLogTest {

    @Test
    void renderingAPdfPrintsNothingOnTheStandardErrorAndWarnsOfNothing() {
        Logger openhtmltopdf = (Logger) LoggerFactory.getLogger("com.openhtmltopdf");
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        openhtmltopdf.addAppender(events);
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
            openhtmltopdf.detachAppender(events);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("openhtmltopdf");
        assertThat(events.list)
                .filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage)
                .isEmpty();
    }
}
