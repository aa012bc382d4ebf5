package org.oversight.reports.snapshot;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Whether a figure's SVG may go into a report: well-formed XML with an {@code svg} root in the SVG
 * namespace, no document type, no scripts or event handlers, no embedded HTML, and no references
 * outside itself (only {@code #id} links), because it is placed as it is into pages and PDFs.
 */
public final class SvgCheck {

    public static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final String XLINK_NAMESPACE = "http://www.w3.org/1999/xlink";

    /** A CSS reference that is not to an #id of the SVG itself. */
    private static final java.util.regex.Pattern OUTSIDE_URL =
            java.util.regex.Pattern.compile("url\\(\\s*['\"]?(?!#)|@import", java.util.regex.Pattern.CASE_INSENSITIVE);

    private SvgCheck() {}

    /** The problems with the SVG, each in words; none when it may be used. */
    public static List<String> problems(String svg) {
        List<String> problems = new ArrayList<>();
        Element root;
        try {
            root = parse(svg).getDocumentElement();
        } catch (SAXException e) {
            problems.add("the SVG is not well-formed XML (" + e.getMessage() + ")");
            return problems;
        }
        if (!"svg".equals(root.getLocalName()) || !SVG_NAMESPACE.equals(root.getNamespaceURI())) {
            problems.add("the SVG's root must be an svg element in the namespace " + SVG_NAMESPACE + ", not <"
                    + root.getNodeName() + ">");
            return problems;
        }
        walk(root, problems);
        return problems;
    }

    /** Parses SVG text securely (no document type, no external entities). */
    public static org.w3c.dom.Document parse(String svg) throws SAXException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void warning(org.xml.sax.SAXParseException e) {}
            });
            return builder.parse(new InputSource(new StringReader(svg)));
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException("cannot set up a secure XML parser", e);
        }
    }

    private static void walk(Element element, List<String> problems) {
        String name = element.getLocalName();
        if (!SVG_NAMESPACE.equals(element.getNamespaceURI())) {
            problems.add("the SVG contains <" + element.getNodeName() + ">, which is not an SVG element");
        } else if ("script".equals(name) || "foreignObject".equals(name)) {
            problems.add("the SVG contains <" + name + ">, which reports do not allow");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeName = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            if (attributeName.toLowerCase(Locale.ROOT).startsWith("on")) {
                problems.add("the SVG's <" + name + "> has an event handler (" + attribute.getName() + ")");
            }
            boolean link = "href".equals(attributeName)
                    && (attribute.getNamespaceURI() == null || XLINK_NAMESPACE.equals(attribute.getNamespaceURI()));
            if (OUTSIDE_URL.matcher(attribute.getValue()).find()) {
                problems.add("the SVG's <" + name + "> refers outside itself (" + attribute.getName()
                        + "): only url(#id) references are allowed");
            }
            if (link && !attribute.getValue().startsWith("#")) {
                problems.add("the SVG's <" + name + "> refers outside itself (" + attribute.getName() + "=\""
                        + attribute.getValue() + "\"): only #id references are allowed");
            }
        }
        if ("style".equals(name)
                && OUTSIDE_URL.matcher(element.getTextContent()).find()) {
            problems.add("the SVG's <style> refers outside itself: only url(#id) references are allowed");
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                walk(childElement, problems);
            }
        }
    }
}
