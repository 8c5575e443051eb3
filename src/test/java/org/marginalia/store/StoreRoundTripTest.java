package org.marginalia.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.Link;
import org.marginalia.model.PageStarts;
import org.marginalia.model.Relation;
import org.marginalia.model.SearchHit;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;
import org.marginalia.model.Tag;
import org.marginalia.model.TextSpan;

/** Every Store method writes and reads back what it was given. */
class StoreRoundTripTest {

    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");
    private static final String TEXT =
            "Perhaps Russia could be an Ally. 𝔘nicode 😀 and mais não.\nPage two begins here.";

    @TempDir
    Path dir;
    ProjectFile file;

    @BeforeEach
    void open() {
        file = ProjectFile.create(dir.resolve("t.marginalia"));
    }

    @AfterEach
    void close() {
        file.close();
    }

    private long insertDocument(String sha) {
        ImportedSource source = new ImportedSource(
                new SourceMetadata("Memo", "A. Author", "Archive Press", "2001-06-16", "https://example.org/m",
                        "NSA", "Russia", "Box 3", "Folder 7", "2001-06-16"),
                SourceType.PDF, "memo.pdf", "%PDF-bytes".getBytes(StandardCharsets.US_ASCII), sha, TEXT,
                PageStarts.of(0, TEXT.indexOf("Page two")));
        return file.inTransaction(tx -> tx.documents().insert(source, T0));
    }

    @Test
    void documentRoundTrip() {
        long id = insertDocument("a".repeat(64));
        Document d = file.inTransaction(tx -> tx.documents().get(id)).orElseThrow();
        assertThat(d.metadata().archive()).isEqualTo("NSA");
        assertThat(d.metadata().eventDate()).isEqualTo("2001-06-16");
        assertThat(d.type()).isEqualTo(SourceType.PDF);
        assertThat(d.pages().pageCount()).isEqualTo(2);
        assertThat(d.pages().pageAt(TEXT.indexOf("two"))).isEqualTo(2);
        assertThat(d.textLength()).isEqualTo(TEXT.length());
        assertThat(d.imported()).isEqualTo(T0);
        String text = file.inTransaction(tx -> tx.documents().text(id));
        assertThat(text).isEqualTo(TEXT);
        byte[] bytes = file.inTransaction(tx -> tx.documents().originalBytes(id));
        assertThat(new String(bytes, StandardCharsets.US_ASCII)).isEqualTo("%PDF-bytes");
        List<Document> bySha = file.inTransaction(tx -> tx.documents().findBySha256("a".repeat(64)).stream().toList());
        assertThat(bySha).extracting(Document::id).containsExactly(id);
        List<Document> byTitle = file.inTransaction(tx -> tx.documents().findByTitle("Memo"));
        assertThat(byTitle).hasSize(1);

        file.inTransaction(tx -> {
            tx.documents().updateMetadata(id, d.metadata().with("title", "Memorandum of conversation"));
            return null;
        });
        List<Document> all = file.inTransaction(tx -> tx.documents().all());
        assertThat(all).extracting(Document::title).containsExactly("Memorandum of conversation");

        file.inTransaction(tx -> {
            tx.documents().delete(id);
            return null;
        });
        List<Document> none = file.inTransaction(tx -> tx.documents().all());
        assertThat(none).isEmpty();
    }

    @Test
    void sameFileTwiceIsRefusedByTheSchema() {
        insertDocument("b".repeat(64));
        assertThatThrownBy(() -> insertDocument("b".repeat(64)))
                .isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.CONFLICT);
    }

    @Test
    void tagRoundTrip() {
        Tag parent = file.inTransaction(tx -> tx.tags().insert(new Tag(0, "Russia", "#abcdef", "desc", null, "1")));
        Tag child = file.inTransaction(tx -> tx.tags().insert(new Tag(0, "trust", "#123456", "", parent.id(), null)));
        assertThat(parent.color()).isEqualTo("#ABCDEF");
        Tag read = file.inTransaction(tx -> tx.tags().get(child.id())).orElseThrow();
        assertThat(read).isEqualTo(child);
        assertThat(read.parentId()).isEqualTo(parent.id());
        List<Tag> byName = file.inTransaction(tx -> tx.tags().findByName("trust"));
        assertThat(byName).containsExactly(child);

        Tag renamed = new Tag(child.id(), "mistrust", "#654321", "d", null, "2");
        file.inTransaction(tx -> {
            tx.tags().update(renamed);
            return null;
        });
        List<Tag> all = file.inTransaction(tx -> tx.tags().all());
        assertThat(all).containsExactly(parent, renamed);

        // the same name is allowed under different parents, refused twice at one level
        file.inTransaction(tx -> tx.tags().insert(new Tag(0, "mistrust", "#000000", "", parent.id(), null)));
        assertThatThrownBy(() -> file.inTransaction(tx -> tx.tags().insert(new Tag(0, "mistrust", "#000000", "",
                null, null)))).isInstanceOf(StoreException.class);

        file.inTransaction(tx -> {
            tx.tags().delete(renamed.id());
            return null;
        });
        Optional<Tag> gone = file.inTransaction(tx -> tx.tags().get(renamed.id()));
        assertThat(gone).isEmpty();
        // restoring under the old id, as undo does
        Tag restored = file.inTransaction(tx -> tx.tags().insert(renamed));
        assertThat(restored.id()).isEqualTo(renamed.id());
    }

    @Test
    void annotationTagAndLinkRoundTrip() {
        long doc = insertDocument("c".repeat(64));
        Tag tag = file.inTransaction(tx -> tx.tags().insert(new Tag(0, "NATO", "#ff0000", "", null, null)));
        TextSpan ally = new TextSpan(TEXT.indexOf("Perhaps"), TEXT.indexOf(". "));
        TextSpan astral = new TextSpan(TEXT.indexOf("𝔘"), TEXT.indexOf(" and"));
        long a = file.inTransaction(tx -> tx.annotations().insert(new Annotation(0, doc, ally, ally.of(TEXT), "",
                " 𝔘nicode", "a note", "me", T0, T0, List.of())));
        long b = file.inTransaction(tx -> tx.annotations().insert(new Annotation(0, doc, astral, astral.of(TEXT),
                "Ally. ", "", "", "me", T0, T0, List.of())));
        file.inTransaction(tx -> tx.annotationTags().add(a, tag.id()));
        assertThat((boolean) file.inTransaction(tx -> tx.annotationTags().add(a, tag.id()))).isFalse();
        List<Long> tagsOfA = file.inTransaction(tx -> tx.annotationTags().tagsOf(a));
        assertThat(tagsOfA).containsExactly(tag.id());
        List<Long> withTag = file.inTransaction(tx -> tx.annotationTags().annotationsWith(tag.id()));
        assertThat(withTag).containsExactly(a);

        Map<Long, Integer> tagCounts = file.inTransaction(tx -> tx.tags().passageCounts());
        assertThat(tagCounts).containsExactly(Map.entry(tag.id(), 1));
        Map<Long, Integer> docCounts = file.inTransaction(tx -> tx.annotations().countsByDocument());
        assertThat(docCounts).containsExactly(Map.entry(doc, 2));

        Annotation readA = file.inTransaction(tx -> tx.annotations().get(a)).orElseThrow();
        assertThat(readA.quote()).isEqualTo("Perhaps Russia could be an Ally");
        assertThat(readA.tagIds()).containsExactly(tag.id());
        assertThat(readA.created()).isEqualTo(T0);
        Annotation readB = file.inTransaction(tx -> tx.annotations().get(b)).orElseThrow();
        assertThat(readB.quote()).isEqualTo("𝔘nicode 😀");
        assertThat(readB.span()).isEqualTo(astral);

        Instant later = T0.plusSeconds(60);
        file.inTransaction(tx -> {
            tx.annotations().updateNote(b, "astral", later);
            return null;
        });
        List<Annotation> forDoc = file.inTransaction(tx -> tx.annotations().forDocument(doc));
        assertThat(forDoc).extracting(Annotation::note).containsExactly("a note", "astral");
        assertThat(forDoc.get(1).modified()).isEqualTo(later);

        Link link = file.inTransaction(tx -> tx.links().insert(new Link(0, b, a, Relation.PARAPHRASES, "n", T0)));
        Optional<Link> readLink = file.inTransaction(tx -> tx.links().get(link.id()));
        assertThat(readLink).contains(link);
        List<Link> touching = file.inTransaction(tx -> tx.links().touching(a));
        assertThat(touching).containsExactly(link);

        List<SearchHit> noteHits = file.inTransaction(tx -> tx.search().phrase("astral", 10));
        assertThat(noteHits).singleElement().satisfies(h -> {
            assertThat(h.annotationId()).isEqualTo(b);
            assertThat(h.documentId()).isEqualTo(doc);
        });
        List<SearchHit> textHits = file.inTransaction(tx -> tx.search().phrase("could be an ally", 10));
        assertThat(textHits).singleElement().satisfies(h -> assertThat(h.snippet()).contains("[could be an Ally]"));
        // user text is a phrase, never FTS syntax
        List<SearchHit> syntax = file.inTransaction(tx -> tx.search().phrase("\"Ally\" OR NEAR(*", 10));
        assertThat(syntax).isEmpty();

        file.inTransaction(tx -> tx.annotationTags().remove(a, tag.id()));
        file.inTransaction(tx -> {
            tx.annotations().delete(a);
            return null;
        });
        List<Link> links = file.inTransaction(tx -> tx.links().all());
        assertThat(links).as("a deleted passage takes its links along").isEmpty();
        List<SearchHit> afterDelete = file.inTransaction(tx -> tx.search().phrase("a note", 10));
        assertThat(afterDelete).isEmpty();
        assertThat(file.check()).isEmpty();
    }
}
