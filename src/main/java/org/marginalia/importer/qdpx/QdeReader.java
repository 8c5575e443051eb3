package org.marginalia.importer.qdpx;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.marginalia.model.Annotation;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.Link;
import org.marginalia.model.PageStarts;
import org.marginalia.model.Relation;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;
import org.marginalia.model.Tag;
import org.marginalia.model.TextSpan;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns a parsed project.qde into a {@link QdpxProject}. Elements are matched by local name so that files with a
 * missing or odd namespace still read. What cannot be taken over faithfully is left out with a warning.
 */
final class QdeReader {

    private static final String FALLBACK_COLOR = "#9E9E9E";

    private final String fileName;
    private final Element root;
    private final Function<String, Optional<byte[]>> files;
    private final Map<String, String> users = new HashMap<>();
    private final Map<String, Long> tagIds = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();
    private final Map<String, Long> passageIds = new HashMap<>();
    private final List<Tag> tags = new ArrayList<>();
    private final List<QdpxSource> sources = new ArrayList<>();
    private final List<Annotation> passages = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /** @param files an archive's file by its internal path ("GUID.txt"), empty when absent */
    QdeReader(String fileName, Document xml, Function<String, Optional<byte[]>> files) {
        this.fileName = fileName;
        this.root = xml.getDocumentElement();
        this.files = files;
    }

    QdpxProject read() {
        if (!"Project".equals(root.getLocalName())) {
            throw new QdpxException(QdpxException.Reason.NOT_A_PROJECT, fileName,
                    "its root element is <" + root.getNodeName() + ">, not <Project>");
        }
        for (Element user : children(child(root, "Users"), "User")) {
            users.put(guid(user.getAttribute("guid")), user.getAttribute("name"));
        }
        for (Element note : children(child(root, "Notes"), "Note")) {
            textOf(note, "note '" + note.getAttribute("name") + "'").ifPresent(t -> notes.put(guid(note), t));
        }
        Element codes = child(child(root, "CodeBook"), "Codes");
        for (Element code : children(codes, "Code")) {
            code(code, null);
        }
        Element sourcesElement = child(root, "Sources");
        for (Node node = sourcesElement == null ? null : sourcesElement.getFirstChild(); node != null;
                node = node.getNextSibling()) {
            if (node instanceof Element source) {
                source(source);
            }
        }
        for (Element link : children(child(root, "Links"), "Link")) {
            link(link);
        }
        return new QdpxProject(root.getAttribute("name"), root.getAttribute("origin"), tags, sources, passages, links,
                warnings);
    }

    private void code(Element code, Long parentId) {
        long id = tags.size() + 1L;
        String name = code.getAttribute("name").isBlank() ? "(unnamed code)" : code.getAttribute("name").strip();
        Element description = child(code, "Description");
        tags.add(new Tag(id, name, color(code.getAttribute("color")), description == null ? ""
                : description.getTextContent().strip(), parentId, null));
        tagIds.put(guid(code), id);
        for (Element childCode : children(code, "Code")) {
            code(childCode, id);
        }
    }

    private void source(Element source) {
        String name = source.getAttribute("name");
        switch (source.getLocalName()) {
            case "TextSource" -> textSource(source, name, null, null);
            case "PDFSource" -> {
                Element representation = child(source, "Representation");
                byte[] pdf = internalFile(source.getAttribute("path")).orElse(null);
                if (representation == null) {
                    warnings.add("PDF source '" + name + "' has no text representation; it was left out.");
                } else {
                    textSource(representation, name.isBlank() ? representation.getAttribute("name") : name, pdf,
                            source);
                }
                if (!children(source, "PDFSelection").isEmpty()) {
                    warnings.add("PDF source '" + name + "': " + children(source, "PDFSelection").size()
                            + " area selection(s) on pages were left out; only text selections are read.");
                }
            }
            default -> warnings.add(source.getLocalName().replace("Source", "").toLowerCase(Locale.ROOT)
                    + " source '" + name + "' was left out: Marginalia reads text and PDF sources.");
        }
    }

    private void textSource(Element source, String name, byte[] pdf, Element pdfSource) {
        String label = "source '" + name + "'";
        Optional<byte[]> raw = rawText(source, label);
        if (raw.isEmpty()) {
            return;
        }
        String text = Texts.decode(raw.get());
        if (text.isEmpty()) {
            warnings.add(label + " has no text; it was left out with its passages.");
            return;
        }
        String title = name.isBlank() ? "Untitled source" : name.strip();
        boolean isPdf = pdf != null;
        byte[] bytes = isPdf ? pdf : raw.get();
        String guid = guid(pdfSource != null ? pdfSource : source);
        long id = sources.size() + 1L;
        sources.add(new QdpxSource(id, guid, new ImportedSource(SourceMetadata.titled(title),
                isPdf ? SourceType.PDF : SourceType.TEXT, Texts.fileName(title, isPdf ? ".pdf" : ".txt"), bytes,
                sha256(bytes), text, PageStarts.none())));
        for (Element selection : children(source, "PlainTextSelection")) {
            selection(selection, id, text, label);
        }
        if (!children(source, "Coding").isEmpty()) {
            warnings.add(label + ": codings of the whole source were left out; Marginalia tags passages.");
        }
    }

    private void selection(Element selection, long documentId, String text, String label) {
        int cpStart;
        int cpEnd;
        try {
            cpStart = Integer.parseInt(selection.getAttribute("startPosition").strip());
            cpEnd = Integer.parseInt(selection.getAttribute("endPosition").strip());
        } catch (NumberFormatException e) {
            warnings.add(label + ": selection " + selection.getAttribute("guid") + " has no usable positions.");
            return;
        }
        int cpLength = text.codePointCount(0, text.length());
        if (cpStart < 0 || cpEnd <= cpStart || cpEnd > cpLength) {
            warnings.add(label + ": selection '" + Texts.shorten(selection.getAttribute("name")) + "' at [" + cpStart
                    + ", " + cpEnd + ") does not fit a text of " + cpLength + " characters; it was left out.");
            return;
        }
        TextSpan span = TextSpan.fromCodePoints(text, cpStart, cpEnd);
        String quote = span.of(text);
        String claimed = selection.getAttribute("name");
        if (!Texts.quoteMatches(claimed, quote)) {
            warnings.add(label + ": selection '" + Texts.shorten(claimed) + "' at [" + cpStart + ", " + cpEnd
                    + ") holds '" + Texts.shorten(quote) + "' instead; it was left out.");
            return;
        }
        Set<String> noteTexts = new LinkedHashSet<>();
        Element description = child(selection, "Description");
        if (description != null && !description.getTextContent().isBlank()) {
            noteTexts.add(description.getTextContent().strip());
        }
        List<Long> tagsOnPassage = new ArrayList<>();
        for (Element coding : children(selection, "Coding")) {
            Element ref = child(coding, "CodeRef");
            Long tagId = ref == null ? null : tagIds.get(guid(ref.getAttribute("targetGUID")));
            if (tagId == null) {
                warnings.add(label + ": a coding refers to a code missing from the codebook; it was left out.");
            } else if (!tagsOnPassage.contains(tagId)) {
                tagsOnPassage.add(tagId);
            }
            noteTexts.addAll(referencedNotes(coding));
        }
        noteTexts.addAll(referencedNotes(selection));
        long id = passages.size() + 1L;
        String user = users.getOrDefault(guid(selection.getAttribute("creatingUser")), "");
        Instant created = instant(selection.getAttribute("creationDateTime"));
        Instant modified = instant(selection.getAttribute("modifiedDateTime"));
        passages.add(new Annotation(id, documentId, span, quote, Texts.prefix(text, span), Texts.suffix(text, span),
                String.join("\n\n", noteTexts), user, created, modified == null ? created : modified, tagsOnPassage));
        passageIds.put(guid(selection), id);
    }

    private void link(Element link) {
        Long from = passageIds.get(guid(link.getAttribute("originGUID")));
        Long to = passageIds.get(guid(link.getAttribute("targetGUID")));
        if (from == null || to == null) {
            warnings.add("link '" + link.getAttribute("name") + "' does not join two text passages that were read;"
                    + " it was left out.");
            return;
        }
        String name = link.getAttribute("name").strip();
        Relation relation = Relation.RELATED;
        List<String> noteTexts = new ArrayList<>();
        try {
            relation = Relation.fromWord(name);
        } catch (IllegalArgumentException notOurs) {
            if (!name.isEmpty()) {
                noteTexts.add(name);
            }
        }
        noteTexts.addAll(referencedNotes(link));
        links.add(new Link(links.size() + 1L, from, to, relation, String.join("\n\n", noteTexts), null));
    }

    private List<String> referencedNotes(Element element) {
        List<String> found = new ArrayList<>();
        for (Element ref : children(element, "NoteRef")) {
            String note = notes.get(guid(ref.getAttribute("targetGUID")));
            if (note != null && !note.isBlank()) {
                found.add(note.strip());
            }
        }
        return found;
    }

    private Optional<byte[]> rawText(Element source, String label) {
        Element inline = child(source, "PlainTextContent");
        if (inline != null) {
            return Optional.of(inline.getTextContent().getBytes(StandardCharsets.UTF_8));
        }
        String path = source.getAttribute("plainTextPath");
        if (path.isBlank()) {
            warnings.add(label + " has neither inline text nor a plainTextPath; it was left out.");
            return Optional.empty();
        }
        Optional<byte[]> bytes = internalFile(path);
        if (bytes.isEmpty()) {
            warnings.add(label + ": its text " + path + " is not in the archive; it was left out with its passages.");
        }
        return bytes;
    }

    private Optional<String> textOf(Element note, String label) {
        return rawText(note, label).map(Texts::decode);
    }

    private Optional<byte[]> internalFile(String path) {
        String prefix = "internal://";
        if (!path.startsWith(prefix)) {
            return Optional.empty();
        }
        String name = path.substring(prefix.length());
        return name.contains("/") || name.contains("\\") || name.contains("..") ? Optional.empty() : files.apply(name);
    }

    private static String color(String color) {
        String c = color == null ? "" : color.strip();
        if (c.matches("#[0-9A-Fa-f]{3}")) {
            c = "#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3);
        }
        return Tag.isColor(c) ? c : FALLBACK_COLOR;
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String guid(Element element) {
        return guid(element.getAttribute("guid"));
    }

    /** GUIDs compare without braces and case: tools write them as {abc…}, ABC… or abc…. */
    private static String guid(String value) {
        return value == null ? "" : value.strip().replace("{", "").replace("}", "").toUpperCase(Locale.ROOT);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent == null ? null : parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
