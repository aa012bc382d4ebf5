package org.oversight.updates.domain;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A lead's narrative: Markdown (paragraphs, lists, headings, tables) rendered to HTML that is safe
 * to show. Raw HTML typed into the narrative is escaped (shown as text) and unsafe link targets are
 * dropped by the renderer, and the result is then passed through an OWASP sanitiser policy that
 * allows only text structure, tables and http(s)/mailto links, so no script, style or event handler
 * can reach a page whatever the renderer does.
 */
public final class Narrative {

    /** The most a narrative may hold: a long update of seed 001 is about 7,000 characters. */
    public static final int MAX_LENGTH = 50_000;

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            // A page has one h1 and its own h2s: a narrative's top headings become h3.
            .allowElements((name, attributes) -> "h3", "h1", "h2")
            .allowElements(
                    "p",
                    "br",
                    "strong",
                    "em",
                    "code",
                    "pre",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td",
                    "hr",
                    "a")
            .allowAttributes("align")
            .matching(false, "left", "right", "center")
            .onElements("th", "td")
            .allowAttributes("start")
            .matching((element, attribute, value) -> value.matches("\\d{1,6}") ? value : null)
            .onElements("ol")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .requireRelNofollowOnLinks()
            .toFactory();

    private Narrative() {}

    /** Safe HTML for the Markdown text; empty for none. */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String rendered = RENDERER.render(PARSER.parse(markdown));
        return POLICY.sanitize(rendered);
    }
}
