package io.eswizard.standin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Small DOM helpers over the product's configuration files (tag names without namespaces). */
final class Xml {

    private Xml() {
    }

    static Element read(Path file) throws StartFailure {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setExpandEntityReferences(false);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document d = f.newDocumentBuilder().parse(file.toFile());
            return d.getDocumentElement();
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new StartFailure("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The element children of a node with that tag name. */
    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && tag.equals(local(e))) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String tag) {
        List<Element> all = children(parent, tag);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The trimmed text of the first child with that tag; "" when none. */
    static String text(Element parent, String tag) {
        Element e = child(parent, tag);
        return e == null ? "" : e.getTextContent().trim();
    }

    /** Follows a path of tag names from an element; null when a step is missing. */
    static Element path(Element from, String... tags) {
        Element e = from;
        for (String tag : tags) {
            e = child(e, tag);
            if (e == null) {
                return null;
            }
        }
        return e;
    }

    private static String local(Element e) {
        String name = e.getTagName();
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }
}
