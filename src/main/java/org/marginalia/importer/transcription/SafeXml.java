package org.marginalia.importer.transcription;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.marginalia.importer.HardenedXml;
import org.marginalia.importer.ImportException;

/**
 * A StAX reader hardened as the {@code .qdpx} reader is: DTDs are not processed and external entities never
 * fetched; a file that declares an internal DTD subset (where entity bombs live) is refused, and so is one that nests
 * elements deeper than the limit. XHTML (hOCR) may carry a plain {@code <!DOCTYPE html …>} line, which is skipped.
 */
final class SafeXml implements AutoCloseable {

    private final XMLStreamReader reader;
    private final String fileName;
    private final int maxDepth;
    private final boolean plainDoctype;
    private int depth;

    SafeXml(byte[] bytes, String fileName, int maxDepth, boolean plainDoctype) {
        this.fileName = fileName;
        this.maxDepth = maxDepth;
        this.plainDoctype = plainDoctype;
        try {
            this.reader = HardenedXml.reader(new ByteArrayInputStream(bytes));
        } catch (XMLStreamException e) {
            throw damaged(e);
        }
    }

    /**
     * Moves to the next start or end of an element.
     *
     * @return {@link XMLStreamConstants#START_ELEMENT}, {@link XMLStreamConstants#END_ELEMENT} or
     *     {@link XMLStreamConstants#END_DOCUMENT}
     */
    int next() {
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    refuseDtd(reader.getText());
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new ImportException(ImportException.Reason.UNSAFE, fileName,
                            "it refers to an entity (&" + reader.getLocalName() + ";)", null);
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++depth > maxDepth) {
                        throw new ImportException(ImportException.Reason.UNSAFE, fileName,
                                "elements are nested more than " + maxDepth + " deep", null);
                    }
                    return event;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    return event;
                }
            }
            return XMLStreamConstants.END_DOCUMENT;
        } catch (XMLStreamException e) {
            throw damaged(e);
        }
    }

    /** The local name of the element the reader is on. */
    String name() {
        return reader.getLocalName();
    }

    /** How deep the current element is nested, the root being 1. */
    int depth() {
        return depth;
    }

    /** An attribute of the current element by local name, whatever its namespace; '' when absent. */
    String attribute(String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (localName.equals(reader.getAttributeLocalName(i))) {
                return reader.getAttributeValue(i);
            }
        }
        return "";
    }

    /** The text inside the current element and its descendants; leaves the reader on its end. */
    String textInside() {
        StringBuilder text = new StringBuilder();
        int level = 1;
        try {
            while (level > 0 && reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    level++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    level--;
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    text.append(reader.getText());
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new ImportException(ImportException.Reason.UNSAFE, fileName,
                            "it refers to an entity (&" + reader.getLocalName() + ";)", null);
                }
            }
        } catch (XMLStreamException e) {
            throw damaged(e);
        }
        depth--;
        return text.toString();
    }

    private void refuseDtd(String declaration) {
        if (!plainDoctype || declaration == null || declaration.contains("[") || declaration.contains("<!ENTITY")) {
            throw new ImportException(ImportException.Reason.UNSAFE, fileName,
                    "the file declares a DTD, which a transcription never needs", null);
        }
    }

    private ImportException damaged(XMLStreamException e) {
        return new ImportException(ImportException.Reason.DAMAGED, fileName, "not well-formed XML: "
                + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // Nothing is left to read; the bytes are in memory, so there is nothing to release either.
            return;
        }
    }
}
