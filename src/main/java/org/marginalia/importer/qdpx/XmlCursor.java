package org.marginalia.importer.qdpx;

import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.marginalia.importer.HardenedXml;
import org.marginalia.importer.qdpx.QdpxException.Reason;

/**
 * Walks project.qde as a stream (StAX), one element at a time, so memory does not grow with the number of
 * selections. A DOCTYPE is refused (no entities, no XXE, no billion laughs) and nothing is fetched.
 *
 * <p>The idiom: positioned on an element's start, {@code while (cursor.nextChild())} visits each child element; a
 * handler leaves the cursor on its child's end, by reading the child's own children, {@link #text()} or
 * {@link #skip()}.
 */
final class XmlCursor implements AutoCloseable {

    /** Deeper than any REFI-QDA file nests (codes within codes); beyond it a file is taken as hostile. */
    static final int MAX_DEPTH = 256;

    private final XMLStreamReader reader;
    private final String fileName;
    private int depth;

    XmlCursor(InputStream in, String fileName) {
        this.fileName = fileName;
        try {
            this.reader = HardenedXml.reader(in);
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /** Moves to the root element. */
    String root() {
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new QdpxException(Reason.FORBIDDEN_DTD, fileName, "the file declares a DOCTYPE");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth = 1;
                    return reader.getLocalName();
                }
            }
            throw new QdpxException(Reason.MALFORMED_XML, fileName, "the file has no root element");
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /** Moves to the next child element of the current one; false (on the current element's end) when none is left. */
    boolean nextChild() {
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++depth > MAX_DEPTH) {
                        throw new QdpxException(Reason.TOO_DEEP, fileName,
                                "elements are nested more than " + MAX_DEPTH + " deep");
                    }
                    return true;
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    return false;
                }
            }
            return false;
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    String name() {
        return reader.getLocalName();
    }

    /** The attribute's value, or "" when it is absent. */
    String attr(String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (localName.equals(reader.getAttributeLocalName(i))) {
                return reader.getAttributeValue(i);
            }
        }
        return "";
    }

    /** All text inside the current element (child elements' text included), leaving the cursor on its end. */
    String text() {
        StringBuilder text = new StringBuilder();
        int level = 0;
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            text.append(reader.getText());
                    case XMLStreamConstants.START_ELEMENT -> level++;
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (level-- == 0) {
                            depth--;
                            return text.toString();
                        }
                    }
                    default -> { }
                }
            }
            return text.toString();
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /** Skips the current element with everything inside it. */
    void skip() {
        text();
    }

    private QdpxException malformed(XMLStreamException e) {
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ")";
        return new QdpxException(Reason.MALFORMED_XML, fileName, e.getMessage() + where, e);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }
}
