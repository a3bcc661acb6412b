package dev.jsonbench.bench.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A chart parsed with the JDK's XML parser (which fails on anything not well-formed), and ways to look into it. */
final class ParsedSvg {

    final String source;
    final Element root;

    private ParsedSvg(String source, Element root) {
        this.source = source;
        this.root = root;
    }

    static ParsedSvg parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            Element root = document.getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("svg");
            assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            return new ParsedSvg(svg, root);
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    /** The viewBox height. */
    double height() {
        return Double.parseDouble(root.getAttribute("viewBox").split(" ")[3]);
    }

    /** Every element named {@code name} anywhere in the chart (or under {@code under}). */
    static List<Element> all(Element under, String name) {
        NodeList nodes = under.getElementsByTagNameNS("*", name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    List<Element> all(String name) {
        return all(root, name);
    }

    /** The text of every {@code <text>} element, in document order. */
    List<String> texts() {
        return all("text").stream().map(Node::getTextContent).toList();
    }

    /** The groups that are one row or one series each: direct children {@code <g>} with a tooltip or shapes. */
    List<Element> groups() {
        List<Element> groups = new ArrayList<>();
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getLocalName().equals("g")) {
                groups.add(element);
            }
        }
        return groups;
    }

    /** The tooltip of a group. */
    static String tooltip(Element group) {
        return all(group, "title").getFirst().getTextContent();
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
