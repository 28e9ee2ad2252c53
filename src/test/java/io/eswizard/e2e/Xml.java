package io.eswizard.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** XPath over a config file; namespace-unaware so carbon.xml's default namespace needs no prefixes. */
final class Xml {

    private final Document doc;

    private Xml(Document doc) {
        this.doc = doc;
    }

    static Xml parse(Path file) throws Exception {
        return parse(java.nio.file.Files.readAllBytes(file));
    }

    static Xml parse(byte[] content) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return new Xml(f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(content)));
    }

    String text(String xpath) throws Exception {
        return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.STRING);
    }

    List<String> texts(String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().trim());
        }
        return out;
    }

    int count(String xpath) throws Exception {
        return ((Double) XPathFactory.newInstance().newXPath().evaluate("count(" + xpath + ")", doc,
                XPathConstants.NUMBER)).intValue();
    }
}
