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
import org.marginalia.model.DocumentVersion;
import org.marginalia.model.Relation;
import org.marginalia.model.ReviewFlag;
import org.marginalia.model.Tag;
import org.marginalia.model.TextSpan;

class ReanchorServiceTest {

    private static final String ALLY = "Perhaps Russia could be an Ally";
    private static final String IMAGINE = "I can imagine us becoming allies.";
    private static final String DIRE = "Only dire need could make us allied with others.";
    private static final String DEMANDS = "Russia’s demands for a new post-Cold War relationship";

    @TempDir
    Path dir;
    Project project;
    String oldText;
    long doc;

    @BeforeEach
    void setUp() throws Exception {
        project = Project.create(dir.resolve("p.marginalia"), Importers.standard()::read);
        Path seeds = Path.of(System.getProperty("marginalia.seeds", "assets/samples"));
        Path copy = Files.copy(seeds.resolve("000_7ff5d61a483c6a56.txt"), dir.resolve("article.txt"));
        doc = project.sources().importFile(copy).document().id();
        oldText = project.sources().text(doc);
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Annotation mark(String quote) {
        return project.passages().annotate(String.valueOf(doc), quote, 0, List.of(), "");
    }

    private static String edited(String text) {
        return text.replace("Skip to content\n", "Skip to content\n\nEditor's note: corrected in 2026.\n")
                .replace(IMAGINE, "I could imagine us becoming allies.")
                .replace(DIRE + " ", "");
    }

    @Test
    void editedSourceMovesExactAndLightlyEditedPassagesAndQueuesADeletedOne() throws Exception {
        Tag tag = project.tags().add("alliance", null, null, null);
        Annotation ally = mark(ALLY);
        Annotation imagine = project.passages().annotate(String.valueOf(doc), IMAGINE, 0, List.of("alliance"),
                "a note");
        Annotation dire = mark(DIRE);
        Annotation demands = mark(DEMANDS);
        project.links().link(ally.id(), imagine.id(), Relation.RELATED, "");

        ReanchorReport report = project.reanchor().reimport(doc, write("article-v2.txt", edited(oldText)));

        assertThat(report.exact()).isEqualTo(2);
        assertThat(report.moved()).isEqualTo(1);
        assertThat(report.needsReview()).isEqualTo(1);
        String newText = project.sources().text(doc);
        assertThat(newText).contains("Editor's note").doesNotContain(DIRE);
        for (Annotation a : List.of(ally, demands)) {
            Annotation now = project.passages().get(a.id());
            assertThat(now.span().of(newText)).isEqualTo(a.quote());
            assertThat(now.span()).isNotEqualTo(a.span());
        }
        Annotation movedImagine = project.passages().get(imagine.id());
        assertThat(movedImagine.quote()).isEqualTo("I could imagine us becoming allies.");
        assertThat(movedImagine.span().of(newText)).isEqualTo(movedImagine.quote());
        assertThat(movedImagine.prefix()).isEqualTo(newText.substring(movedImagine.span().start() - 32,
                movedImagine.span().start()));
        assertThat(movedImagine.tagIds()).containsExactly(tag.id());
        assertThat(movedImagine.note()).isEqualTo("a note");
        assertThat(project.links().list()).hasSize(1);

        Annotation kept = project.passages().get(dire.id());
        assertThat(kept.quote()).isEqualTo(DIRE);
        kept.span().checkWithin(newText);
        ReviewFlag flag = project.passages().reviewFlag(dire.id()).orElseThrow();
        assertThat(flag.score()).isLessThan(0.8);
        assertThat(project.passages().reviewFlag(imagine.id())).isEmpty();
        assertThat(project.passages().reviewQueue()).extracting(item -> item.passage().id())
                .containsExactly(dire.id());
    }

    @Test
    void previousVersionIsKeptWithItsTextAndBytes() throws Exception {
        byte[] oldBytes = project.sources().originalBytes(doc);
        String oldSha = project.sources().get(doc).sha256();
        ReanchorReport report = project.reanchor().reimport(doc, write("article-v2.txt", edited(oldText)));
        project.reanchor().reimport(doc, write("article-v3.txt", edited(oldText) + "\nPostscript.\n"));

        List<DocumentVersion> versions = project.reanchor().versions(doc);
        assertThat(versions).extracting(DocumentVersion::version).containsExactly(1, 2);
        DocumentVersion first = versions.get(0);
        assertThat(first).isEqualTo(report.previous());
        assertThat(first.fileName()).isEqualTo("article.txt");
        assertThat(first.sha256()).isEqualTo(oldSha);
        assertThat(project.reanchor().versionText(first.id())).isEqualTo(oldText);
        assertThat(project.reanchor().versionBytes(first.id())).isEqualTo(oldBytes);
        assertThat(versions.get(1).fileName()).isEqualTo("article-v2.txt");
        assertThat(project.sources().get(doc).fileName()).isEqualTo("article-v3.txt");
        assertThat(project.sources().get(doc).title()).isEqualTo(report.document().title());
    }

    @Test
    void reimportingTheSameBytesOrAnotherSourceIsRefused() throws Exception {
        Path same = Files.copy(dir.resolve("article.txt"), dir.resolve("same.txt"));
        assertThatThrownBy(() -> project.reanchor().reimport(doc, same))
                .isInstanceOf(ProjectException.class)
                .hasMessageContaining("same.txt").hasMessageContaining("identical to the current version");
        Path seeds = Path.of(System.getProperty("marginalia.seeds", "assets/samples"));
        long other = project.sources().importFile(seeds.resolve("001_787e3ca0482940cb.txt")).document().id();
        assertThatThrownBy(() -> project.reanchor().reimport(doc, seeds.resolve("001_787e3ca0482940cb.txt")))
                .isInstanceOf(ProjectException.class)
                .hasMessageContaining("is already source " + other);
        assertThat(project.reanchor().versions(doc)).isEmpty();
    }

    @Test
    void failingReimportChangesNothing() throws Exception {
        Annotation ally = mark(ALLY);
        Path broken = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type /Cat".getBytes());
        String cached = project.compare().text(doc);
        byte[] before = Files.readAllBytes(project.path());

        assertThatThrownBy(() -> project.reanchor().reimport(doc, broken)).isInstanceOf(ImportException.class)
                .hasMessageContaining("broken.pdf");

        assertThat(Files.readAllBytes(project.path())).isEqualTo(before);
        assertThat(project.sources().text(doc)).isEqualTo(oldText).isEqualTo(cached);
        assertThat(project.passages().get(ally.id())).isEqualTo(ally);
        assertThat(project.reanchor().versions(doc)).isEmpty();
    }

    @Test
    void astralCharactersAndWindowsLineEndsGiveValidSpans() throws Exception {
        Path v1 = write("memo.txt",
                "Memo 😀\n\nPerhaps 𝔘 Russia could be an Ally 😀. Perhaps not.\nSigned 😀😀 by nobody\n");
        long memo = project.sources().importFile(v1).document().id();
        Annotation ally = project.passages().annotate(String.valueOf(memo), "Perhaps 𝔘 Russia could be an Ally 😀",
                0, List.of(), "");
        Annotation signed = project.passages().annotate(String.valueOf(memo), "Signed 😀😀 by nobody", 0,
                List.of(), "");
        Path v2 = Files.write(dir.resolve("memo-v2.txt"),
                ("𝔄𝔅 New 😀 heading\r\n\r\nMemo 😀\r\n\r\n"
                        + "Perhaps 𝔘 Russia could be an ally 😃. Perhaps not.\r\n").getBytes(StandardCharsets.UTF_8));

        ReanchorReport report = project.reanchor().reimport(memo, v2);

        String text = project.sources().text(memo);
        assertThat(text).doesNotContain("\r");
        for (Annotation a : project.passages().forDocument(memo)) {
            a.span().checkWithin(text);
        }
        assertThat(project.passages().get(ally.id()).quote()).isEqualTo("Perhaps 𝔘 Russia could be an ally 😃");
        assertThat(report.needsReview()).isEqualTo(1);
        assertThat(project.passages().reviewFlag(signed.id())).isPresent();
    }

    @Test
    void compareForgetsTheOldTextOfAReimportedSource() throws Exception {
        assertThat(project.compare().text(doc)).isEqualTo(oldText);
        project.reanchor().reimport(doc, write("article-v2.txt", edited(oldText)));
        assertThat(project.compare().text(doc)).contains("Editor's note");
    }

    @Test
    void reviewedPassageTakesTheTextAtItsPlaceOrMovesToTheCandidate() throws Exception {
        Annotation dire = mark(DIRE);
        Annotation ally = mark(ALLY);
        String rewritten = "Only in dire need might we ally ourselves with others.";
        String shuffled = oldText.replace(DIRE, rewritten)
                .replace(ALLY, "Russia might be an Ally");
        project.reanchor().reimport(doc, write("v2.txt", shuffled));
        List<ReviewItem> queue = project.passages().reviewQueue();
        assertThat(queue).extracting(item -> item.passage().id()).containsExactlyInAnyOrder(dire.id(), ally.id());
        ReviewItem direItem = queue.stream().filter(i -> i.passage().id() == dire.id()).findFirst().orElseThrow();
        assertThat(direItem.passage().quote()).isEqualTo(DIRE);
        assertThat(direItem.candidateText()).isNotBlank();
        assertThat(rewritten).contains(direItem.candidateText());

        Annotation accepted = project.passages().acceptCandidate(dire.id());
        assertThat(accepted.quote()).isEqualTo(direItem.candidateText());
        Annotation reviewed = project.passages().markReviewed(ally.id());
        String text = project.sources().text(doc);
        assertThat(reviewed.quote()).isEqualTo(reviewed.span().of(text));
        assertThat(project.passages().reviewQueue()).isEmpty();
        assertThatThrownBy(() -> project.passages().markReviewed(ally.id()))
                .isInstanceOf(ProjectException.class).hasMessageContaining("not waiting for review");
    }

    @Test
    void clampKeepsAnOldPlaceInsideAShorterText() {
        assertThat(ReanchorService.clamp("short", new TextSpan(40, 50)))
                .isEqualTo(new TextSpan(4, 5));
        assertThat(ReanchorService.clamp("ab😀", new TextSpan(3, 9)))
                .isEqualTo(new TextSpan(2, 4));
    }
}
