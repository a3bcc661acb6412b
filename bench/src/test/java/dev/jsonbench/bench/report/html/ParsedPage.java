package dev.jsonbench.bench.report.html;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A report page read by an XML parser (which fails on anything not well formed), queried with XPath. */
final class ParsedPage {

    final String source;
    final Document document;

    private ParsedPage(String source, Document document) {
        this.source = source;
        this.document = document;
    }

    static ParsedPage parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return new ParsedPage(html, factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
    }

    List<Element> all(String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
            return elements;
        } catch (javax.xml.xpath.XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    /** The text of every element {@code xpath} selects, whitespace collapsed. */
    List<String> texts(String xpath) {
        return all(xpath).stream().map(e -> e.getTextContent().replaceAll("\\s+", " ").strip()).toList();
    }

    /** Each table row {@code xpath} selects as its cells' texts joined by a space. */
    List<String> rows(String xpath) {
        return all(xpath).stream().map(row -> {
            List<String> cells = new ArrayList<>();
            NodeList children = row.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element cell) {
                    cells.add(cell.getTextContent().replaceAll("\\s+", " ").strip());
                }
            }
            return String.join(" ", cells);
        }).toList();
    }

    String text(String xpath) {
        List<String> texts = texts(xpath);
        if (texts.size() != 1) {
            throw new AssertionError(xpath + " selects " + texts.size() + " elements: " + texts);
        }
        return texts.getFirst();
    }
}
