package org.oversight.reports.render;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oversight.reports.DocumentFormat;
import org.oversight.reports.ExampleDocuments;

class RenderLookTest {
    @Test
    void writesFiles() throws Exception {
        Renderers renderers = TestRenderers.renderers();
        var stored = TestRenderers.frozen(ExampleDocuments.boardSized(), ExampleDocuments.provenance());
        Path dir = Files.createDirectories(Path.of("target/report-look"));
        StringBuilder out = new StringBuilder();
        for (DocumentFormat format : DocumentFormat.values()) {
            long start = System.nanoTime();
            var rendered = renderers.render(stored, format);
            out.append(String.format(
                    "%s %d bytes in %.0f ms%n", format, rendered.bytes().length, (System.nanoTime() - start) / 1e6));
            Files.write(
                    dir.resolve("board." + format.name().toLowerCase() + "." + format.extension()), rendered.bytes());
        }
        ClassLoaderHolder h = new ClassLoaderHolder();
        for (int i = 0; i < 8; i++) {
            long a = System.nanoTime();
            DocumentView view = DocumentViews.of(stored);
            long b = System.nanoTime();
            String html = h.html.page(view, true);
            long c = System.nanoTime();
            var mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu = mx.getCurrentThreadCpuTime();
            h.pdf.render(html, TestRenderers.FROZEN, stored.contentSha256());
            long d = System.nanoTime();
            out.append(String.format(
                    "view %.0f html %.0f pdf %.0f cpu %.0f%n",
                    (b - a) / 1e6, (c - b) / 1e6, (d - c) / 1e6, (mx.getCurrentThreadCpuTime() - cpu) / 1e6));
        }
        Files.writeString(dir.resolve("timings.txt"), out);
    }

    static class ClassLoaderHolder {
        HtmlRenderer html;
        PdfRenderer pdf = new PdfRenderer(new ReportFonts());

        ClassLoaderHolder() {
            var resolver = new org.thymeleaf.templateresolver.ClassLoaderTemplateResolver();
            resolver.setPrefix("templates/");
            resolver.setSuffix(".html");
            var engine = new org.thymeleaf.spring6.SpringTemplateEngine();
            engine.setTemplateResolver(resolver);
            html = new HtmlRenderer(engine);
        }
    }
}
