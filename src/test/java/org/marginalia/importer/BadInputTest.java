package org.marginalia.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marginalia.importer.ImportException.Reason;
import org.marginalia.model.Document;
import org.marginalia.project.Project;

/**
 * Every kind of bad file a historian may pick, imported through a real project: each is refused with the reason the
 * user is shown, or imported as it should be, within seconds; a refused file leaves the project as it was.
 */
class BadInputTest {

    /** A hang guard, not a speed test: a file built to make readers loop must not freeze the import. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private static final long HUGE = Importers.DEFAULT_MAX_BYTES + 1;
    /** PDFs have a limit of their own: archive scans run to a gigabyte and are read page by page. */
    private static final long HUGE_PDF = Importers.DEFAULT_MAX_PDF_BYTES + 1;

    @TempDir
    Path dir;
    private Project project;

    @BeforeEach
    void openProject() {
        project = Project.create(dir.resolve("hostile.marginalia"), Importers.standard()::read);
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    /** What a file is made of: bytes, or a sparse file of a given length. */
    private record Input(String name, byte[] bytes, long sparseLength) {
        static Input of(String name, byte[] bytes) {
            return new Input(name, bytes, -1);
        }

        static Input sparse(String name, long length) {
            return new Input(name, null, length);
        }

        Path writeTo(Path dir) throws IOException {
            Path file = dir.resolve(name);
            if (bytes != null) {
                return Files.write(file, bytes);
            }
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.setLength(sparseLength);
            }
            return file;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> refused() {
        byte[] memo = PdfFixtures.pages(List.of(List.of("Memorandum of conversation", "Russia could be an ally")));
        return Stream.of(
                refusal("garbage behind a PDF header", Input.of("garbage.pdf", pdfHeaderThenNoise()), Reason.DAMAGED),
                refusal("random bytes named .txt", Input.of("garbage.txt", noise(4096, 1)), Reason.DAMAGED),
                refusal("random bytes named .html", Input.of("garbage.html", noise(4096, 2)), Reason.DAMAGED),
                refusal("random bytes named .md", Input.of("garbage.md", noise(4096, 3)), Reason.DAMAGED),
                refusal("random bytes with no known extension", Input.of("garbage.bin", noise(4096, 4)),
                        Reason.UNSUPPORTED),
                refusal("a PDF cut after its header", Input.of("truncated.pdf", Arrays.copyOf(memo, 40)),
                        Reason.DAMAGED),
                refusal("a PDF with a user password", Input.of("locked.pdf",
                        PdfFixtures.userPassword(List.of("Secret memo"), "pw")), Reason.ENCRYPTED),
                refusal("a PDF encrypted for a certificate", Input.of("certificate.pdf",
                        PdfFixtures.certificateEncrypted()), Reason.ENCRYPTED),
                refusal("a scanned PDF without a text layer", Input.of("scan.pdf", PdfFixtures.imageOnly()),
                        Reason.NO_TEXT_LAYER),
                refusal("a PDF with no pages", Input.of("blank.pdf", PdfFixtures.noPages()), Reason.EMPTY),
                // PDFBox bounds its nesting and drops the operator, so the page is left with no text to show.
                refusal("a PDF nested 100,000 arrays deep", Input.of("deep.pdf", PdfFixtures.deeplyNested(100_000)),
                        Reason.NO_TEXT_LAYER),
                refusal("a text file over the size limit", Input.sparse("huge.txt", HUGE), Reason.TOO_LARGE),
                refusal("a PDF over the size limit", Input.sparse("huge.pdf", HUGE_PDF), Reason.TOO_LARGE),
                refusal("an ELF program named .txt", Input.of("program.txt", elf()), Reason.DAMAGED),
                refusal("a zip archive named .md", Input.of("archive.md", zip()), Reason.DAMAGED),
                refusal("a PNG picture named .html", Input.of("picture.html", png()), Reason.DAMAGED),
                refusal("an empty .txt", Input.of("empty.txt", new byte[0]), Reason.EMPTY),
                refusal("an empty .md", Input.of("empty.md", new byte[0]), Reason.EMPTY),
                refusal("an empty .html", Input.of("empty.html", new byte[0]), Reason.EMPTY),
                refusal("an empty .pdf", Input.of("empty.pdf", new byte[0]), Reason.EMPTY),
                refusal("only white space", Input.of("blank.txt", " \n\t\r\n ".getBytes(StandardCharsets.US_ASCII)),
                        Reason.EMPTY),
                refusal("a page that is all script", Input.of("app.html", utf8("<!DOCTYPE html><html><body>"
                        + "<script>document.write('Hello')</script><noscript>Enable JavaScript</noscript>"
                        + "<iframe src='https://example.org/x'></iframe></body></html>")), Reason.EMPTY));
    }

    static Stream<Arguments> imported() {
        return Stream.of(
                imports("a Latin-1 letter", Input.of("brief.txt",
                        "Sehr geehrter Herr M\u00fcller, caf\u00e9 \u00e0 Paris."
                                .getBytes(StandardCharsets.ISO_8859_1)),
                        text -> assertThat(text).isEqualTo("Sehr geehrter Herr M\u00fcller, caf\u00e9 \u00e0 Paris.")),
                imports("windows-1252 quotes", Input.of("quotes.txt", bytes("\u201cAlly\u201d \u2013 he said\u2026",
                        Charset.forName("windows-1252"))),
                        text -> assertThat(text).isEqualTo("\u201cAlly\u201d \u2013 he said\u2026")),
                imports("UTF-16LE without a byte order mark", Input.of("utf16le.txt",
                        bytes("Perhaps Russia could be an Ally", StandardCharsets.UTF_16LE)),
                        text -> assertThat(text).isEqualTo("Perhaps Russia could be an Ally")),
                imports("UTF-16BE without a byte order mark", Input.of("utf16be.txt",
                        bytes("Perhaps Russia could be a member", StandardCharsets.UTF_16BE)),
                        text -> assertThat(text).isEqualTo("Perhaps Russia could be a member")),
                // Half UTF-8, half Latin-1: no single encoding reads both; every byte is kept as windows-1252, so
                // nothing is lost and the user sees the mojibake where it is, rather than a refusal.
                imports("mixed UTF-8 and Latin-1", Input.of("mixed.txt", concat(
                        "M\u00fcller wrote: ".getBytes(StandardCharsets.UTF_8),
                        "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1))),
                        text -> assertThat(text).startsWith("M\u00c3\u00bcller wrote: ")
                                .endsWith("caf\u00e9 cr\u00e8me")),
                imports("a UTF-8 file cut inside a character", Input.of("cut.txt",
                        Arrays.copyOf("Ally \u00fcber".getBytes(StandardCharsets.UTF_8), 7)),
                        text -> assertThat(text).startsWith("Ally ")),
                imports("a web page with scripts, frames and remote pictures", Input.of("news.html", utf8("""
                        <!DOCTYPE html><html><head><script src="https://tracker.example/t.js"></script>
                        <link rel="stylesheet" href="https://cdn.example/s.css"></head>
                        <body onload="alert(1)"><script>alert('x')</script>
                        <article><h1>Talks in Ljubljana</h1><p>Russia could be an
                        <img src="https://images.example/ally.jpg" onerror="alert(2)"> ally.</p></article>
                        <iframe src="https://ads.example/"></iframe><object data="x.swf"></object></body></html>""")),
                        text -> assertThat(text).isEqualTo("Talks in Ljubljana\n\nRussia could be an ally.")),
                imports("a web page cut inside a tag", Input.of("cut.html",
                        utf8("<!DOCTYPE html><body><p>The conversation began at noon.</p><p>Then the pr")),
                        text -> assertThat(text).isEqualTo("The conversation began at noon.\n\nThen the pr")),
                imports("a PDF with only an owner password", Input.of("restricted.pdf",
                        PdfFixtures.ownerPasswordOnly(List.of("Readable but not copyable"))),
                        text -> assertThat(text).isEqualTo("Readable but not copyable\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void aBadFileIsRefusedWithItsReasonAndNothingIsStored(String what, Input input, Reason expected)
            throws IOException {
        Path file = input.writeTo(dir);
        List<Document> before = project.sources().list();

        assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> project.sources().importFile(file))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).as(e.getMessage()).isEqualTo(expected);
                    assertThat(e.getMessage()).contains(input.name());
                }));
        assertThat(project.sources().list()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("imported")
    void anAwkwardButValidFileImportsAsTheUserWouldRead(String what, Input input, Consumer<String> expectedText)
            throws IOException {
        Path file = input.writeTo(dir);

        Document stored = assertTimeoutPreemptively(HANG_GUARD, () -> project.sources().importFile(file).document());

        expectedText.accept(project.sources().text(stored.id()));
        assertThat(project.sources().list()).extracting(Document::id).containsExactly(stored.id());
    }

    private static Arguments refusal(String what, Input input, Reason reason) {
        return Arguments.of(what, input, reason);
    }

    private static Arguments imports(String what, Input input, Consumer<String> check) {
        return Arguments.of(what, input, check);
    }

    private static byte[] noise(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] pdfHeaderThenNoise() {
        return concat("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.US_ASCII),
                noise(8192, 5));
    }

    private static byte[] elf() {
        return concat(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0}, noise(2048, 6));
    }

    private static byte[] zip() {
        return concat(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}, noise(2048, 7));
    }

    private static byte[] png() {
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, noise(2048, 8));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
