package org.marginalia.importer.qdpx;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageStarts;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;
import org.marginalia.model.Tag;

/**
 * Reads project.qde as a stream into drafts, element by element, so memory grows with what is kept (sources and
 * passages) and not with the XML. Elements are matched by local name so that files with a missing or odd namespace
 * still read. What cannot be taken over is counted in the {@link ImportTally}, never ignored.
 */
final class QdeReader {

    private static final String FALLBACK_COLOR = "#9E9E9E";

    private final String fileName;
    private final Function<String, Optional<byte[]>> files;
    private final QdeAssembler assembler;
    private final ImportTally tally;

    /** @param files an archive's file by its internal path ("GUID.txt"), empty when absent */
    QdeReader(String fileName, Function<String, Optional<byte[]>> files) {
        this.fileName = fileName;
        this.files = files;
        this.tally = new ImportTally();
        this.assembler = new QdeAssembler(tally);
    }

    QdpxProject read(byte[] qde) {
        try (XmlCursor xml = new XmlCursor(new ByteArrayInputStream(qde), fileName)) {
            String root = xml.root();
            if (!"Project".equals(root)) {
                throw new QdpxException(QdpxException.Reason.NOT_A_PROJECT, fileName,
                        "its root element is <" + root + ">, not <Project>");
            }
            String name = xml.attr("name");
            String origin = xml.attr("origin");
            while (xml.nextChild()) {
                switch (xml.name()) {
                    case "Users" -> users(xml);
                    case "CodeBook" -> codebook(xml);
                    case "Sources" -> sources(xml);
                    case "Notes" -> notes(xml);
                    case "Links" -> links(xml);
                    case "Description" -> assembler.projectDescription(xml.text());
                    case "NoteRef" -> {
                        assembler.projectNoteRef(guid(xml.attr("targetGUID")));
                        xml.skip();
                    }
                    case "Variables", "Cases", "Sets", "Graphs" -> leftOut(xml, xml.name());
                    default -> unknown(xml);
                }
            }
            return assembler.assemble(name, origin);
        }
    }

    private void users(XmlCursor xml) {
        while (xml.nextChild()) {
            if ("User".equals(xml.name())) {
                assembler.user(guid(xml.attr("guid")), xml.attr("name"));
                xml.skip();
            } else {
                unknown(xml);
            }
        }
    }

    private void codebook(XmlCursor xml) {
        while (xml.nextChild()) {
            if ("Codes".equals(xml.name())) {
                while (xml.nextChild()) {
                    if ("Code".equals(xml.name())) {
                        code(xml, null);
                    } else {
                        unknown(xml);
                    }
                }
            } else {
                unknown(xml);
            }
        }
    }

    private void code(XmlCursor xml, Long parentId) {
        String name = xml.attr("name").isBlank() ? "(unnamed code)" : xml.attr("name").strip();
        boolean codable = !"false".equalsIgnoreCase(xml.attr("isCodable").strip());
        Long id = assembler.tag(guid(xml.attr("guid")), new Tag(0, name, color(xml.attr("color")), "", parentId,
                null, codable));
        while (xml.nextChild()) {
            switch (xml.name()) {
                case "Description" -> assembler.tagDescription(id, xml.text().strip());
                case "NoteRef" -> {
                    assembler.tagNoteRef(id, guid(xml.attr("targetGUID")));
                    xml.skip();
                }
                case "Code" -> code(xml, id);
                default -> unknown(xml);
            }
        }
    }

    private void sources(XmlCursor xml) {
        while (xml.nextChild()) {
            String name = xml.attr("name");
            switch (xml.name()) {
                case "TextSource" -> textSource(xml, name, null, guid(xml.attr("guid")));
                case "PDFSource" -> pdfSource(xml, name);
                case "PictureSource" -> pictureSource(xml, name);
                case "AudioSource", "VideoSource" -> {
                    String kind = xml.name().replace("Source", "").toLowerCase(Locale.ROOT);
                    tally.skipped("sources", kind + " source '" + name + "' was left out: Marginalia reads text "
                            + "and PDF sources.");
                    xml.skip();
                }
                default -> unknown(xml);
            }
        }
    }

    private void pdfSource(XmlCursor xml, String name) {
        String guid = guid(xml.attr("guid"));
        byte[] pdf = internalFile(xml.attr("path")).orElse(null);
        boolean represented = false;
        int areas = 0;
        while (xml.nextChild()) {
            switch (xml.name()) {
                case "Representation" -> {
                    represented = true;
                    String title = name.isBlank() ? xml.attr("name") : name;
                    textSource(xml, title, pdf == null ? new byte[0] : pdf, guid);
                }
                case "PDFSelection" -> {
                    areas++;
                    xml.skip();
                }
                case "Description" -> assembler.sourceDescription(guid, xml.text());
                case "NoteRef" -> {
                    assembler.sourceNoteRef(guid, guid(xml.attr("targetGUID")));
                    xml.skip();
                }
                case "Coding", "VariableValue" -> leftOut(xml, xml.name());
                default -> unknown(xml);
            }
        }
        if (!represented) {
            tally.skipped("sources", "PDF source '" + name + "' has no text representation; it was left out.");
        }
        for (int i = 0; i < areas; i++) {
            tally.skipped("PDF area selections", "PDF source '" + name + "': area selections on pages were left out;"
                    + " only text selections are read.");
        }
    }

    /**
     * A picture with a text description (a scan with its OCR text, as Marginalia writes it): the text is kept as a
     * text source with its passages; the picture, its area selections and a picture without text are left out.
     */
    private void pictureSource(XmlCursor xml, String name) {
        String guid = guid(xml.attr("guid"));
        boolean described = false;
        while (xml.nextChild()) {
            switch (xml.name()) {
                case "TextDescription" -> {
                    described = true;
                    textSource(xml, name.isBlank() ? xml.attr("name") : name, null, guid);
                }
                case "Description" -> assembler.sourceDescription(guid, xml.text());
                case "NoteRef" -> {
                    assembler.sourceNoteRef(guid, guid(xml.attr("targetGUID")));
                    xml.skip();
                }
                case "PictureSelection", "Coding", "VariableValue" -> leftOut(xml, xml.name());
                default -> unknown(xml);
            }
        }
        tally.skipped("pictures", described ? "picture source '" + name + "': its text was kept, the picture was "
                + "left out." : "picture source '" + name + "' has no text description; it was left out.");
    }

    /** A TextSource, or a PDFSource's Representation (then {@code pdf} holds the PDF's bytes, maybe empty). */
    private void textSource(XmlCursor xml, String name, byte[] pdf, String guid) {
        String label = "source '" + name + "'";
        String title = name.isBlank() ? "Untitled source" : name.strip();
        Optional<byte[]> fromPath = textFile(xml.attr("plainTextPath"));
        String missingPath = xml.attr("plainTextPath");
        Long id = null;
        String text = null;
        if (fromPath.isPresent()) {
            text = Texts.decode(fromPath.get());
            id = addSource(guid, title, label, pdf, fromPath.get(), text);
        }
        boolean sawContent = false;
        while (xml.nextChild()) {
            switch (xml.name()) {
                case "PlainTextContent" -> {
                    sawContent = true;
                    String inline = xml.text();
                    if (id == null) {
                        byte[] raw = inline.getBytes(StandardCharsets.UTF_8);
                        text = Texts.decode(raw);
                        id = addSource(guid, title, label, pdf, raw, text);
                    }
                }
                case "PlainTextSelection" -> {
                    Selection selection = selection(xml, label);
                    if (id != null && text != null && !text.isEmpty()) {
                        assembler.place(selection, id, text, label, "passages");
                    } else {
                        tally.skipped("passages", label + " was left out, so its selection '"
                                + Texts.shorten(selection.name()) + "' was too.");
                    }
                }
                case "Description" -> assembler.sourceDescription(guid, xml.text());
                case "NoteRef" -> {
                    assembler.sourceNoteRef(guid, guid(xml.attr("targetGUID")));
                    xml.skip();
                }
                case "Coding" -> {
                    tally.skipped("codings of whole sources", label + ": a coding of the whole source was left out;"
                            + " Marginalia tags passages.");
                    xml.skip();
                }
                case "VariableValue" -> leftOut(xml, "VariableValue");
                default -> unknown(xml);
            }
        }
        if (id == null && !sawContent) {
            tally.skipped("sources", missingPath.isBlank()
                    ? label + " has neither inline text nor a plainTextPath; it was left out."
                    : label + ": its text " + missingPath + " is not in the archive; it was left out with its "
                    + "passages.");
        }
    }

    private Long addSource(String guid, String title, String label, byte[] pdf, byte[] raw, String text) {
        if (text.isEmpty()) {
            tally.skipped("sources", label + " has no text; it was left out with its passages.");
            return null;
        }
        boolean isPdf = pdf != null && pdf.length > 0;
        byte[] bytes = isPdf ? pdf : raw;
        ImportedSource source = new ImportedSource(SourceMetadata.titled(title), isPdf ? SourceType.PDF
                : SourceType.TEXT, Texts.fileName(title, isPdf ? ".pdf" : ".txt"), bytes, Texts.sha256(bytes), text,
                PageStarts.none());
        if (pdf != null && !isPdf) {
            tally.noted("PDF sources read as text",
                    () -> label + ": the PDF is not in the archive; its text was kept.");
        }
        return assembler.source(guid, source, label);
    }

    /** Reads one PlainTextSelection with its codings and note references. */
    Selection selection(XmlCursor xml, String label) {
        String guid = guid(xml.attr("guid"));
        String name = xml.attr("name");
        int start = number(xml.attr("startPosition"));
        int end = number(xml.attr("endPosition"));
        String user = xml.attr("creatingUser");
        Instant created = instant(xml.attr("creationDateTime"));
        Instant modified = instant(xml.attr("modifiedDateTime"));
        String description = "";
        List<Long> tagIds = new ArrayList<>();
        List<String> noteGuids = new ArrayList<>();
        int unknownCodes = 0;
        while (xml.nextChild()) {
            switch (xml.name()) {
                case "Description" -> description = xml.text().strip();
                case "NoteRef" -> {
                    noteGuids.add(guid(xml.attr("targetGUID")));
                    xml.skip();
                }
                case "Coding" -> {
                    while (xml.nextChild()) {
                        switch (xml.name()) {
                            case "CodeRef" -> {
                                Long tagId = assembler.tagId(guid(xml.attr("targetGUID")));
                                if (tagId == null) {
                                    unknownCodes++;
                                } else if (!tagIds.contains(tagId)) {
                                    tagIds.add(tagId);
                                }
                                xml.skip();
                            }
                            case "NoteRef" -> {
                                noteGuids.add(guid(xml.attr("targetGUID")));
                                xml.skip();
                            }
                            default -> unknown(xml);
                        }
                    }
                }
                default -> unknown(xml);
            }
        }
        return new Selection(guid, name, start, end, assembler.userName(guid(user)), created, modified, description,
                tagIds, noteGuids, unknownCodes);
    }

    private void notes(XmlCursor xml) {
        while (xml.nextChild()) {
            if (!"Note".equals(xml.name())) {
                unknown(xml);
                continue;
            }
            String guid = guid(xml.attr("guid"));
            String name = xml.attr("name");
            Instant created = instant(xml.attr("creationDateTime"));
            Instant modified = instant(xml.attr("modifiedDateTime"));
            String label = "note '" + Texts.shorten(name) + "'";
            String text = textFile(xml.attr("plainTextPath")).map(Texts::decode).orElse(null);
            String description = "";
            List<Selection> selections = new ArrayList<>();
            while (xml.nextChild()) {
                switch (xml.name()) {
                    case "PlainTextContent" -> {
                        String inline = xml.text();
                        text = text == null ? inline : text;
                    }
                    case "Description" -> description = xml.text().strip();
                    case "PlainTextSelection" -> selections.add(selection(xml, label));
                    case "NoteRef", "Coding", "VariableValue" -> leftOut(xml, "Note " + xml.name());
                    default -> unknown(xml);
                }
            }
            String body = text != null && !text.isBlank() ? text.strip()
                    : !description.isBlank() ? description : name.strip();
            assembler.note(new NoteDraft(guid, name, body, created, modified, selections));
        }
    }

    private void links(XmlCursor xml) {
        while (xml.nextChild()) {
            if (!"Link".equals(xml.name())) {
                unknown(xml);
                continue;
            }
            String name = xml.attr("name");
            String origin = guid(xml.attr("originGUID"));
            String target = guid(xml.attr("targetGUID"));
            List<String> noteGuids = new ArrayList<>();
            while (xml.nextChild()) {
                if ("NoteRef".equals(xml.name())) {
                    noteGuids.add(guid(xml.attr("targetGUID")));
                    xml.skip();
                } else {
                    unknown(xml);
                }
            }
            assembler.link(new LinkDraft(name, origin, target, noteGuids));
        }
    }

    private void leftOut(XmlCursor xml, String what) {
        tally.skipped(Texts.plural(what), "<" + what + "> elements were left out: Marginalia has no place for them.");
        xml.skip();
    }

    private void unknown(XmlCursor xml) {
        tally.skipped("unknown elements", "<" + xml.name() + "> is not part of REFI-QDA as Marginalia reads it.");
        xml.skip();
    }

    private Optional<byte[]> textFile(String path) {
        return path.isBlank() ? Optional.empty() : internalFile(path);
    }

    private Optional<byte[]> internalFile(String path) {
        String prefix = "internal://";
        if (!path.startsWith(prefix)) {
            return Optional.empty();
        }
        String name = path.substring(prefix.length());
        return name.contains("/") || name.contains("\\") || name.contains("..") ? Optional.empty() : files.apply(name);
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
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

    /** GUIDs compare without braces and case: tools write them as {abc…}, ABC… or abc…. */
    static String guid(String value) {
        return value == null ? "" : value.strip().replace("{", "").replace("}", "").toUpperCase(Locale.ROOT);
    }
}
