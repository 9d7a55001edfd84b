package hep.capsule.internal.runner.tmva;

import hep.capsule.internal.runner.ModelExecutionException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses an XML model file that may come from anywhere: no document type declarations (so no entity expansion of any
 * kind), no external entities, schemas or stylesheets, no XInclude, and a limit on the file's size.
 */
final class HardenedXml {

    /** The largest XML model file accepted; TMVA files with thousands of deep trees stay far below. */
    static final int MAX_BYTES = 256 * 1024 * 1024;

    private HardenedXml() {}

    /** @param maxBytes the largest file accepted; {@link #MAX_BYTES} for model files */
    static Document parse(byte[] xml, int maxBytes, String label) throws ModelExecutionException {
        if (xml.length > maxBytes) {
            throw new ModelExecutionException(label + ": the XML file has " + xml.length
                    + " bytes; Capsule reads XML model files of at most " + maxBytes + " bytes");
        }
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed (" + systemId + ")");
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new ModelExecutionException(label + ": not a readable XML file: " + e.getMessage(), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new ModelExecutionException(label + ": the XML parser failed: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }

    /** The child elements of {@code parent} named {@code tag}, in document order. */
    static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                found.add(e);
            }
        }
        return found;
    }
}
