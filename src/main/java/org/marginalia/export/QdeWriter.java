package org.marginalia.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.marginalia.model.Annotation;
import org.marginalia.model.CodePointIndex;
import org.marginalia.model.Document;
import org.marginalia.model.Link;
import org.marginalia.model.ProjectNote;
import org.marginalia.model.ProjectSnapshot;
import org.marginalia.model.Relation;
import org.marginalia.model.Tag;

/**
 * Writes {@code project.qde} as a stream (StAX): Users, the CodeBook (nested as the tag tree, with colours and
 * isCodable="false" for tag folders), Sources with their passages as PlainTextSelections in code points, each tag on
 * a passage a Coding, source memos as the source's NoteRefs, the Notes, Links between passages, and project notes as
 * the Project's NoteRefs. Nothing but the notes is held in memory: a DOM of 100,000 codes took over a gigabyte.
 *
 * <p>A passage's note is written twice on purpose: as the selection's {@code Description} (what MAXQDA and QualCoder
 * read as a coding memo) and as a {@code Note} the selection refers to (what ATLAS.ti and NVivo read as a memo).
 */
final class QdeWriter {

    static final String NS = "urn:QDA-XML:project:1.0";

    /** A Note to write once the sources are written, as the schema puts Notes after Sources. */
    private record PendingNote(String guid, String name, String text, String user, Instant created) {
    }

    private final String origin;
    private final Guids guids;
    private final ProjectSnapshot snapshot;
    /** The extension of each source's original file that travels in the archive: pdf, or jpg/png/tif (a picture). */
    private final Map<Long, String> originals;
    private final List<PendingNote> notes = new ArrayList<>();
    private final Map<Long, List<Tag>> children = new HashMap<>();
    private final Map<Long, List<Annotation>> passagesBySource = new HashMap<>();
    private final Map<Long, List<ProjectNote>> memosBySource = new HashMap<>();
    private XMLStreamWriter xml;

    QdeWriter(String origin, Guids guids, ProjectSnapshot snapshot, Map<Long, String> originals) {
        this.origin = origin;
        this.guids = guids;
        this.snapshot = snapshot;
        this.originals = originals;
        // Grouped once: looking through every tag for each tag's children, and every passage for each source's,
        // made 100,000 codes quadratic.
        snapshot.tags().forEach(t -> children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t));
        snapshot.annotations().forEach(a -> passagesBySource.computeIfAbsent(a.documentId(),
                k -> new ArrayList<>()).add(a));
        snapshot.notes().stream().filter(n -> n.documentId() != null)
                .forEach(n -> memosBySource.computeIfAbsent(n.documentId(), k -> new ArrayList<>()).add(n));
    }

    /** @param out UTF-8 (the declaration says so), buffered: the StAX writer writes a character at a time */
    void write(Writer out) throws IOException {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "Project");
            xml.writeDefaultNamespace(NS);
            attribute("name", snapshot.projectName());
            attribute("origin", origin);
            users();
            codeBook();
            sources();
            List<Link> links = links();
            projectNotes();
            if (!notes.isEmpty()) {
                start("Notes");
                for (PendingNote note : notes) {
                    writeNote(note);
                }
                end();
            }
            writeLinks(links);
            for (ProjectNote note : snapshot.notes()) {
                if (note.documentId() == null) {
                    empty("NoteRef");
                    attribute("targetGUID", Guids.qda(guids.projectNote(note.id())));
                }
            }
            end();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write project.qde: " + e.getMessage(), e);
        }
    }

    private void users() throws XMLStreamException {
        Set<String> authors = new LinkedHashSet<>();
        snapshot.annotations().forEach(a -> {
            if (!a.author().isBlank()) {
                authors.add(a.author());
            }
        });
        if (authors.isEmpty()) {
            return;
        }
        start("Users");
        for (String author : authors) {
            empty("User");
            attribute("guid", Guids.qda(guids.user(author)));
            attribute("name", author);
        }
        end();
    }

    private void codeBook() throws XMLStreamException {
        if (snapshot.tags().isEmpty()) {
            return;
        }
        Set<Long> known = new HashSet<>();
        snapshot.tags().forEach(t -> known.add(t.id()));
        start("CodeBook");
        start("Codes");
        Set<Long> written = new HashSet<>();
        for (Tag tag : snapshot.tags()) {
            if (tag.parentId() == null || !known.contains(tag.parentId())) {
                code(tag, written);
            }
        }
        end();
        end();
    }

    private void code(Tag tag, Set<Long> written) throws XMLStreamException {
        if (!written.add(tag.id())) {
            return;
        }
        start("Code");
        attribute("guid", Guids.qda(guids.tag(tag.id())));
        attribute("name", tag.name());
        attribute("isCodable", Boolean.toString(tag.codable()));
        attribute("color", tag.color());
        if (!tag.description().isBlank()) {
            text("Description", tag.description());
        }
        for (Tag child : children.getOrDefault(tag.id(), List.of())) {
            code(child, written);
        }
        end();
    }

    private void sources() throws XMLStreamException {
        if (snapshot.documents().isEmpty()) {
            return;
        }
        start("Sources");
        for (Document document : snapshot.documents()) {
            String guid = Guids.qda(guids.source(document.sha256()));
            String original = originals.get(document.id());
            if (original != null) {
                // PDFSource > Representation, or PictureSource > TextDescription: the text beside the original.
                boolean pdf = original.equals("pdf");
                start(pdf ? "PDFSource" : "PictureSource");
                describe(document, guid);
                attribute("path", "internal://" + guid + "." + original);
                start(pdf ? "Representation" : "TextDescription");
                String representation = Guids.qda(guids.representation(document.sha256()));
                attribute("guid", representation);
                attribute("plainTextPath", "internal://" + representation + ".txt");
            } else {
                start("TextSource");
                describe(document, guid);
                attribute("plainTextPath", "internal://" + guid + ".txt");
            }
            CodePointIndex text = new CodePointIndex(snapshot.textOf(document.id()));
            for (Annotation annotation : passagesBySource.getOrDefault(document.id(), List.of())) {
                selection(annotation, text);
            }
            for (ProjectNote memo : memosBySource.getOrDefault(document.id(), List.of())) {
                String noteGuid = Guids.qda(guids.projectNote(memo.id()));
                empty("NoteRef");
                attribute("targetGUID", noteGuid);
                notes.add(new PendingNote(noteGuid, "Memo on " + document.title(), memo.text(), null,
                        memo.created()));
            }
            end();
            if (original != null) {
                end();
            }
        }
        end();
    }

    private void describe(Document document, String guid) throws XMLStreamException {
        attribute("guid", guid);
        attribute("name", document.title().isBlank() ? document.fileName() : document.title());
        if (document.imported() != null) {
            attribute("creationDateTime", timestamp(document.imported()));
        }
    }

    private void selection(Annotation annotation, CodePointIndex text) throws XMLStreamException {
        start("PlainTextSelection");
        attribute("guid", Guids.qda(guids.passage(annotation.id())));
        attribute("name", annotation.quote());
        attribute("startPosition", Integer.toString(text.toCodePoints(annotation.span().start())));
        attribute("endPosition", Integer.toString(text.toCodePoints(annotation.span().end())));
        String user = annotation.author().isBlank() ? null : Guids.qda(guids.user(annotation.author()));
        created(user, annotation.created());
        if (annotation.modified() != null) {
            if (user != null) {
                attribute("modifyingUser", user);
            }
            attribute("modifiedDateTime", timestamp(annotation.modified()));
        }
        if (!annotation.note().isBlank()) {
            text("Description", annotation.note());
        }
        for (long tagId : annotation.tagIds()) {
            start("Coding");
            attribute("guid", Guids.qda(guids.coding(annotation.id(), tagId)));
            created(user, annotation.created());
            empty("CodeRef");
            attribute("targetGUID", Guids.qda(guids.tag(tagId)));
            end();
        }
        if (!annotation.note().isBlank()) {
            String noteGuid = Guids.qda(guids.passageNote(annotation.id()));
            empty("NoteRef");
            attribute("targetGUID", noteGuid);
            notes.add(new PendingNote(noteGuid, "Note on passage " + annotation.id(), annotation.note(), user,
                    annotation.created()));
        }
        end();
    }

    /** The links to write, their notes queued: Notes come before Links in the schema's sequence. */
    private List<Link> links() {
        List<Link> links = new ArrayList<>();
        Set<Long> passages = new HashSet<>();
        snapshot.annotations().forEach(a -> passages.add(a.id()));
        for (Link link : snapshot.links()) {
            if (passages.contains(link.fromAnnotationId()) && passages.contains(link.toAnnotationId())) {
                links.add(link);
                if (!link.note().isBlank()) {
                    notes.add(new PendingNote(Guids.qda(guids.linkNote(link.id())), "Note on link " + link.id(),
                            link.note(), null, link.created()));
                }
            }
        }
        return links;
    }

    private void writeLinks(List<Link> links) throws XMLStreamException {
        if (links.isEmpty()) {
            return;
        }
        start("Links");
        for (Link link : links) {
            start("Link");
            attribute("guid", Guids.qda(guids.link(link.id())));
            attribute("name", link.relation().word());
            attribute("direction", link.relation() == Relation.RELATED ? "Associative" : "OneWay");
            attribute("originGUID", Guids.qda(guids.passage(link.fromAnnotationId())));
            attribute("targetGUID", Guids.qda(guids.passage(link.toAnnotationId())));
            if (!link.note().isBlank()) {
                empty("NoteRef");
                attribute("targetGUID", Guids.qda(guids.linkNote(link.id())));
            }
            end();
        }
        end();
    }

    /** Project notes not about a source: the journal QualCoder and others keep, as the Project's NoteRefs. */
    private void projectNotes() {
        for (ProjectNote note : snapshot.notes()) {
            if (note.documentId() == null) {
                notes.add(new PendingNote(Guids.qda(guids.projectNote(note.id())), note.title(), note.text(), null,
                        note.created()));
            }
        }
    }

    private void writeNote(PendingNote note) throws XMLStreamException {
        start("Note");
        attribute("guid", note.guid());
        attribute("name", note.name());
        created(note.user(), note.created());
        text("PlainTextContent", note.text());
        end();
    }

    private void created(String user, Instant created) throws XMLStreamException {
        if (user != null) {
            attribute("creatingUser", user);
        }
        if (created != null) {
            attribute("creationDateTime", timestamp(created));
        }
    }

    private void start(String name) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement(NS, name);
    }

    private void empty(String name) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEmptyElement(NS, name);
    }

    private void end() throws XMLStreamException {
        xml.writeEndElement();
    }

    private void text(String name, String content) throws XMLStreamException {
        start(name);
        xml.writeCharacters(xmlSafe(content));
        end();
    }

    private void attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, xmlSafe(value));
    }

    /** XML 1.0 cannot hold most control characters (a PDF's form feeds, say): they become spaces. */
    static String xmlSafe(String text) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c >= 0x20 && c <= 0xD7FF || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else {
                break;
            }
        }
        if (i == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            out.appendCodePoint(allowed ? c : ' ');
        });
        return out.toString();
    }

    /** {@code instant.truncatedTo(SECONDS).toString()}, written by hand: the formatter was a tenth of the export. */
    static String timestamp(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (t.getYear() < 1000 || t.getYear() > 9999) {
            return instant.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        StringBuilder out = new StringBuilder(20).append(t.getYear());
        two(out.append('-'), t.getMonthValue());
        two(out.append('-'), t.getDayOfMonth());
        two(out.append('T'), t.getHour());
        two(out.append(':'), t.getMinute());
        two(out.append(':'), t.getSecond());
        return out.append('Z').toString();
    }

    private static void two(StringBuilder out, int value) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
