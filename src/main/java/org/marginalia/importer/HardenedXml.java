package org.marginalia.importer;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way XML files from elsewhere are opened: the JDK's StAX with DTDs not processed, external entities never
 * fetched and no access to external DTDs, namespace-aware. Callers still refuse a DTD event themselves.
 */
public final class HardenedXml {

    private HardenedXml() {
    }

    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.createXMLStreamReader(in);
    }
}
