package io.eswizard.playbook;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Namespace-aware XPath over an XML text; the prefix c is carbon.xml's namespace. */
final class ParsedXml {

    static final String CARBON_NS = "http://wso2.org/projects/carbon/carbon.xml";
    private static final Map<String, String> PREFIXES = Map.of("c", CARBON_NS);

    private final Document doc;

    private ParsedXml(Document doc) {
        this.doc = doc;
    }

    static ParsedXml of(Path file) throws Exception {
        return of(Files.readAllBytes(file));
    }

    /** Parses text already decoded (a diff's before or after), whatever its declaration says. */
    static ParsedXml of(String text) throws Exception {
        return new ParsedXml(builder().parse(new InputSource(new StringReader(text))));
    }

    static ParsedXml of(byte[] bytes) throws Exception {
        return new ParsedXml(builder().parse(new ByteArrayInputStream(bytes)));
    }

    private static DocumentBuilder builder() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder();
    }

    String text(String xpath) throws Exception {
        return (String) xpath().evaluate(xpath, doc, XPathConstants.STRING);
    }

    List<String> texts(String xpath) throws Exception {
        NodeList nodes = (NodeList) xpath().evaluate(xpath, doc, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    int count(String xpath) throws Exception {
        return ((Double) xpath().evaluate("count(" + xpath + ")", doc, XPathConstants.NUMBER)).intValue();
    }

    private static XPath xpath() {
        XPath x = XPathFactory.newInstance().newXPath();
        x.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return PREFIXES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return x;
    }
}
