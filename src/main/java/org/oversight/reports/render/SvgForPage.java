package org.oversight.reports.render;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.oversight.reports.snapshot.SvgCheck;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A figure's stored SVG made ready for one page: its ids prefixed so that several charts (which
 * often use the same ids) can share a page, and its text alternative set as the image's accessible
 * name ({@code role="img"}, {@code aria-label}, and {@code alt}, which the PDF's Figure tag takes).
 */
final class SvgForPage {

    private static final Pattern URL_REFERENCE = Pattern.compile("url\\(#([^)]+)\\)");

    private SvgForPage() {}

    static String prepare(String svg, String prefix, String textAlternative) {
        try {
            org.w3c.dom.Document parsed = SvgCheck.parse(svg);
            Element root = parsed.getDocumentElement();
            Map<String, String> ids = new HashMap<>();
            collectIds(root, prefix, ids);
            rewrite(root, ids);
            root.removeAttribute("aria-labelledby");
            root.removeAttribute("aria-describedby");
            root.setAttribute("role", "img");
            root.setAttribute("aria-label", textAlternative);
            root.setAttribute("alt", textAlternative);
            root.setAttribute("focusable", "false");
            return serialise(parsed);
        } catch (SAXException e) {
            // Checked when the document was stored, so this is a stored snapshot that no longer parses.
            throw new IllegalStateException("a stored figure's SVG is not well-formed: " + e.getMessage(), e);
        }
    }

    private static void collectIds(Element element, String prefix, Map<String, String> ids) {
        String id = element.getAttribute("id");
        if (!id.isEmpty()) {
            ids.put(id, prefix + id);
            element.setAttribute("id", prefix + id);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collectIds(childElement, prefix, ids);
            }
        }
    }

    private static void rewrite(Element element, Map<String, String> ids) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String value = attribute.getValue();
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            if ("href".equals(name) && value.startsWith("#") && ids.containsKey(value.substring(1))) {
                attribute.setValue("#" + ids.get(value.substring(1)));
            } else if (value.contains("url(#")) {
                Matcher matcher = URL_REFERENCE.matcher(value);
                StringBuilder rewritten = new StringBuilder();
                while (matcher.find()) {
                    String target = ids.getOrDefault(matcher.group(1), matcher.group(1));
                    matcher.appendReplacement(rewritten, Matcher.quoteReplacement("url(#" + target + ")"));
                }
                matcher.appendTail(rewritten);
                attribute.setValue(rewritten.toString());
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                rewrite(childElement, ids);
            }
        }
    }

    private static String serialise(org.w3c.dom.Document document) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write an SVG back out", e);
        }
    }
}
