package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageStarts;
import org.marginalia.model.PageUnit;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;
import org.marginalia.model.WordBox;
import org.marginalia.model.WordOrigin;

/** Page layouts and word boxes are stored with a source, read back as given, and follow it through its changes. */
class PageServiceTest {

    private static final String TEXT = "Dear 𝔖ir,\nthe ships sail.";

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

    private static ImportedSource scan(String text, List<PageLayout> layout) throws NoSuchAlgorithmException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        return new ImportedSource(SourceMetadata.titled("Letter"), SourceType.PDF, "letter.pdf", bytes, sha256, text,
                PageStarts.of(0, text.indexOf("the")), layout);
    }

    private static List<PageLayout> twoPages() {
        // "𝔖ir," is two UTF-16 units longer than its code points: the offsets stay UTF-16.
        PageLayout first = PageLayout.of(1, 2480, 3508, PageUnit.PIXELS, WordOrigin.OCR, List.of(
                new WordBox("Dear", 0, 4, 120.5, 200, 180, 48, 0.96),
                new WordBox("𝔖ir,", 5, 10, 320, 200, 150, 52, 0.62)));
        PageLayout second = PageLayout.of(2, 2480, 3508, PageUnit.PIXELS, WordOrigin.OCR, List.of(
                new WordBox("the", 11, 14, 120, 190, 90, 40, 0.91),
                new WordBox("ships", 15, 20, 230, 190, 160, 40, 0.88),
                new WordBox("sail.", 21, 26, 410, 190, 140, 40, 0.90)));
        return List.of(first, second);
    }

    @Test
    void wordBoxesAndConfidencesComeBackAsImported() throws Exception {
        long doc = project.sources().add(scan(TEXT, twoPages())).document().id();

        List<PageLayout> outline = project.pages().outline(doc);
        assertThat(outline).extracting(PageLayout::page).containsExactly(1, 2);
        assertThat(outline.get(0).meanConfidence()).isCloseTo(0.79, Offset.offset(1e-9));
        assertThat(outline.get(0).words()).isEmpty();
        assertThat(outline.get(0).unit()).isEqualTo(PageUnit.PIXELS);

        PageLayout first = project.pages().page(doc, 1).orElseThrow();
        assertThat(first).isEqualTo(twoPages().get(0));
        WordBox sir = first.words().get(1);
        assertThat(TEXT.substring(sir.start(), sir.end())).isEqualTo(sir.word());
        assertThat(project.pages().page(doc, 3)).isEmpty();
        assertThat(project.pages().wordsIn(doc, 2, 16, 22)).extracting(WordBox::word).containsExactly("ships", "sail.");
    }

    @Test
    void aSourceWithoutPagesHasNoLayout() throws Exception {
        long doc = project.sources().add(scan(TEXT, List.of())).document().id();
        assertThat(project.pages().outline(doc)).isEmpty();
        assertThat(project.pages().page(doc, 1)).isEmpty();
    }

    @Test
    void removingAndPuttingBackASourceKeepsItsWordBoxes() throws Exception {
        long doc = project.sources().add(scan(TEXT, twoPages())).document().id();
        DeletedSource deleted = project.sources().delete(doc);
        assertThat(project.pages().outline(doc)).isEmpty();

        project.sources().restore(deleted);

        assertThat(project.pages().page(doc, 2).orElseThrow()).isEqualTo(twoPages().get(1));
    }

    @Test
    void aNewVersionReplacesTheWordBoxesOfTheOldText() throws Exception {
        long doc = project.sources().add(scan(TEXT, twoPages())).document().id();
        String corrected = "Dear Sir,\nthe ships sailed.";
        PageLayout page = PageLayout.of(1, 595, 842, PageUnit.POINTS, WordOrigin.TEXT_LAYER, List.of(
                new WordBox("Dear", 0, 4, 72, 72, 30, 12, 1)));

        project.reanchor().reimport(doc, scan(corrected, List.of(page)));

        assertThat(project.pages().outline(doc)).extracting(PageLayout::page).containsExactly(1);
        assertThat(project.pages().page(doc, 1).orElseThrow()).isEqualTo(page);
    }

    @Test
    void aWordBoxOutsideTheTextIsRefusedBeforeAnythingIsWritten() throws Exception {
        List<PageLayout> beyond = List.of(PageLayout.of(1, 10, 10, PageUnit.PIXELS, WordOrigin.OCR,
                List.of(new WordBox("sail.", 21, 99, 0, 0, 1, 1, 0.5))));
        assertThatThrownBy(() -> scan(TEXT, beyond)).hasMessageContaining("ends after the text");
        assertThatThrownBy(() -> new WordBox("x", 0, 1, 0, 0, -1, 1, 0.5)).hasMessageContaining("non-negative");
        assertThatThrownBy(() -> new WordBox("x", 0, 1, 0, 0, 1, 1, 1.5)).hasMessageContaining("between 0 and 1");
        assertThat(project.sources().list()).isEmpty();
    }
}
