package org.oversight.reports.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The document as HTML, from the templates in {@code templates/reports}: a whole page with its own
 * styles (for download, print and the PDF), or an article to place in a page of the site.
 */
@Component
class HtmlRenderer {

    private final ITemplateEngine templates;
    private final String styles;

    HtmlRenderer(ITemplateEngine templates) {
        this.templates = templates;
        this.styles = resource("/static/css/reports.css") + "\n" + resource("/reports/print.css");
    }

    /** A whole HTML page; {@code pdf} adds the PDF's bookmarks (the markup and styles are otherwise the same). */
    String page(DocumentView view, boolean pdf) {
        Context context = new Context(Locale.UK);
        context.setVariable("view", view);
        context.setVariable("pdf", pdf);
        context.setVariable("styles", styles);
        return templates.process("reports/standalone", context);
    }

    /** The {@code article} alone, for a page of the site (which adds {@code /css/reports.css}). */
    String article(DocumentView view) {
        Context context = new Context(Locale.UK);
        context.setVariable("view", view);
        return templates.process("reports/fragment", context);
    }

    /** One section, for a page of the site. */
    String section(DocumentView.SectionView section) {
        Context context = new Context(Locale.UK);
        context.setVariable("section", section);
        return templates.process("reports/section", context);
    }

    private static String resource(String path) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
