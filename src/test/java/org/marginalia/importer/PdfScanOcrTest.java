package org.marginalia.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.marginalia.importer.ocr.PageImages;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageUnit;
import org.marginalia.model.WordBox;
import org.marginalia.model.WordOrigin;

/** A PDF page without a text layer (a scan) is read by OCR instead of being refused; text pages keep their text. */
class PdfScanOcrTest {

    private static final List<String> SCANNED =
            List.of("The harbour was closed to every ship", "flying a foreign flag.");

    @Test
    void aScannedPageBesideATextPageIsReadWithItsBoxesInPoints() throws IOException {
        byte[] pdf = textThenScan();

        ImportedSource source = new PdfImporter().read("mixed.pdf", pdf);

        assertThat(source.text()).startsWith("Typed first page\n");
        int scanStart = source.pages().startOf(2);
        String scanned = source.text().substring(scanStart);
        assertThat(PageImages.accuracy(String.join("\n", SCANNED), scanned)).isGreaterThanOrEqualTo(0.98);
        PageLayout typed = source.layout().get(0);
        assertThat(typed.origin()).isEqualTo(WordOrigin.TEXT_LAYER);
        PageLayout scan = source.layout().get(1);
        assertThat(scan.origin()).isEqualTo(WordOrigin.OCR);
        assertThat(scan.unit()).isEqualTo(PageUnit.POINTS);
        assertThat(scan.meanConfidence()).isBetween(0.5, 1.0);
        for (WordBox word : scan.words()) {
            assertThat(source.text().substring(word.start(), word.end())).isEqualTo(word.word());
            assertThat(word.x()).isBetween(0.0, 612.0);
            assertThat(word.y()).isBetween(0.0, 792.0);
        }
        // The image fills the page, and its first line's text starts one inch (72 pt) in.
        assertThat(scan.words().get(0).x()).isBetween(60.0, 84.0);
    }

    /** A Letter page of typed text, then a Letter page that is only a 300 dpi picture of text. */
    private static byte[] textThenScan() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage typed = new PDPage();
            document.addPage(typed);
            try (PDPageContentStream content = new PDPageContentStream(document, typed)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Typed first page");
                content.endText();
            }
            PDPage scan = new PDPage();
            document.addPage(scan);
            BufferedImage picture = PageImages.clean(SCANNED, "DejaVu Serif", 300, 8.5);
            PDImageXObject image = LosslessFactory.createFromImage(document, picture);
            double height = picture.getHeight() * 72.0 / 300;
            try (PDPageContentStream content = new PDPageContentStream(document, scan)) {
                content.drawImage(image, 0, (float) (792 - height), 612, (float) height);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
