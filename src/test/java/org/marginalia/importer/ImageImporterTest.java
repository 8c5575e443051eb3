package org.marginalia.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.ImportException.Reason;
import org.marginalia.model.ImportOptions;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageProgress;
import org.marginalia.model.PageUnit;
import org.marginalia.model.SourceType;
import org.marginalia.model.WordBox;
import org.marginalia.model.WordOrigin;

/** Photographs and scans are read by OCR page by page; broken, huge or unreadable ones are refused by name. */
class ImageImporterTest {

    @TempDir
    Path dir;

    private final Importers importers = Importers.standard();

    @Test
    void aTwoPageTiffIsReadPageByPageWithBoxesInPixels() throws Exception {
        byte[] tiff = ScanFixtures.tiff(List.of(ScanFixtures.page("The harbour was closed."),
                ScanFixtures.page("Merchants petitioned twice.")));
        List<String> reported = new ArrayList<>();
        ImportedSource source = importers.read("letters.tif", tiff,
                ImportOptions.defaults().withProgress(recording(reported, Integer.MAX_VALUE)));

        assertThat(reported).containsExactly("1/2", "2/2");
        assertThat(source.type()).isEqualTo(SourceType.IMAGE);
        assertThat(source.bytes()).isEqualTo(tiff);
        assertThat(source.metadata().title()).isEqualTo("letters");
        assertThat(source.pages().pageCount()).isEqualTo(2);
        String second = source.text().substring(source.pages().startOf(2));
        assertThat(source.text().substring(0, source.pages().startOf(2))).contains("harbour").contains("closed");
        assertThat(second).contains("Merchants").contains("petitioned");
        assertThat(source.layout()).hasSize(2);
        for (PageLayout page : source.layout()) {
            assertThat(page.unit()).isEqualTo(PageUnit.PIXELS);
            assertThat(page.origin()).isEqualTo(WordOrigin.OCR);
            assertThat(page.width()).isEqualTo(1300);
            assertThat(page.meanConfidence()).isGreaterThan(0.8);
            for (WordBox word : page.words()) {
                assertThat(source.text().substring(word.start(), word.end())).isEqualTo(word.word());
                assertThat(source.pages().pageAt(word.start())).isEqualTo(page.page());
                assertThat(word.x()).isBetween(150.0, 1300.0);
                assertThat(word.y()).isBetween(150.0, page.height());
            }
        }
    }

    @Test
    void cancellingStopsBeforeTheNextPage() throws Exception {
        byte[] tiff = ScanFixtures.tiff(List.of(ScanFixtures.page("First page."), ScanFixtures.page("Second.")));
        List<String> reported = new ArrayList<>();
        assertThatThrownBy(() -> importers.read("two.tif", tiff,
                ImportOptions.defaults().withProgress(recording(reported, 1))))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CANCELLED))
                .hasMessageContaining("two.tif").hasMessageContaining("page 2 of 2");
        assertThat(reported).containsExactly("1/2");
    }

    @Test
    void aMissingLanguageIsNamedWithWhereItsFileGoes() throws Exception {
        byte[] png = ScanFixtures.png(ScanFixtures.page("Guten Tag."));
        Path folder = dir.resolve("tessdata");
        assertThatThrownBy(() -> importers.read("brief.png", png, ImportOptions.ocr("deu+eng", folder)))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_LANGUAGE))
                .hasMessageContaining("brief.png").hasMessageContaining("'deu'").hasMessageNotContaining("'eng'")
                .hasMessageContaining("deu.traineddata").hasMessageContaining(folder.toString());
    }

    @Test
    void damagedHugeAndUndecodableImagesAreRefusedByName() {
        byte[] truncated = Arrays.copyOf(ScanFixtures.pngClaiming(400, 300), 40);
        assertRefused("torn.png", truncated, Reason.DAMAGED);
        assertRefused("vast.png", ScanFixtures.pngClaiming(30_000, 30_000), Reason.TOO_LARGE);
        byte[] jpegHeaderOnly = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 2};
        assertRefused("cut.jpg", jpegHeaderOnly, Reason.DAMAGED);
    }

    private void assertRefused(String name, byte[] bytes, Reason reason) {
        assertThatThrownBy(() -> importers.read(name, bytes))
                .as(name).isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageContaining(name);
    }

    /** Records "page/pages" and asks to stop once {@code stopAfter} pages were reported. */
    private static PageProgress recording(List<String> reported, int stopAfter) {
        return new PageProgress() {
            @Override
            public void page(int page, int pages) {
                reported.add(page + "/" + pages);
            }

            @Override
            public boolean cancelled() {
                return reported.size() >= stopAfter;
            }
        };
    }
}
