package org.marginalia.export.bibliography;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jsoup.nodes.Entities;
import org.marginalia.export.csl.CslItems;
import org.marginalia.model.ArchiveLocation;
import org.marginalia.model.BibliographyTypes;
import org.marginalia.model.CitationDetails;
import org.marginalia.model.NotedSource;
import org.marginalia.model.PassageNote;
import org.marginalia.model.SourceMetadata;

/**
 * Sources with their passages as child notes, in Zotero RDF: File → Import in Zotero creates each item with one
 * note per passage. Checked against Zotero's RDF import translator (zotero/translators, {@code RDF.js},
 * {@code importItem}): an item's {@code dcterms:isReferencedBy} pointing at a {@code bib:Memo} becomes a child note
 * whose HTML is the memo's {@code rdf:value} and whose tags are its {@code dc:subject}s; {@code z:itemType} sets the
 * type and any other {@code z:} property (archive, archiveLocation) the field of that name.
 */
public final class ZoteroRdfWriter {

    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String Z = "http://www.zotero.org/namespaces/export#";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String BIB = "http://purl.org/net/biblio#";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";

    public void write(List<NotedSource> sources, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("rdf", "RDF", RDF);
            for (String[] ns : new String[][] {{"rdf", RDF}, {"z", Z}, {"dc", DC}, {"dcterms", DCTERMS},
                {"bib", BIB}, {"foaf", FOAF}}) {
                x.writeNamespace(ns[0], ns[1]);
            }
            int note = 0;
            for (NotedSource source : sources) {
                int first = note + 1;
                item(x, source, first);
                for (PassageNote passage : source.notes()) {
                    memo(x, ++note, passage, source.source().details());
                }
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void item(XMLStreamWriter x, NotedSource noted, int firstNote) throws XMLStreamException {
        SourceMetadata m = noted.source().metadata();
        x.writeStartElement("rdf", "Description", RDF);
        x.writeAttribute("rdf", RDF, "about", "#item_" + noted.source().key());
        text(x, Z, "z", "itemType", BibliographyTypes.ofCsl(CslItems.itemType(noted.source())).zotero());
        text(x, DC, "dc", "title", m.title());
        authors(x, m.author());
        text(x, DC, "dc", "date", m.date().isEmpty() ? m.eventDate() : m.date());
        if (!m.publisher().isEmpty()) {
            x.writeStartElement("dc", "publisher", DC);
            x.writeStartElement("foaf", "Organization", FOAF);
            text(x, FOAF, "foaf", "name", m.publisher());
            x.writeEndElement();
            x.writeEndElement();
        }
        if (!m.url().isEmpty()) {
            x.writeStartElement("dc", "identifier", DC);
            x.writeStartElement("dcterms", "URI", DCTERMS);
            text(x, RDF, "rdf", "value", m.url());
            x.writeEndElement();
            x.writeEndElement();
        }
        text(x, Z, "z", "archive", m.archive());
        text(x, Z, "z", "archiveLocation", ArchiveLocation.of(m).text());
        for (int i = 0; i < noted.notes().size(); i++) {
            x.writeEmptyElement("dcterms", "isReferencedBy", DCTERMS);
            x.writeAttribute("rdf", RDF, "resource", "#note_" + (firstNote + i));
        }
        x.writeEndElement();
    }

    private static void authors(XMLStreamWriter x, String authors) throws XMLStreamException {
        if (authors.isEmpty()) {
            return;
        }
        x.writeStartElement("bib", "authors", BIB);
        x.writeStartElement("rdf", "Seq", RDF);
        for (String name : authors.split("\\s*;\\s*")) {
            x.writeStartElement("rdf", "li", RDF);
            x.writeStartElement("foaf", "Person", FOAF);
            int comma = name.indexOf(',');
            if (name.startsWith("{") && name.endsWith("}")) {
                text(x, FOAF, "foaf", "surname", name.substring(1, name.length() - 1));
            } else if (comma > 0) {
                text(x, FOAF, "foaf", "surname", name.substring(0, comma).strip());
                text(x, FOAF, "foaf", "givenName", name.substring(comma + 1).strip());
            } else {
                int space = name.lastIndexOf(' ');
                text(x, FOAF, "foaf", "surname", space < 0 ? name : name.substring(space + 1));
                text(x, FOAF, "foaf", "givenName", space < 0 ? "" : name.substring(0, space));
            }
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void memo(XMLStreamWriter x, int id, PassageNote passage, CitationDetails details)
            throws XMLStreamException {
        x.writeStartElement("bib", "Memo", BIB);
        x.writeAttribute("rdf", RDF, "about", "#note_" + id);
        text(x, RDF, "rdf", "value", noteHtml(passage, details));
        for (String tag : passage.tags()) {
            text(x, DC, "dc", "subject", tag);
        }
        x.writeEndElement();
    }

    /** The note as Zotero shows it: the quote, its tags, the user's note and a link back to the page in Zotero. */
    static String noteHtml(PassageNote passage, CitationDetails details) {
        StringBuilder html = new StringBuilder("<blockquote>").append(Entities.escape(passage.quote()))
                .append("</blockquote>");
        if (!passage.tags().isEmpty()) {
            html.append("<p>Tags: ").append(Entities.escape(String.join(", ", passage.tags()))).append("</p>");
        }
        if (!passage.note().isBlank()) {
            html.append("<p>").append(Entities.escape(passage.note())).append("</p>");
        }
        String link = details.zoteroPageLink(passage.page());
        if (!link.isEmpty()) {
            html.append("<p><a href=\"").append(Entities.escape(link)).append("\">")
                    .append(passage.page() > 0 ? "Page " + passage.page() : "Open in Zotero").append("</a></p>");
        }
        return html.toString();
    }

    private static void text(XMLStreamWriter x, String ns, String prefix, String name, String value)
            throws XMLStreamException {
        if (value.isEmpty()) {
            return;
        }
        x.writeStartElement(prefix, name, ns);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
