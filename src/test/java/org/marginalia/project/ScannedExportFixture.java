package org.marginalia.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageStarts;
import org.marginalia.model.PageUnit;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;
import org.marginalia.model.TextSpan;
import org.marginalia.model.WordBox;
import org.marginalia.model.WordOrigin;

/**
 * A project for the export tests: a two-page "PDF" whose text has astral characters and whose words have boxes
 * (page 1 in points, page 2 too), and a plain text without pages, with passages interleaved between them, tagged,
 * untagged, one spanning the page break and one that starts like a spreadsheet formula.
 */
final class ScannedExportFixture implements AutoCloseable {

    static final String PAGE_ONE = "𝔘𝔫𝔦 😀 Perhaps Russia could be an Ally.\n";
    static final String PAGE_TWO = "=SUM(A1) was typed on page two.";
    static final String SCAN = PAGE_ONE + PAGE_TWO;
    static final String NOTE = "🌾 harvest -1 and \"Russia\"";
    /** The OCR text of a photographed page. */
    static final String PHOTO = "Received 12 bushels of 🌾 rye from the estate.";
    /** The first bytes of a PNG file: what tells the exporter that the original is a picture. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    final Project project;
    final long scan;
    final long plain;
    long photo;

    private ScannedExportFixture(Project project, long scan, long plain) {
        this.project = project;
        this.scan = scan;
        this.plain = plain;
    }

    /**
     * Adds a photographed page: a picture original with its OCR text and word boxes in pixels, and a passage on it.
     * Until images have a source type of their own it is read in as a PDF-typed source; the exporter goes by the
     * original's bytes.
     */
    ScannedExportFixture withPhoto(Path dir) throws Exception {
        Path png = Files.write(dir.resolve("ledger.png"), PNG);
        photo = project.sources().importFile(png).document().id();
        project.passages().create(photo, span(PHOTO, "12 bushels"), List.of(), "a measure of rye");
        return this;
    }

    static ScannedExportFixture create(Path dir) throws Exception {
        Path pdf = Files.write(dir.resolve("memo.pdf"), "%PDF-1.4 stand-in".getBytes(StandardCharsets.US_ASCII));
        Path txt = Files.writeString(dir.resolve("note.txt"), NOTE);
        Project project = Project.create(dir.resolve("export.marginalia"), file -> read(file));
        long scan = project.sources().importFile(pdf).document().id();
        long plain = project.sources().importFile(txt).document().id();
        long russia = project.tags().add("Russia", null, null, null).id();
        long ally = project.tags().add("ally", null, "Russia", null).id();
        project.passages().create(scan, span(SCAN, "Perhaps Russia"), List.of(ally, russia), "first, \"quoted\"");
        project.passages().create(plain, span(NOTE, "harvest"), List.of(), "");
        project.passages().create(scan, span(SCAN, "😀 Perhaps"), List.of(russia), "");
        project.passages().create(scan, span(SCAN, "Ally.\n=SUM(A1)"), List.of(), "+danger");
        project.passages().create(plain, span(NOTE, "\"Russia\""), List.of(ally), "");
        project.passages().create(scan, span(SCAN, "page two"), List.of(), "");
        return new ScannedExportFixture(project, scan, plain);
    }

    @Override
    public void close() {
        project.close();
    }

    static TextSpan span(String text, String quote) {
        int start = text.indexOf(quote);
        return new TextSpan(start, start + quote.length());
    }

    private static ImportedSource read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            String name = file.getFileName().toString();
            if (name.endsWith(".png")) {
                return new ImportedSource(SourceMetadata.titled("Estate ledger"), SourceType.PDF, name, bytes, sha,
                        PHOTO, PageStarts.of(0), List.of(page(1, PHOTO, 0, 300, PageUnit.PIXELS)), List.of());
            }
            if (name.endsWith(".txt")) {
                return new ImportedSource(SourceMetadata.titled("Field note"), SourceType.TEXT, name, bytes, sha, NOTE,
                        PageStarts.none());
            }
            return new ImportedSource(SourceMetadata.titled("Memo, \"draft\""), SourceType.PDF, name, bytes, sha, SCAN,
                    PageStarts.of(0, PAGE_ONE.length()), layout(), List.of());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every word of the scan with a box: page 1 in a line at y = 100, page 2 at y = 200, 10 pt per character. */
    private static List<PageLayout> layout() {
        return List.of(page(1, PAGE_ONE, 0, 100, PageUnit.POINTS), page(2, PAGE_TWO, PAGE_ONE.length(), 200,
                PageUnit.POINTS));
    }

    private static PageLayout page(int number, String text, int offset, double y, PageUnit unit) {
        List<WordBox> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            words.add(new WordBox(text.substring(i, end), offset + i, offset + end, 50 + 10.0 * i, y,
                    10.0 * (end - i), 12, 1));
            i = end;
        }
        return new PageLayout(number, 600, 800, unit, WordOrigin.TEXT_LAYER, 1.0, words);
    }
}
