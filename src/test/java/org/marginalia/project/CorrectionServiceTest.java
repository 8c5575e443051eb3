package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageStarts;
import org.marginalia.model.PageUnit;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;
import org.marginalia.model.WordBox;
import org.marginalia.model.WordDiff;
import org.marginalia.model.WordOrigin;

/** A corrected text keeps every passage, the old version, the page and the boxes of unchanged words. */
class CorrectionServiceTest {

    private static final String ALLY = "Perhaps Russia could be an Ally";
    private static final String IMAGINE = "I can imagine us becoming allies.";
    private static final String DIRE = "Only dire need could make us allied with others.";
    private static final String DEMANDS = "Russia’s demands for a new post-Cold War relationship";

    @TempDir
    Path dir;
    Project project;

    @BeforeEach
    void setUp() {
        project = Project.create(dir.resolve("p.marginalia"), Importers.standard()::read);
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    private long article() throws Exception {
        Path seeds = Path.of(System.getProperty("marginalia.seeds", "assets/samples"));
        return project.sources().importFile(Files.copy(seeds.resolve("000_7ff5d61a483c6a56.txt"),
                dir.resolve("article.txt"))).document().id();
    }

    private Annotation mark(long doc, String quote) {
        return project.passages().annotate(String.valueOf(doc), quote, 0, List.of(), "");
    }

    /** Three words edited (one inside a passage), a sentence deleted, a paragraph inserted. */
    private static String corrected(String text) {
        return text.replace("Skip to content\n", "Skip to content\n\nTranscribed from the archive copy in 2026.\n")
                .replace(IMAGINE, "I could imagine us becoming allies.")
                .replace("two terms in the White House", "two terms in the white House")
                .replace("placement of NATO", "placing of NATO")
                .replace(DIRE + " ", "");
    }

    @Test
    void aCorrectionMovesExactAndLightlyEditedPassagesAndQueuesTheDeletedOne() throws Exception {
        long doc = article();
        String oldText = project.sources().text(doc);
        Document before = project.sources().get(doc);
        byte[] bytes = project.sources().originalBytes(doc);
        Annotation ally = mark(doc, ALLY);
        Annotation imagine = mark(doc, IMAGINE);
        Annotation dire = mark(doc, DIRE);
        Annotation demands = mark(doc, DEMANDS);
        long commits = project.file().transactionsCommitted();

        Correction correction = project.corrections().correct(doc, corrected(oldText), CompareProgress.NONE);

        assertThat(project.file().transactionsCommitted()).isEqualTo(commits + 1);
        ReanchorReport report = correction.report();
        assertThat(report.exact()).isEqualTo(2);
        assertThat(report.moved()).isEqualTo(1);
        assertThat(report.needsReview()).isEqualTo(1);
        String newText = project.sources().text(doc);
        assertThat(newText).isEqualTo(corrected(oldText));
        for (Annotation a : List.of(ally, demands)) {
            Annotation now = project.passages().get(a.id());
            assertThat(now.span().of(newText)).isEqualTo(a.quote());
        }
        assertThat(project.passages().get(imagine.id()).quote()).isEqualTo("I could imagine us becoming allies.");
        assertThat(project.passages().reviewQueue()).extracting(item -> item.passage().id())
                .containsExactly(dire.id());
        assertThat(project.passages().get(dire.id()).quote()).isEqualTo(DIRE);

        Document after = project.sources().get(doc);
        assertThat(after.type()).isEqualTo(before.type());
        assertThat(after.fileName()).isEqualTo("article.txt");
        assertThat(project.sources().originalBytes(doc)).isEqualTo(bytes);
        assertThat(after.sha256()).isEqualTo(CorrectionService.sha256(newText)).isNotEqualTo(before.sha256());
        assertThat(project.reanchor().versions(doc)).hasSize(1);
        assertThat(project.reanchor().versionText(report.previous().id())).isEqualTo(oldText);

        List<WordDiff> changes = project.corrections().changes(doc, 1);
        assertThat(changes).extracting(WordDiff::summary).containsExactly(
                "\"\" → \"Transcribed from the archive copy in 2026.\"", "\"White\" → \"white\"",
                "\"can\" → \"could\"; \"Only dire need could make us allied with others.\" → \"\"",
                "\"placement\" → \"placing\"");
    }

    @Test
    void aCorrectedScanKeepsItsPageAndTheBoxesOfUnchangedWords() throws Exception {
        String text = "Tbe quick brown fox jumps.\nOver the lazy dog.";
        List<WordBox> words = List.of(box(text, "Tbe", 10), box(text, "quick", 60), box(text, "brown", 120),
                box(text, "fox", 180), box(text, "jumps.", 230), box(text, "Over", 10), box(text, "lazy", 90));
        byte[] scan = {1, 2, 3, 4};
        ImportedSource source = new ImportedSource(SourceMetadata.titled("Scan"), SourceType.PDF, "scan.pdf", scan,
                CorrectionService.sha256("scan"), text, PageStarts.of(0, text.indexOf("Over")), List.of(
                        PageLayout.of(1, 600, 800, PageUnit.POINTS, WordOrigin.OCR, words.subList(0, 5)),
                        PageLayout.of(2, 600, 800, PageUnit.POINTS, WordOrigin.OCR, words.subList(5, 7))));
        long doc = project.sources().add(source).document().id();
        Annotation lazy = project.passages().annotate(String.valueOf(doc), "the lazy dog", 0, List.of(), "");
        String fixed = "Preface.\n\nThe quick fox jumps.\nOver the lazy dog.";

        Correction correction = project.corrections().correct(doc, fixed, CompareProgress.NONE);

        assertThat(correction.boxesKept()).isEqualTo(5);
        assertThat(correction.boxesCorrected()).isEqualTo(1);
        assertThat(correction.boxesDropped()).isEqualTo(1);
        Document now = project.sources().get(doc);
        assertThat(now.type()).isEqualTo(SourceType.PDF);
        assertThat(now.fileName()).isEqualTo("scan.pdf");
        assertThat(project.sources().originalBytes(doc)).isEqualTo(scan);
        assertThat(now.pages()).isEqualTo(PageStarts.of(0, fixed.indexOf("Over")));
        PageLayout first = project.pages().page(doc, 1).orElseThrow();
        assertThat(first.words()).extracting(WordBox::word).containsExactly("The", "quick", "fox", "jumps.");
        assertThat(first.words()).extracting(WordBox::x).containsExactly(10.0, 60.0, 180.0, 230.0);
        assertThat(first.words()).allSatisfy(w -> assertThat(fixed.substring(w.start(), w.end())).isEqualTo(w.word()));
        assertThat(first.words().get(0).confidence()).isEqualTo(1.0);
        assertThat(project.pages().page(doc, 2).orElseThrow().words()).extracting(WordBox::start)
                .containsExactly(fixed.indexOf("Over"), fixed.indexOf("lazy"));
        assertThat(project.passages().get(lazy.id()).span().of(fixed)).isEqualTo("the lazy dog");

        project.corrections().undo(correction.undo());

        assertThat(project.sources().text(doc)).isEqualTo(text);
        assertThat(project.sources().get(doc).sha256()).isEqualTo(CorrectionService.sha256("scan"));
        assertThat(project.sources().get(doc).pages()).isEqualTo(PageStarts.of(0, text.indexOf("Over")));
        assertThat(project.pages().page(doc, 1).orElseThrow().words()).isEqualTo(words.subList(0, 5));
        assertThat(project.passages().get(lazy.id())).isEqualTo(lazy);
        assertThat(project.reanchor().versions(doc)).isEmpty();
    }

    private static WordBox box(String text, String word, double x) {
        int at = text.indexOf(word);
        return new WordBox(word, at, at + word.length(), x, 100, 40, 12, 0.6);
    }

    @Test
    void undoPutsBackEveryPassageAndItsReviewFlag() throws Exception {
        long doc = article();
        String oldText = project.sources().text(doc);
        Annotation imagine = mark(doc, IMAGINE);
        Annotation dire = mark(doc, DIRE);
        Correction correction = project.corrections().correct(doc, corrected(oldText), CompareProgress.NONE);
        assertThat(project.passages().reviewFlag(dire.id())).isPresent();

        project.corrections().undo(correction.undo());

        assertThat(project.sources().text(doc)).isEqualTo(oldText);
        assertThat(project.passages().get(imagine.id())).isEqualTo(imagine);
        assertThat(project.passages().get(dire.id())).isEqualTo(dire);
        assertThat(project.passages().reviewQueue()).isEmpty();
        assertThatThrownBy(() -> project.corrections().undo(correction.undo()))
                .isInstanceOf(ProjectException.class).hasMessageContaining("changed again");
    }

    @Test
    void aCancelledOrRefusedCorrectionChangesNothing() throws Exception {
        long doc = article();
        String oldText = project.sources().text(doc);
        Annotation ally = mark(doc, ALLY);
        mark(doc, DIRE);
        byte[] file = Files.readAllBytes(project.path());
        CompareProgress cancelledAfterOne = new CompareProgress() {
            long done;

            @Override
            public void update(long d, long total) {
                done = d;
            }

            @Override
            public boolean cancelled() {
                return done >= 1;
            }
        };

        assertThatThrownBy(() -> project.corrections().correct(doc, corrected(oldText), cancelledAfterOne))
                .isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> project.corrections().correct(doc, oldText.replace("\n", "\r\n"),
                CompareProgress.NONE)).isInstanceOf(ProjectException.class).hasMessageContaining("identical");
        assertThatThrownBy(() -> project.corrections().correct(doc, " \n", CompareProgress.NONE))
                .isInstanceOf(ProjectException.class).hasMessageContaining("empty");

        assertThat(Files.readAllBytes(project.path())).isEqualTo(file);
        assertThat(project.sources().text(doc)).isEqualTo(oldText);
        assertThat(project.passages().get(ally.id())).isEqualTo(ally);
        assertThat(project.reanchor().versions(doc)).isEmpty();
        assertThat(project.passages().reviewQueue()).isEmpty();
    }

    @Test
    void reimportingACorrectedTextFileOntoAScanKeepsThePage() throws Exception {
        String text = "Tbe quick brown fox.";
        ImportedSource source = new ImportedSource(SourceMetadata.titled("Scan"), SourceType.PDF, "scan.pdf",
                new byte[] {9}, CorrectionService.sha256("scan"), text, PageStarts.of(0), List.of(
                        PageLayout.of(1, 600, 800, PageUnit.POINTS, WordOrigin.OCR,
                                List.of(box(text, "Tbe", 1), box(text, "fox.", 2)))));
        long doc = project.sources().add(source).document().id();
        Path txt = Files.writeString(dir.resolve("corrected.txt"), "The quick brown fox.\n", StandardCharsets.UTF_8);

        Correction correction = project.reanchor().reimportWithPages(doc, txt);

        assertThat(correction.report().previous().fileName()).isEqualTo("scan.pdf");
        assertThat(correction.boxesCorrected()).as("%s", correction).isEqualTo(1);
        assertThat(correction.boxesKept()).isEqualTo(1);
        assertThat(project.sources().get(doc).type()).isEqualTo(SourceType.PDF);
        assertThat(project.sources().text(doc)).isEqualTo("The quick brown fox.\n");
        assertThat(project.reanchor().versions(doc)).extracting(v -> v.fileName()).containsExactly("scan.pdf");
    }
}
