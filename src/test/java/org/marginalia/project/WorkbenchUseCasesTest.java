package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Relation;
import org.marginalia.model.SearchHit;
import org.marginalia.model.Tag;
import org.marginalia.model.TextSpan;

/** Round trips of the use cases the window added: tag delete/merge with undo data, source delete, search. */
class WorkbenchUseCasesTest {

    @TempDir
    Path dir;
    Project project;
    Document memo;
    Tag ally;
    Tag member;
    Annotation first;
    Annotation second;

    @BeforeEach
    void setUp() throws Exception {
        project = Project.create(dir.resolve("p.marginalia"), Importers.standard()::read);
        Path file = Files.writeString(dir.resolve("memo.txt"), "Perhaps Russia could be an Ally. Perhaps a member.\n");
        memo = project.sources().importFile(file).document();
        ally = project.tags().add("ally", null, null, "1");
        member = project.tags().add("member", null, null, "2");
        first = project.passages().create(memo.id(), new TextSpan(0, 31), List.of(ally.id()), "");
        second = project.passages().create(memo.id(), new TextSpan(33, 50), List.of(ally.id(), member.id()), "");
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    @Test
    void deletedTagComesBackWithItsIdAndPassages() {
        DeletedTag deleted = project.tags().delete(ally.id());
        assertThat(project.tags().list()).extracting(Tag::name).containsExactly("member");
        assertThat(project.passages().get(first.id()).tagIds()).isEmpty();
        assertThat(deleted.passageIds()).containsExactly(first.id(), second.id());

        project.tags().restore(deleted);
        assertThat(project.tags().resolve("ally").id()).isEqualTo(ally.id());
        assertThat(project.passages().get(first.id()).tagIds()).containsExactly(ally.id());
        assertThat(project.passages().get(second.id()).tagIds()).containsExactlyInAnyOrder(ally.id(), member.id());
    }

    @Test
    void aTagWithNestedTagsIsNotDeleted() {
        project.tags().add("nested", null, "ally", null);
        assertThatThrownBy(() -> project.tags().delete(ally.id())).isInstanceOf(ProjectException.class)
                .hasMessageContaining("nested under it");
    }

    @Test
    void mergeMovesPassagesAndNestedTagsAndUnmergePutsThemBack() {
        Tag nested = project.tags().add("nested", null, "ally", null);
        MergedTag merged = project.tags().merge(ally.id(), member.id());
        assertThat(project.tags().list()).extracting(Tag::name).containsExactlyInAnyOrder("member", "nested");
        assertThat(project.passages().get(first.id()).tagIds()).containsExactly(member.id());
        assertThat(project.tags().resolve("nested").parentId()).isEqualTo(member.id());
        assertThat(merged.newlyTagged()).containsExactly(first.id());

        project.tags().unmerge(merged);
        assertThat(project.passages().get(first.id()).tagIds()).containsExactly(ally.id());
        assertThat(project.passages().get(second.id()).tagIds()).containsExactlyInAnyOrder(ally.id(), member.id());
        assertThat(project.tags().resolve(String.valueOf(nested.id())).parentId()).isEqualTo(ally.id());
    }

    @Test
    void deletingASourceRemovesItsPassages() {
        DeletedSource deleted = project.sources().delete(memo.id());
        assertThat(deleted.document().title()).isEqualTo(memo.title());
        assertThat(project.sources().list()).isEmpty();
        assertThat(project.passages().list()).isEmpty();
    }

    @Test
    void aRemovedSourceComesBackUnderItsOldIdFromTheBytesTheProjectHeldNotFromTheFile() throws Exception {
        String text = project.sources().text(memo.id());
        byte[] bytes = project.sources().originalBytes(memo.id());
        DeletedSource deleted = project.sources().delete(memo.id());
        Files.delete(dir.resolve("memo.txt"));

        Document back = project.sources().restore(deleted);

        assertThat(back.id()).isEqualTo(memo.id());
        assertThat(back.sha256()).isEqualTo(memo.sha256());
        assertThat(back.metadata()).isEqualTo(memo.metadata());
        assertThat(project.sources().text(memo.id())).isEqualTo(text);
        assertThat(project.sources().originalBytes(memo.id())).isEqualTo(bytes);
    }

    @Test
    void aNewTagFromASelectionIsAddedAndAppliedTogetherOrNotAtAll() {
        TaggedPassage made = project.passages().createWithNewTag(memo.id(), new TextSpan(8, 14), "country");
        assertThat(made.tag().name()).isEqualTo("country");
        assertThat(made.tag().shortcutKey()).isEqualTo("3");
        assertThat(project.passages().get(made.passage().id()).tagIds()).containsExactly(made.tag().id());
        assertThat(made.passage().quote()).isEqualTo("Russia");

        int passages = project.passages().list().size();
        assertThatThrownBy(() -> project.passages().createWithNewTag(memo.id(), new TextSpan(0, 7), "ally"))
                .hasMessageContaining("already");
        assertThat(project.passages().list()).hasSize(passages);
    }

    @Test
    void twoPassagesTakeOneLinkWhicheverWayItReads() {
        project.links().link(first.id(), second.id(), Relation.PARAPHRASES, "");
        assertThatThrownBy(() -> project.links().link(second.id(), first.id(),
                Relation.QUOTES, "")).hasMessageContaining("linked already");
        assertThatThrownBy(() -> project.links().link(first.id(), second.id(),
                Relation.RELATED, "")).hasMessageContaining("linked already");
        assertThat(project.links().list()).hasSize(1);
    }

    @Test
    void searchFindsWordsInTextsAndNotes() {
        project.passages().setNote(second.id(), "compare with the transcript");
        List<SearchHit> inText = project.search().phrase("could be an ally", 10);
        assertThat(inText).singleElement().satisfies(hit -> {
            assertThat(hit.documentId()).isEqualTo(memo.id());
            assertThat(hit.inNote()).isFalse();
            assertThat(hit.snippet()).contains("[");
        });
        assertThat(project.search().phrase("transcript", 10)).singleElement()
                .satisfies(hit -> assertThat(hit.annotationId()).isEqualTo(second.id()));
        assertThat(project.search().phrase("  ", 10)).isEmpty();
        assertThat(project.search().phrase("\"NEAR*", 10)).isEmpty();
    }
}
