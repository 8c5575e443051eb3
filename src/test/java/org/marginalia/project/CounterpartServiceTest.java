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
import org.marginalia.importer.Importers;
import org.marginalia.model.Annotation;
import org.marginalia.model.Relation;
import org.marginalia.model.TextSpan;

/** Accepting a counterpart: two passages and a link in one transaction, all or nothing. */
class CounterpartServiceTest {

    @TempDir
    Path dir;
    Project project;
    long article;
    long transcript;
    TextSpan member;
    TextSpan ally;

    @BeforeEach
    void setUp() throws Exception {
        project = Project.create(dir.resolve("p.marginalia"), Importers.standard()::read);
        String said = "He said: Perhaps Russia could be an Ally. Then he left.";
        String wrote = "The paper wrote that perhaps Russia could be a member (of NATO).";
        transcript = project.sources().importFile(Files.writeString(dir.resolve("t.txt"), said,
                StandardCharsets.UTF_8)).document().id();
        article = project.sources().importFile(Files.writeString(dir.resolve("a.txt"), wrote,
                StandardCharsets.UTF_8)).document().id();
        member = span(wrote, "perhaps Russia could be a member (of NATO)");
        ally = span(said, "Perhaps Russia could be an Ally");
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    private static TextSpan span(String text, String words) {
        int at = text.indexOf(words);
        return new TextSpan(at, at + words.length());
    }

    @Test
    void acceptingMarksBothEndsAndLinksThem() {
        AcceptedCounterpart accepted = project.counterparts().accept(article, member, transcript, ally,
                Relation.QUOTES);

        assertThat(accepted.created()).hasSize(2);
        assertThat(accepted.from().quote()).isEqualTo("perhaps Russia could be a member (of NATO)");
        assertThat(accepted.to().quote()).isEqualTo("Perhaps Russia could be an Ally");
        assertThat(project.links().list()).singleElement().satisfies(l -> {
            assertThat(l.fromAnnotationId()).isEqualTo(accepted.from().id());
            assertThat(l.toAnnotationId()).isEqualTo(accepted.to().id());
            assertThat(l.relation()).isEqualTo(Relation.QUOTES);
        });
    }

    @Test
    void anEndAlreadyMarkedThereIsReusedNotMarkedTwice() {
        Annotation marked = project.passages().create(transcript, ally, List.of(), "note");

        AcceptedCounterpart accepted = project.counterparts().accept(article, member, transcript, ally,
                Relation.PARAPHRASES);

        assertThat(accepted.to().id()).isEqualTo(marked.id());
        assertThat(accepted.created()).extracting(Annotation::id).containsExactly(accepted.from().id());
        assertThat(project.passages().list()).hasSize(2);
    }

    @Test
    void acceptingTheSamePairTwiceIsRefusedAsADuplicateAndChangesNothing() {
        project.counterparts().accept(article, member, transcript, ally, Relation.QUOTES);

        assertThatThrownBy(() -> project.counterparts().accept(article, member, transcript, ally, Relation.QUOTES))
                .isInstanceOfSatisfying(ProjectException.class, e -> assertThat(e.reason())
                        .isEqualTo(ProjectException.Reason.DUPLICATE));
        assertThat(project.passages().list()).hasSize(2);
        assertThat(project.links().list()).hasSize(1);
    }

    @Test
    void aFailureHalfWayRollsBackThePassageAlreadyMarked() {
        TextSpan outside = new TextSpan(0, 10_000);
        int passages = project.passages().list().size();

        assertThatThrownBy(() -> project.counterparts().accept(article, member, transcript, outside,
                Relation.QUOTES)).isInstanceOf(RuntimeException.class);

        assertThat(project.passages().list()).hasSize(passages);
        assertThat(project.links().list()).isEmpty();
    }

    @Test
    void undoTakesOutTheLinkAndTheMarkedPassagesAndRedoPutsThemBackUnderTheirIds() {
        AcceptedCounterpart accepted = project.counterparts().accept(article, member, transcript, ally,
                Relation.QUOTES);

        project.counterparts().undo(accepted);
        assertThat(project.passages().list()).isEmpty();
        assertThat(project.links().list()).isEmpty();

        project.counterparts().redo(accepted);
        assertThat(project.passages().get(accepted.to().id()).quote()).isEqualTo("Perhaps Russia could be an Ally");
        assertThat(project.links().list()).singleElement()
                .satisfies(l -> assertThat(l.id()).isEqualTo(accepted.link().id()));
    }
}
