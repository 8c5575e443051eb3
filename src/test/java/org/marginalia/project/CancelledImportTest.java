package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.ImportException;
import org.marginalia.importer.Importers;

/**
 * A cancelled import of a many-page PDF with images leaves the project as it was: no source, nothing to search,
 * no page layouts, and the next import of the same file goes through.
 */
class CancelledImportTest {

    private static final int PAGES = 40;

    @TempDir
    Path dir;
    Project project;
    Path pdf;

    @BeforeEach
    void setUp() throws IOException {
        project = Project.create(dir.resolve("p.marginalia"), Importers.standard()::read);
        pdf = generate(dir.resolve("register.pdf"));
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    @Test
    void cancelledOnceTheFileIsReadStoresNothing() {
        assertCancelled(0);
    }

    @Test
    void cancelledWhileStoringRollsTheSourceBack() {
        // The first question comes after reading; the second inside the transaction, with the source inserted.
        assertCancelled(1);
    }

    private void assertCancelled(int answersBeforeCancel) {
        AtomicInteger asked = new AtomicInteger();
        long commitsBefore = project.file().transactionsCommitted();

        assertThatThrownBy(() -> project.sources().importFile(pdf, () -> asked.getAndIncrement()
                >= answersBeforeCancel)).isInstanceOf(ImportException.class)
                .extracting(e -> ((ImportException) e).reason()).isEqualTo(ImportException.Reason.CANCELLED);

        assertThat(project.file().transactionsCommitted()).isEqualTo(commitsBefore);
        assertThat(project.sources().list()).isEmpty();
        assertThat(project.search().phrase("harbour register", 10)).isEmpty();
        ImportOutcome again = project.sources().importFile(pdf);
        assertThat(again.duplicate()).isFalse();
        assertThat(again.document().pages().pageCount()).isEqualTo(PAGES);
        assertThat(project.sources().pageText(again.document().id(), PAGES)).contains("harbour register page 40");
    }

    private static Path generate(Path file) throws IOException {
        BufferedImage picture = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < picture.getWidth(); x++) {
            for (int y = 0; y < picture.getHeight(); y++) {
                picture.setRGB(x, y, (x * 7 + y * 13) % 255 * 0x010101);
            }
        }
        try (PDDocument document = new PDDocument()) {
            PDImageXObject image = LosslessFactory.createFromImage(document, picture);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= PAGES; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 50, 500);
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(50, 700);
                    content.showText("The harbour register page " + p + " lists the ships that came in.");
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        assertThat(Files.size(file)).isPositive();
        return file;
    }
}
