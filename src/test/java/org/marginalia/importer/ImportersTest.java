package org.marginalia.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.ImportException.Reason;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.SourceType;

class ImportersTest {

    private static final Path SAMPLES = Path.of(System.getProperty("marginalia.seeds", "assets/samples"));

    private final Importers importers = Importers.standard();

    @TempDir
    Path dir;

    @Test
    void theAllyArticleImportsWithItsHeadlineAndExactText() throws IOException {
        Path file = SAMPLES.resolve("000_7ff5d61a483c6a56.txt");

        ImportedSource source = importers.read(file);

        assertThat(source.type()).isEqualTo(SourceType.TEXT);
        assertThat(source.metadata().title()).isEqualTo("Declassified Putin-Bush Correspondence Shows Putin Wanted "
                + "Trust, Friendship With West, and Warned of NATO Expansion");
        assertThat(source.text()).isEqualTo(Files.readString(file)).contains("Perhaps Russia could be an Ally");
        assertThat(source.fileName()).isEqualTo("000_7ff5d61a483c6a56.txt");
    }

    @Test
    void theMemberArticleImportsWithItsHeadlineAndExactText() throws IOException {
        Path file = SAMPLES.resolve("001_787e3ca0482940cb.txt");

        ImportedSource source = importers.read(file);

        assertThat(source.metadata().title())
                .isEqualTo("The U.S. Declassified Conversation Between Putin and Bush About NATO in 2001 0");
        assertThat(source.text()).isEqualTo(Files.readString(file)).contains("Perhaps Russia could be a member");
    }

    @Test
    void aSampleSavedWithWindowsLineEndsImportsAsTheSameText() throws IOException {
        String original = Files.readString(SAMPLES.resolve("001_787e3ca0482940cb.txt"));
        Path crlf = Files.writeString(dir.resolve("article.txt"), original.replace("\n", "\r\n"));

        ImportedSource source = importers.read(crlf);

        assertThat(source.text()).isEqualTo(original);
        assertThat(source.bytes()).isEqualTo(Files.readAllBytes(crlf));
    }

    @Test
    void theFingerprintIsTheLowerCaseSha256OfTheOriginalBytes() throws IOException {
        Path file = Files.writeString(dir.resolve("abc.txt"), "abc");

        assertThat(importers.read(file).sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void contentDecidesBeforeTheExtension() throws IOException {
        Path pdfNamedTxt = Files.write(dir.resolve("memo.txt"), PdfFixtures.pages(List.of(List.of("PDF inside"))));
        Path htmlNamedTxt = Files.writeString(dir.resolve("page.txt"), "<!DOCTYPE html><p>Web <b>page</b></p>");

        assertThat(importers.read(pdfNamedTxt).type()).isEqualTo(SourceType.PDF);
        assertThat(importers.read(pdfNamedTxt).text()).isEqualTo("PDF inside\n");
        assertThat(importers.read(htmlNamedTxt).type()).isEqualTo(SourceType.HTML);
        assertThat(importers.read(htmlNamedTxt).text()).isEqualTo("Web page");
    }

    @Test
    void theExtensionDecidesWhenContentSaysNothing() throws IOException {
        Path markdown = Files.writeString(dir.resolve("notes.MD"), "# Notes\n");
        Path fragment = Files.writeString(dir.resolve("fragment.htm"), "<p>Only a fragment</p>");

        assertThat(importers.read(markdown).type()).isEqualTo(SourceType.MARKDOWN);
        assertThat(importers.read(fragment).type()).isEqualTo(SourceType.HTML);
    }

    @Test
    void aPdfNameOnSomethingElseIsDamaged() throws IOException {
        Path fake = Files.writeString(dir.resolve("report.pdf"), "Just some text, not a PDF.");

        assertThatThrownBy(() -> importers.read(fake))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED))
                .hasMessageContaining("report.pdf");
    }

    @Test
    void anUnknownFormatIsUnsupported() throws IOException {
        Path docx = Files.write(dir.resolve("letter.docx"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});

        assertThatThrownBy(() -> importers.read(docx))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED))
                .hasMessageContaining("letter.docx");
    }

    @Test
    void aMissingFileIsUnreadableAndNamed() {
        assertThatThrownBy(() -> importers.read(dir.resolve("gone.txt")))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE))
                .hasMessageContaining("gone.txt");
    }

    @Test
    void aFolderIsUnreadable() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("sources.txt"));

        assertThatThrownBy(() -> importers.read(folder))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE))
                .hasMessageContaining("sources.txt");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path huge = dir.resolve("archive dump.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            // Sparse on most file systems: it takes no disk space, and reading it would take 201 MB of memory.
            file.setLength(Importers.DEFAULT_MAX_BYTES + 1);
        }

        assertThatThrownBy(() -> importers.read(huge))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
                .hasMessageContaining("archive dump.txt")
                .hasMessageContaining("200.0 MB");
    }

    @Test
    void anUnforeseenFailureOfAnImporterBecomesDamaged() {
        SourceImporter broken = new SourceImporter() {
            @Override
            public SourceType type() {
                return SourceType.TEXT;
            }

            @Override
            public boolean sniff(byte[] head) {
                return false;
            }

            @Override
            public List<String> extensions() {
                return List.of("txt");
            }

            @Override
            public ImportedSource read(String fileName, byte[] bytes) {
                throw new IllegalStateException("library bug");
            }
        };
        Importers withBroken = new Importers(List.of(broken), 1024);

        assertThatThrownBy(() -> withBroken.read("x.txt", "text".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED))
                .hasMessageContaining("x.txt");
    }

    @Test
    void theSupportedExtensionsAreListedForFileChoosers() {
        assertThat(importers.extensions()).contains("txt", "md", "html", "htm", "pdf");
    }
}
