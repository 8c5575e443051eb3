package org.marginalia.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.marginalia.model.Annotation;
import org.marginalia.model.CodePointIndex;
import org.marginalia.model.Document;
import org.marginalia.model.Link;
import org.marginalia.model.ProjectNote;
import org.marginalia.model.ProjectSnapshot;
import org.marginalia.model.Relation;
import org.marginalia.model.Tag;
import org.w3c.dom.Element;

/**
 * Builds {@code project.qde}: Users, the CodeBook (nested as the tag tree, with colours), Sources with their passages
 * as PlainTextSelections in code points, each tag on a passage a Coding, notes, and Links between passages.
 *
 * <p>A passage's note is written twice on purpose: as the selection's {@code Description} (what MAXQDA and QualCoder
 * read as a coding memo) and as a {@code Note} the selection refers to (what ATLAS.ti and NVivo read as a memo).
 */
final class QdeWriter {

    static final String NS = "urn:QDA-XML:project:1.0";

    private final String origin;
    private final Guids guids;
    private final ProjectSnapshot snapshot;
    private final Set<Long> pdfsWithBytes;
    private final Map<String, Element> notes = new LinkedHashMap<>();
    private final Map<Long, List<Tag>> children = new HashMap<>();
    private final Map<Long, List<Annotation>> passagesBySource = new HashMap<>();
    private org.w3c.dom.Document xml;

    QdeWriter(String origin, Guids guids, ProjectSnapshot snapshot, Set<Long> pdfsWithBytes) {
        this.origin = origin;
        this.guids = guids;
        this.snapshot = snapshot;
        this.pdfsWithBytes = pdfsWithBytes;
        // Grouped once: looking through every tag for each tag's children, and every passage for each source's,
        // made 100,000 codes quadratic.
        snapshot.tags().forEach(t -> children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t));
        snapshot.annotations().forEach(a -> passagesBySource.computeIfAbsent(a.documentId(),
                k -> new ArrayList<>()).add(a));
    }

    void write(OutputStream out) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            xml = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser in this Java runtime", e);
        }
        Element project = element(xml, "Project");
        xml.appendChild(project);
        project.setAttribute("name", xmlSafe(snapshot.projectName()));
        project.setAttribute("origin", origin);
        users(project);
        codeBook(project);
        sources(project);
        links(project);
        projectNotes(project);
        if (!notes.isEmpty()) {
            // Notes come before Links in the schema's sequence.
            Element notesElement = element(xml, "Notes");
            notes.values().forEach(notesElement::appendChild);
            Element links = child(project, "Links");
            project.insertBefore(notesElement, links);
        }
        for (ProjectNote note : snapshot.notes()) {
            if (note.documentId() == null) {
                // The schema's project-level NoteRefs close the Project, after Links.
                append(project, "NoteRef").setAttribute("targetGUID", Guids.qda(guids.projectNote(note.id())));
            }
        }
        serialize(out);
    }

    private void users(Element project) {
        Set<String> authors = new java.util.LinkedHashSet<>();
        snapshot.annotations().forEach(a -> {
            if (!a.author().isBlank()) {
                authors.add(a.author());
            }
        });
        if (authors.isEmpty()) {
            return;
        }
        Element users = append(project, "Users");
        for (String author : authors) {
            Element user = append(users, "User");
            user.setAttribute("guid", Guids.qda(guids.user(author)));
            user.setAttribute("name", xmlSafe(author));
        }
    }

    private void codeBook(Element project) {
        if (snapshot.tags().isEmpty()) {
            return;
        }
        Set<Long> known = new HashSet<>();
        snapshot.tags().forEach(t -> known.add(t.id()));
        Element codes = append(append(project, "CodeBook"), "Codes");
        Set<Long> written = new HashSet<>();
        for (Tag tag : snapshot.tags()) {
            if (tag.parentId() == null || !known.contains(tag.parentId())) {
                code(codes, tag, written);
            }
        }
    }

    private void code(Element parent, Tag tag, Set<Long> written) {
        if (!written.add(tag.id())) {
            return;
        }
        Element code = append(parent, "Code");
        code.setAttribute("guid", Guids.qda(guids.tag(tag.id())));
        code.setAttribute("name", xmlSafe(tag.name()));
        code.setAttribute("isCodable", Boolean.toString(tag.codable()));
        code.setAttribute("color", tag.color());
        if (!tag.description().isBlank()) {
            append(code, "Description").setTextContent(xmlSafe(tag.description()));
        }
        for (Tag child : children.getOrDefault(tag.id(), List.of())) {
            code(code, child, written);
        }
    }

    private void sources(Element project) {
        if (snapshot.documents().isEmpty()) {
            return;
        }
        Element sources = append(project, "Sources");
        for (Document document : snapshot.documents()) {
            String guid = Guids.qda(guids.source(document.sha256()));
            Element textSource;
            if (pdfsWithBytes.contains(document.id())) {
                Element pdf = append(sources, "PDFSource");
                describe(pdf, document, guid);
                pdf.setAttribute("path", "internal://" + guid + ".pdf");
                textSource = append(pdf, "Representation");
                String representation = Guids.qda(guids.representation(document.sha256()));
                textSource.setAttribute("guid", representation);
                textSource.setAttribute("plainTextPath", "internal://" + representation + ".txt");
            } else {
                textSource = append(sources, "TextSource");
                describe(textSource, document, guid);
                textSource.setAttribute("plainTextPath", "internal://" + guid + ".txt");
            }
            CodePointIndex text = new CodePointIndex(snapshot.textOf(document.id()));
            for (Annotation annotation : passagesBySource.getOrDefault(document.id(), List.of())) {
                selection(textSource, annotation, text);
            }
            for (ProjectNote memo : snapshot.notes()) {
                if (Long.valueOf(document.id()).equals(memo.documentId())) {
                    String noteGuid = Guids.qda(guids.projectNote(memo.id()));
                    append(textSource, "NoteRef").setAttribute("targetGUID", noteGuid);
                    note(noteGuid, "Memo on " + document.title(), memo.text(), null, memo.created());
                }
            }
        }
    }

    private void describe(Element source, Document document, String guid) {
        source.setAttribute("guid", guid);
        source.setAttribute("name", xmlSafe(document.title().isBlank() ? document.fileName() : document.title()));
        if (document.imported() != null) {
            source.setAttribute("creationDateTime", timestamp(document.imported()));
        }
    }

    private void selection(Element source, Annotation annotation, CodePointIndex text) {
        int start = text.toCodePoints(annotation.span().start());
        int end = text.toCodePoints(annotation.span().end());
        Element selection = append(source, "PlainTextSelection");
        selection.setAttribute("guid", Guids.qda(guids.passage(annotation.id())));
        selection.setAttribute("name", xmlSafe(annotation.quote()));
        selection.setAttribute("startPosition", Integer.toString(start));
        selection.setAttribute("endPosition", Integer.toString(end));
        String user = annotation.author().isBlank() ? null : Guids.qda(guids.user(annotation.author()));
        created(selection, user, annotation.created());
        if (annotation.modified() != null) {
            if (user != null) {
                selection.setAttribute("modifyingUser", user);
            }
            selection.setAttribute("modifiedDateTime", timestamp(annotation.modified()));
        }
        if (!annotation.note().isBlank()) {
            append(selection, "Description").setTextContent(xmlSafe(annotation.note()));
        }
        for (long tagId : annotation.tagIds()) {
            Element coding = append(selection, "Coding");
            coding.setAttribute("guid", Guids.qda(guids.coding(annotation.id(), tagId)));
            created(coding, user, annotation.created());
            append(coding, "CodeRef").setAttribute("targetGUID", Guids.qda(guids.tag(tagId)));
        }
        if (!annotation.note().isBlank()) {
            String noteGuid = Guids.qda(guids.passageNote(annotation.id()));
            append(selection, "NoteRef").setAttribute("targetGUID", noteGuid);
            note(noteGuid, "Note on passage " + annotation.id(), annotation.note(), user, annotation.created());
        }
    }

    private void links(Element project) {
        List<Link> links = new ArrayList<>();
        Set<Long> passages = new HashSet<>();
        snapshot.annotations().forEach(a -> passages.add(a.id()));
        for (Link link : snapshot.links()) {
            if (passages.contains(link.fromAnnotationId()) && passages.contains(link.toAnnotationId())) {
                links.add(link);
            }
        }
        if (links.isEmpty()) {
            return;
        }
        Element linksElement = append(project, "Links");
        for (Link link : links) {
            Element element = append(linksElement, "Link");
            element.setAttribute("guid", Guids.qda(guids.link(link.id())));
            element.setAttribute("name", link.relation().word());
            element.setAttribute("direction", link.relation() == Relation.RELATED ? "Associative" : "OneWay");
            element.setAttribute("originGUID", Guids.qda(guids.passage(link.fromAnnotationId())));
            element.setAttribute("targetGUID", Guids.qda(guids.passage(link.toAnnotationId())));
            if (!link.note().isBlank()) {
                String noteGuid = Guids.qda(guids.linkNote(link.id()));
                append(element, "NoteRef").setAttribute("targetGUID", noteGuid);
                note(noteGuid, "Note on link " + link.id(), link.note(), null, link.created());
            }
        }
    }

    /** Project notes not about a source: the journal QualCoder and others keep, as unreferenced project Notes. */
    private void projectNotes(Element project) {
        for (ProjectNote note : snapshot.notes()) {
            if (note.documentId() == null) {
                note(Guids.qda(guids.projectNote(note.id())), note.title(), note.text(), null, note.created());
            }
        }
    }

    private void note(String guid, String name, String content, String user, Instant created) {
        Element note = element(xml, "Note");
        note.setAttribute("guid", guid);
        note.setAttribute("name", name);
        created(note, user, created);
        append(note, "PlainTextContent").setTextContent(xmlSafe(content));
        notes.put(guid, note);
    }

    private static void created(Element element, String user, Instant created) {
        if (user != null) {
            element.setAttribute("creatingUser", user);
        }
        if (created != null) {
            element.setAttribute("creationDateTime", timestamp(created));
        }
    }

    /** XML 1.0 cannot hold most control characters (a PDF's form feeds, say): they become spaces. */
    static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            out.appendCodePoint(allowed ? c : ' ');
        });
        return out.toString();
    }

    private static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static Element element(org.w3c.dom.Document xml, String name) {
        return xml.createElementNS(NS, name);
    }

    private Element append(Element parent, String name) {
        Element element = element(xml, name);
        parent.appendChild(element);
        return element;
    }

    private static Element child(Element parent, String name) {
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getLocalName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private void serialize(OutputStream out) throws IOException {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            transformer.transform(new DOMSource(xml), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException("cannot write project.qde: " + e.getMessage(), e);
        }
    }
}
