package org.marginalia.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageStarts;
import org.marginalia.model.PageUnit;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;
import org.marginalia.model.WordBox;
import org.marginalia.model.WordOrigin;

/**
 * A page's words kept as one value come back exactly, in text order; words kept as rows before version 10 still
 * read, and move into the value when a correction stores the page's words anew.
 */
class PageWordsTest {

    private static final String TEXT = "Ünïcode 𝔘 words and a second page";

    @TempDir
    Path dir;
    ProjectFile file;
    long doc;

    @BeforeEach
    void open() {
        file = ProjectFile.create(dir.resolve("t.marginalia"));
        doc = file.inTransaction(tx -> tx.documents().insert(new ImportedSource(SourceMetadata.titled("Scan"),
                SourceType.PDF, "scan.pdf", "%PDF-1".getBytes(StandardCharsets.US_ASCII), "e".repeat(64), TEXT,
                PageStarts.of(0, 19)), Instant.EPOCH));
    }

    @AfterEach
    void close() {
        file.close();
    }

    @Test
    void wordsComeBackExactlyInTextOrder() {
        WordBox second = new WordBox("𝔘", 8, 10, 1.0 / 3, 2.5e-7, 10.125, 8, 0.875);
        WordBox first = new WordBox("Ünïcode", 0, 7, 10, 20.75, 33.3333333, 9, 1);
        PageLayout page = PageLayout.of(1, 595.3, 841.9, PageUnit.POINTS, WordOrigin.OCR, List.of(second, first));
        file.inTransaction(tx -> {
            tx.pageLayouts().replace(doc, List.of(page));
            return null;
        });
        PageLayout back = file.<Optional<PageLayout>>inTransaction(tx -> tx.pageLayouts().page(doc, 1)).orElseThrow();
        assertThat(back.words()).containsExactly(first, second);
        assertThat(back.width()).isEqualTo(595.3);
        assertThat(file.<List<PageLayout>>inTransaction(tx -> tx.pageLayouts().outline(doc)))
                .singleElement().satisfies(outline -> assertThat(outline.words()).isEmpty());
    }

    @Test
    void wordsKeptAsRowsStillReadAndMoveIntoTheValueWhenStoredAgain() throws Exception {
        file.inTransaction(tx -> {
            try (Statement s = file.connection().createStatement()) {
                s.execute("INSERT INTO source_page (id, document_id, page, width, height, unit, origin, "
                        + "mean_confidence) VALUES (5, " + doc + ", 1, 595, 842, 'pt', 'ocr', 0.9)");
                s.execute("INSERT INTO word_box (page_id, word, start_offset, end_offset, x, y, width, height, "
                        + "confidence) VALUES (5, 'words', 12, 17, 10, 10, 20, 8, 0.9), "
                        + "(5, 'Ünïcode', 0, 7, 1, 2, 3, 4, 0.9)");
            }
            return null;
        });
        WordBox legacy = new WordBox("Ünïcode", 0, 7, 1, 2, 3, 4, 0.9);
        assertThat(file.<Optional<PageLayout>>inTransaction(tx -> tx.pageLayouts().page(doc, 1)).orElseThrow()
                .words()).containsExactly(legacy, new WordBox("words", 12, 17, 10, 10, 20, 8, 0.9));

        WordBox corrected = new WordBox("Unicode", 0, 7, 1, 2, 3, 4, 0.5);
        file.inTransaction(tx -> {
            tx.pageLayouts().replaceWords(doc, 1, List.of(corrected));
            return null;
        });
        PageLayout page = file.<Optional<PageLayout>>inTransaction(tx -> tx.pageLayouts().page(doc, 1)).orElseThrow();
        assertThat(page.words()).containsExactly(corrected);
        assertThat(page.meanConfidence()).isEqualTo(0.5);
        assertThat(file.<Integer>inTransaction(tx -> Rows.single(file.connection(), "SELECT count(*) FROM word_box",
                rs -> rs.getInt(1), "no count"))).isZero();
    }

    @Test
    void aDamagedValueIsAnErrorNotWrongWords() {
        assertThatThrownBy(() -> PageWordsCodec.decode(new byte[] {1, 0, 0, 0, 9})).hasMessageContaining("count 9");
        assertThatThrownBy(() -> PageWordsCodec.decode(new byte[] {7})).hasMessageContaining("unknown version 7");
    }
}
