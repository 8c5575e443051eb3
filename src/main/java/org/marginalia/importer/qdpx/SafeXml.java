package org.marginalia.importer.qdpx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.marginalia.importer.qdpx.QdpxException.Reason;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Parses project.qde with every door closed: no DOCTYPE (so no entities, no XXE, no billion laughs), no fetching. */
final class SafeXml {

    /** Far deeper than any codebook a person builds (the samples of four tools nest at most 6 levels). */
    static final int MAX_ELEMENT_DEPTH = 200;
    private static final String MAX_DEPTH_PROPERTY = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    private SafeXml() {
    }

    static Document parse(byte[] xml, String fileName) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            // Deep nesting only serves to exhaust the parser's stack; refused by name below instead.
            factory.setAttribute(MAX_DEPTH_PROPERTY, MAX_ELEMENT_DEPTH);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // The default handler prints parse errors to stderr; errors reach the user through the exception instead.
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("maxElementDepth")) {
                throw new QdpxException(Reason.TOO_DEEP, fileName, "more than " + MAX_ELEMENT_DEPTH + " levels", e);
            }
            Reason reason = message.contains("DOCTYPE") ? Reason.FORBIDDEN_DTD : Reason.MALFORMED_XML;
            throw new QdpxException(reason, fileName, message, e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        } catch (IOException e) {
            throw new QdpxException(Reason.UNREADABLE, fileName, e.getMessage(), e);
        }
    }
}
