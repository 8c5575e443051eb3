package org.marginalia.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.marginalia.model.Annotation;
import org.marginalia.model.CodePointIndex;
import org.marginalia.model.Document;
import org.marginalia.model.Link;
import org.marginalia.model.PageLayout;
import org.marginalia.model.ProjectNote;
import org.marginalia.model.ProjectSnapshot;
import org.marginalia.model.SourceType;
import org.marginalia.model.Tag;
import org.marginalia.model.TextSpan;

/**
 * Writes a project's passages and links as a W3C Web Annotation {@code AnnotationCollection} (JSON-LD, UTF-8) whose
 * {@code first} page embeds every annotation.
 *
 * <p>Each passage targets its source ({@code urn:uuid:} derived from the SHA-256 of the original file, see
 * {@link Guids}) through a {@code TextQuoteSelector} (exact quote, stored 32-character prefix and suffix) and a
 * {@code TextPositionSelector} counted in Unicode code points. Each tag becomes two bodies: a {@code tagging}
 * TextualBody with the tag's name and a {@code classifying} SpecificResource pointing at the tag's IRI; the note is a
 * {@code commenting} TextualBody. Each link is a {@code linking} annotation with both passages as targets and the
 * relation word (paraphrases, quotes…) as a {@code describing} body. Every annotation carries its own
 * {@code @context} so it stays valid when taken out of the collection.
 */
public final class WebAnnotationExporter {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Per source, built once per export: converting each passage from the text's start was quadratic. */
    private final Map<Long, CodePointIndex> codePoints = new HashMap<>();

    /** The pages of a source with their word boxes, empty for a source without a page layout. */
    private LongFunction<List<PageLayout>> layouts = id -> List.of();
    private final Map<Long, List<PageLayout>> layoutCache = new HashMap<>();

    public void write(ProjectSnapshot snapshot, OutputStream out) throws IOException {
        write(snapshot, id -> List.of(), out);
    }

    /**
     * With a {@code FragmentSelector} per page for each passage that overlaps word boxes: a second target, a
     * SpecificResource whose source is the page ({@code <source>#page=N}, as RFC 8118 names a PDF's page) and whose
     * selector is the box around the passage's words (see {@link PageFragments}).
     *
     * @param pageLayouts each source's pages with their words, asked once per source
     */
    public void write(ProjectSnapshot snapshot, LongFunction<List<PageLayout>> pageLayouts, OutputStream out)
            throws IOException {
        layouts = pageLayouts;
        layoutCache.clear();
        codePoints.clear();
        Guids guids = new Guids(snapshot.projectName());
        Map<Long, Document> documents = new HashMap<>();
        snapshot.documents().forEach(d -> documents.put(d.id(), d));
        Map<Long, Annotation> passages = new HashMap<>();
        snapshot.annotations().forEach(a -> passages.put(a.id(), a));

        ObjectNode collection = mapper.createObjectNode();
        collection.put("@context", CONTEXT);
        String collectionIri = Guids.iri(guids.project());
        collection.put("id", collectionIri);
        collection.put("type", "AnnotationCollection");
        collection.put("label", snapshot.projectName());
        int total = snapshot.annotations().size() + snapshot.links().size() + snapshot.notes().size();
        collection.put("total", total);
        ObjectNode page = collection.putObject("first");
        page.put("id", collectionIri + "?page=0");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        ArrayNode items = page.putArray("items");
        for (Annotation annotation : snapshot.annotations()) {
            items.add(passage(snapshot, guids, documents, annotation));
        }
        for (Link link : snapshot.links()) {
            items.add(link(snapshot, guids, documents, passages, link));
        }
        for (ProjectNote note : snapshot.notes()) {
            items.add(memo(guids, documents, note, collectionIri));
        }
        mapper.writeValue(out, collection);
        out.flush();
    }

    private ObjectNode passage(ProjectSnapshot snapshot, Guids guids, Map<Long, Document> documents,
            Annotation annotation) {
        ObjectNode node = header(Guids.iri(guids.passage(annotation.id())));
        boolean tagged = !annotation.tagIds().isEmpty();
        node.put("motivation", tagged ? "classifying" : annotation.note().isBlank() ? "highlighting" : "commenting");
        creator(node, guids, annotation.author());
        generator(node);
        timestamp(node, "created", annotation.created());
        timestamp(node, "modified", annotation.modified());
        ArrayNode bodies = mapper.createArrayNode();
        for (long tagId : annotation.tagIds()) {
            Tag tag = snapshot.tag(tagId).orElseThrow(
                    () -> new IllegalArgumentException("passage " + annotation.id() + " carries unknown tag " + tagId));
            ObjectNode tagging = bodies.addObject();
            tagging.put("type", "TextualBody");
            tagging.put("purpose", "tagging");
            tagging.put("value", tag.name());
            tagging.put("format", "text/plain");
            ObjectNode classifying = bodies.addObject();
            classifying.put("type", "SpecificResource");
            classifying.put("purpose", "classifying");
            classifying.put("source", Guids.iri(guids.tag(tagId)));
        }
        if (!annotation.note().isBlank()) {
            bodies.add(textBody("commenting", annotation.note()));
        }
        if (!bodies.isEmpty()) {
            node.set("body", bodies);
        }
        ObjectNode text = target(snapshot, guids, documents, annotation);
        List<PageFragments.Fragment> fragments = PageFragments.of(
                layoutCache.computeIfAbsent(annotation.documentId(), layouts::apply), annotation.span());
        if (fragments.isEmpty()) {
            node.set("target", text);
        } else {
            ArrayNode targets = node.putArray("target");
            targets.add(text);
            Document document = documents.get(annotation.documentId());
            boolean paged = document.type() == SourceType.PDF || !document.pages().isEmpty();
            for (PageFragments.Fragment fragment : fragments) {
                targets.add(pageTarget(text.path("source").asText(), paged, fragment));
            }
        }
        return node;
    }

    private ObjectNode link(ProjectSnapshot snapshot, Guids guids, Map<Long, Document> documents,
            Map<Long, Annotation> passages, Link link) {
        ObjectNode node = header(Guids.iri(guids.link(link.id())));
        node.put("motivation", "linking");
        generator(node);
        timestamp(node, "created", link.created());
        ArrayNode bodies = node.putArray("body");
        bodies.add(textBody("describing", link.relation().word()));
        if (!link.note().isBlank()) {
            bodies.add(textBody("commenting", link.note()));
        }
        ArrayNode targets = node.putArray("target");
        for (long passageId : new long[] {link.fromAnnotationId(), link.toAnnotationId()}) {
            Annotation passage = passages.get(passageId);
            if (passage == null) {
                throw new IllegalArgumentException("link " + link.id() + " points at unknown passage " + passageId);
            }
            targets.add(target(snapshot, guids, documents, passage));
        }
        return node;
    }

    /** A source memo comments on the whole source; a project note on the project (the collection itself). */
    private ObjectNode memo(Guids guids, Map<Long, Document> documents, ProjectNote note, String collectionIri) {
        ObjectNode node = header(Guids.iri(guids.projectNote(note.id())));
        node.put("motivation", "commenting");
        timestamp(node, "created", note.created());
        timestamp(node, "modified", note.modified());
        generator(node);
        node.set("body", textBody("commenting", note.text()));
        Document document = note.documentId() == null ? null : documents.get(note.documentId());
        node.put("target", document == null ? collectionIri : Guids.iri(guids.source(document.sha256())));
        return node;
    }

    private ObjectNode header(String id) {
        ObjectNode node = mapper.createObjectNode();
        node.put("@context", CONTEXT);
        node.put("id", id);
        node.put("type", "Annotation");
        return node;
    }

    private ObjectNode target(ProjectSnapshot snapshot, Guids guids, Map<Long, Document> documents,
            Annotation annotation) {
        Document document = documents.get(annotation.documentId());
        if (document == null) {
            throw new IllegalArgumentException(
                    "passage " + annotation.id() + " belongs to unknown source " + annotation.documentId());
        }
        CodePointIndex index = codePoints.computeIfAbsent(document.id(),
                id -> new CodePointIndex(snapshot.textOf(id)));
        TextSpan points = new TextSpan(index.toCodePoints(annotation.span().start()),
                index.toCodePoints(annotation.span().end()));
        ObjectNode target = mapper.createObjectNode();
        target.put("type", "SpecificResource");
        target.put("source", Guids.iri(guids.source(document.sha256())));
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", annotation.quote());
        if (annotation.prefix() != null && !annotation.prefix().isEmpty()) {
            quote.put("prefix", annotation.prefix());
        }
        if (annotation.suffix() != null && !annotation.suffix().isEmpty()) {
            quote.put("suffix", annotation.suffix());
        }
        ObjectNode position = selectors.addObject();
        position.put("type", "TextPositionSelector");
        position.put("start", points.start());
        position.put("end", points.end());
        return target;
    }

    /** The box of a passage on one page, the page being the source (a one-page image is its own page). */
    private ObjectNode pageTarget(String source, boolean paged, PageFragments.Fragment fragment) {
        ObjectNode target = mapper.createObjectNode();
        target.put("type", "SpecificResource");
        target.put("source", paged ? source + "#page=" + fragment.page() : source);
        ObjectNode selector = target.putObject("selector");
        selector.put("type", "FragmentSelector");
        selector.put("conformsTo", PageFragments.MEDIA_FRAGMENTS);
        selector.put("value", fragment.value());
        return target;
    }

    private ObjectNode textBody(String purpose, String value) {
        ObjectNode body = mapper.createObjectNode();
        body.put("type", "TextualBody");
        body.put("purpose", purpose);
        body.put("value", value);
        body.put("format", "text/plain");
        return body;
    }

    private void creator(ObjectNode node, Guids guids, String author) {
        if (author.isBlank()) {
            return;
        }
        ObjectNode creator = node.putObject("creator");
        creator.put("id", Guids.iri(guids.user(author)));
        creator.put("type", "Person");
        creator.put("name", author);
    }

    private static void generator(ObjectNode node) {
        ObjectNode generator = node.putObject("generator");
        generator.put("id", Guids.iri(Guids.software()));
        generator.put("type", "Software");
        generator.put("name", "Marginalia");
    }

    private static void timestamp(ObjectNode node, String key, Instant instant) {
        if (instant != null) {
            node.put(key, instant.truncatedTo(ChronoUnit.SECONDS).toString());
        }
    }
}
