package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.ImageImporter;
import org.marginalia.importer.ImportException;
import org.marginalia.importer.Importers;
import org.marginalia.importer.PdfImporter;
import org.marginalia.importer.TextImporter;
import org.marginalia.model.CsvOptions;
import org.marginalia.model.ExportFormat;
import org.marginalia.model.ImportOptions;
import org.marginalia.model.PageImage;
import org.marginalia.model.PageProgress;

/**
 * A PDF read where it lies (as one over 50 MB is) is kept in several 4 MiB pieces that come back byte for byte, its
 * pages draw from them, a cancelled import leaves the project as it was, and a file over the limit is refused by name.
 * The file here is small (a few MB of unique picture data) and the importer is told to read every PDF that way.
 */
class LargePdfImportTest {

    private static final int PAGES = 6;

    @TempDir
    Path dir;
    Project project;
    Path pdf;

    @BeforeEach
    void setUp() throws IOException {
        Importers streaming = new Importers(List.of(new PdfImporter(), TextImporter.plainText()),
                Importers.DEFAULT_MAX_BYTES, Importers.DEFAULT_MAX_PDF_BYTES, 0);
        project = Project.create(dir.resolve("p.marginalia"), SourceReader.using(streaming));
        pdf = generate(dir.resolve("scans.pdf"));
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    @Test
    void theOriginalIsKeptInPiecesAndComesBackByteForByte() throws IOException {
        List<Integer> pagesSeen = new CopyOnWriteArrayList<>();
        ImportOutcome outcome = project.sources().importFile(pdf, ImportOptions.defaults().withProgress(
                new PageProgress() {
                    @Override
                    public void page(int page, int pages) {
                        pagesSeen.add(page);
                    }

                    @Override
                    public boolean cancelled() {
                        return false;
                    }
                }));
        long id = outcome.document().id();
        assertThat(outcome.document().pages().pageCount()).isEqualTo(PAGES);
        assertThat(pagesSeen).contains(1, PAGES);
        assertThat(project.sources().originalBytes(id)).isEqualTo(Files.readAllBytes(pdf));
        long[] kept = project.file().inTransaction(tx -> tx.originals().count());
        assertThat(kept[0]).isEqualTo(1);
        assertThat(kept[1]).isEqualTo((Files.size(pdf) + (4 << 20) - 1) / (4 << 20)).isGreaterThan(1);
        assertThat(project.sources().pageText(id, PAGES)).contains("register page " + PAGES);
    }

    @Test
    void aQdpxExportCarriesTheOriginalKeptInPiecesByteForByte() throws IOException {
        project.sources().importFile(pdf);
        Path qdpx = dir.resolve("out.qdpx");
        project.exports().export(qdpx, ExportFormat.QDPX, CsvOptions.standard());
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            ZipEntry original = zip.stream().filter(e -> e.getName().endsWith(".pdf")).findFirst().orElseThrow();
            try (InputStream in = zip.getInputStream(original)) {
                assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(pdf));
            }
        }
    }

    @Test
    void aPageIsDrawnFromTheOriginalKeptInPieces() {
        long id = project.sources().importFile(pdf).document().id();
        PageImage fromCopy = new PageService(project.file(), 0).render(id, 3, 36);
        PageImage fromMemory = project.pages().render(id, 3, 36);
        assertThat(fromCopy.width()).isPositive();
        assertThat(fromCopy.argb()).isEqualTo(fromMemory.argb());
    }

    @Test
    void aCancelledImportOfSeveralPiecesLeavesTheProjectAsItWas() {
        long commitsBefore = project.file().transactionsCommitted();
        AtomicInteger asked = new AtomicInteger();
        // The first question comes after reading; the second inside the transaction, with every piece written.
        assertThatThrownBy(() -> project.sources().importFile(pdf, () -> asked.getAndIncrement() >= 1))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.reason()).isEqualTo(ImportException.Reason.CANCELLED));
        assertThat(asked.get()).isEqualTo(2);
        assertThat(project.file().transactionsCommitted()).isEqualTo(commitsBefore);
        assertThat(project.sources().list()).isEmpty();
        assertThat(project.file().<long[]>inTransaction(tx -> tx.originals().count())).containsExactly(0, 0);
        assertThat(project.sources().importFile(pdf).duplicate()).isFalse();
    }

    @Test
    void aPdfOverTheLimitIsRefusedNamingTheFile() throws IOException {
        Importers small = new Importers(List.of(new PdfImporter(), new ImageImporter()), 1024 * 1024,
                2 * 1024 * 1024, 0);
        assertThatThrownBy(() -> small.read(pdf)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.reason()).isEqualTo(ImportException.Reason.TOO_LARGE);
            assertThat(e.getMessage()).contains("scans.pdf").contains("the limit for a PDF is 2.0 MB");
        });
        Path other = Files.write(dir.resolve("notes.txt"), new byte[2 * 1024 * 1024]);
        assertThatThrownBy(() -> small.read(other)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.reason()).isEqualTo(ImportException.Reason.TOO_LARGE);
            assertThat(e.getMessage()).contains("notes.txt").contains("the limit is 1.0 MB");
        });
    }

    /** Each page a picture of its own noise (nothing to compress), so the file is as large as its pictures. */
    private static Path generate(Path file) throws IOException {
        Random random = new Random(7);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument()) {
            for (int p = 1; p <= PAGES; p++) {
                BufferedImage picture = new BufferedImage(640, 640, BufferedImage.TYPE_INT_RGB);
                for (int x = 0; x < picture.getWidth(); x++) {
                    for (int y = 0; y < picture.getHeight(); y++) {
                        picture.setRGB(x, y, random.nextInt(0x1000000));
                    }
                }
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(LosslessFactory.createFromImage(document, picture), 50, 100, 300, 300);
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(50, 700);
                    content.showText("The harbour register page " + p + " lists the ships that came in.");
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        assertThat(Files.size(file)).isGreaterThan(5L * 1024 * 1024);
        return file;
    }
}
