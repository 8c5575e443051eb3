package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.ImportException;
import org.marginalia.importer.Importers;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Link;
import org.marginalia.model.Relation;
import org.marginalia.model.Tag;
import org.marginalia.model.TextSpan;

class ProjectTest {

    @TempDir
    Path dir;
    Project project;
    Path textFile;

    @BeforeEach
    void setUp() throws Exception {
        project = Project.create(dir.resolve("p.marginalia"), Importers.standard()::read);
        textFile = Files.writeString(dir.resolve("memo.txt"),
                "Memorandum\r\n\r\nPerhaps Russia could be an Ally. Perhaps not.\r\nPerhaps 😀 later.\n",
                StandardCharsets.UTF_8);
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    @Test
    void importingTheSameFileTwiceReportsTheFirstAndAddsNothing() throws Exception {
        ImportOutcome first = project.sources().importFile(textFile);
        Path copy = Files.copy(textFile, dir.resolve("copy-of-memo.txt"));
        ImportOutcome second = project.sources().importFile(copy);
        assertThat(first.duplicate()).isFalse();
        assertThat(second.duplicate()).isTrue();
        assertThat(second.document().id()).isEqualTo(first.document().id());
        assertThat(project.sources().list()).hasSize(1);
        assertThat(project.sources().text(first.document().id()))
                .isEqualTo("Memorandum\n\nPerhaps Russia could be an Ally. Perhaps not.\nPerhaps 😀 later.\n");
    }

    @Test
    void failingImportLeavesTheProjectAsItWas() throws Exception {
        project.sources().importFile(textFile);
        byte[] before = Files.readAllBytes(project.path());
        Path broken = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type /Cat".getBytes());
        assertThatThrownBy(() -> project.sources().importFile(broken))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("broken.pdf");
        assertThat(project.sources().list()).hasSize(1);
        assertThat(project.check()).isEmpty();
        assertThat(Files.readAllBytes(project.path())).isEqualTo(before);
    }

    @Test
    void annotatingWithTagsAndANoteIsOneTransaction() {
        Document doc = project.sources().importFile(textFile).document();
        project.tags().add("NATO expansion", "#E76F51", null, "1");
        project.tags().add("trust", "#264653", null, "2");
        long before = project.file().transactionsCommitted();
        project.passages().annotate(doc.title(), "Russia could be an Ally", 0, List.of("NATO expansion", "trust"),
                "a note");
        assertThat(project.file().transactionsCommitted() - before).isEqualTo(1);
        long beforeFailure = project.file().transactionsCommitted();
        assertThatThrownBy(() -> project.passages().annotate(doc.title(), "Russia could be an Ally", 0,
                List.of("no such tag"), "")).isInstanceOf(ProjectException.class);
        assertThat(project.file().transactionsCommitted()).isEqualTo(beforeFailure);
    }

    @Test
    void annotateFindsTheQuoteAndKeepsContext() {
        Document doc = project.sources().importFile(textFile).document();
        project.tags().add("NATO expansion", "#E76F51", null, "1");
        Annotation a = project.passages().annotate(doc.title(), "Russia could be an Ally", 0,
                List.of("NATO expansion"), "a note");
        String text = project.sources().text(doc.id());
        assertThat(a.span().of(text)).isEqualTo("Russia could be an Ally");
        assertThat(a.prefix()).isEqualTo("Memorandum\n\nPerhaps ");
        assertThat(a.suffix()).as("32 UTF-16 units of context").isEqualTo(". Perhaps not.\nPerhaps 😀 later.");
        assertThat(a.tagIds()).hasSize(1);
        assertThat(a.note()).isEqualTo("a note");
    }

    @Test
    void ambiguousOrMissingQuotesAreErrorsThatSayWhy() {
        Document doc = project.sources().importFile(textFile).document();
        String id = String.valueOf(doc.id());
        assertThatThrownBy(() -> project.passages().annotate(id, "Perhaps", 0, List.of(), ""))
                .isInstanceOf(ProjectException.class).hasMessageContaining("occurs 3 times");
        assertThat(project.passages().annotate(id, "Perhaps", 3, List.of(), "").span().start())
                .isEqualTo(project.sources().text(doc.id()).lastIndexOf("Perhaps"));
        assertThatThrownBy(() -> project.passages().annotate(id, "Perhaps", 4, List.of(), ""))
                .hasMessageContaining("only 3 time");
        assertThatThrownBy(() -> project.passages().annotate(id, "a member (of NATO)", 0, List.of(), ""))
                .isInstanceOf(ProjectException.class)
                .extracting(e -> ((ProjectException) e).reason()).isEqualTo(ProjectException.Reason.QUOTE_NOT_FOUND);
        assertThatThrownBy(() -> project.passages().annotate("no such source", "x", 0, List.of(), ""))
                .hasMessageContaining("No source 'no such source'");
        assertThatThrownBy(() -> project.passages().annotate(id, "Memorandum", 0, List.of("nope"), ""))
                .hasMessageContaining("No tag 'nope'");
        assertThat(project.passages().list()).hasSize(1);
    }

    @Test
    void selectionsAreTrimmedOfWhiteSpace() {
        Document doc = project.sources().importFile(textFile).document();
        String text = project.sources().text(doc.id());
        int start = text.indexOf("Perhaps Russia") - 2;
        Annotation a = project.passages().create(doc.id(), new TextSpan(start, text.indexOf(" Perhaps not")),
                List.of(), "");
        assertThat(a.quote()).isEqualTo("Perhaps Russia could be an Ally.");
        assertThatThrownBy(() -> project.passages().create(doc.id(), new TextSpan(10, 12), List.of(), ""))
                .hasMessageContaining("no text");
    }

    @Test
    void deletedPassageComesBackWithTagsAndLinks() {
        Document doc = project.sources().importFile(textFile).document();
        Tag tag = project.tags().add("trust", null, null, null);
        Annotation a = project.passages().annotate("1", "Perhaps Russia", 0, List.of("trust"), "n");
        Annotation b = project.passages().annotate("1", "Perhaps not", 0, List.of(), "");
        Link link = project.links().link(b.id(), a.id(), Relation.PARAPHRASES, "why");
        DeletedPassage deleted = project.passages().delete(a.id());
        assertThat(project.links().list()).isEmpty();
        Annotation restored = project.passages().restore(deleted);
        assertThat(restored).isEqualTo(a);
        assertThat(restored.tagIds()).containsExactly(tag.id());
        assertThat(project.links().list()).containsExactly(link);
        assertThat(doc.id()).isPositive();
    }

    @Test
    void tagAndLinkRulesAreExplained() {
        project.tags().add("trust", "#112233", null, "2");
        assertThatThrownBy(() -> project.tags().add("trust", null, null, null)).hasMessageContaining("already");
        assertThatThrownBy(() -> project.tags().add("other", null, null, "2")).hasMessageContaining("key '2'");
        assertThatThrownBy(() -> project.tags().add("bad", "red", null, null)).hasMessageContaining("#RRGGBB");
        assertThatThrownBy(() -> project.tags().add("x", null, "missing parent", null))
                .hasMessageContaining("No tag 'missing parent'");
        Tag child = project.tags().add("trust", null, "trust", null);
        assertThat(child.parentId()).isNotNull();
        Tag parent = project.tags().resolve(String.valueOf(child.parentId()));
        assertThatThrownBy(() -> project.tags().update(new Tag(parent.id(), parent.name(), parent.color(), "",
                child.id(), null))).hasMessageContaining("inside itself");

        project.sources().importFile(textFile);
        Annotation a = project.passages().annotate("1", "Memorandum", 0, List.of(), "");
        assertThatThrownBy(() -> project.links().link(a.id(), a.id(), Relation.QUOTES, ""))
                .hasMessageContaining("itself");
        Annotation b = project.passages().annotate("1", "later", 0, List.of(), "");
        project.links().link(a.id(), b.id(), Relation.QUOTES, "");
        assertThatThrownBy(() -> project.links().link(a.id(), b.id(), Relation.QUOTES, ""))
                .hasMessageContaining("already");
    }

    @Test
    void demoProjectHasBothArticlesTheCodebookAndTheShowcaseLink() {
        try (Project demo = DemoProject.create(dir.resolve("demo.marginalia"), Importers.standard()::read)) {
            assertThat(demo.sources().list()).hasSize(2);
            assertThat(demo.tags().list()).extracting(Tag::name)
                    .containsExactly("NATO expansion", "trust", "missile defense", "1954 application");
            assertThat(demo.tags().list()).extracting(Tag::shortcutKey).containsExactly("1", "2", "3", "4");
            assertThat(demo.tags().list()).extracting(Tag::color).doesNotHaveDuplicates();
            List<Annotation> passages = demo.passages().list();
            assertThat(passages.size()).isGreaterThanOrEqualTo(6);
            Link showcase = demo.links().list().get(0);
            assertThat(showcase.relation()).isEqualTo(Relation.PARAPHRASES);
            assertThat(demo.passages().get(showcase.fromAnnotationId()).quote())
                    .isEqualTo("Perhaps Russia could be a member (of NATO)");
            assertThat(demo.passages().get(showcase.toAnnotationId()).quote())
                    .isEqualTo("Perhaps Russia could be an Ally");
            assertThat(demo.check()).isEmpty();
        }
    }
}
