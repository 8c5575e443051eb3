package org.marginalia.importer;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageProgress;
import org.marginalia.model.PageUnit;
import org.marginalia.model.WordBox;
import org.marginalia.model.WordOrigin;

/**
 * The child JVM's answer on its standard output: a magic line, then either {@code T} with title, author, day, the
 * page starts, the text and each page's layout (size, then its words with offsets and boxes), or {@code E} with a
 * {@link ImportException.Reason} name and a detail. Strings are UTF-8 with an int length before them, counts and
 * offsets big-endian ints, sizes and boxes big-endian doubles. Anything else is a broken answer. Before the answer,
 * the child may send any number of {@code P} frames (page, pages: two ints), one as it starts reading each page, so
 * that the window shows how far a long PDF got.
 */
final class PdfFrames {

    private static final byte[] MAGIC = "MARGINALIA-PDF/2\n".getBytes(StandardCharsets.US_ASCII);
    private static final int TEXT = 'T';
    private static final int ERROR = 'E';
    private static final int PROGRESS = 'P';
    /** A Java string cannot be longer; a larger length means the stream is not ours. */
    private static final int MAX_BYTES = Integer.MAX_VALUE - 16;

    private PdfFrames() {
    }

    static void writeText(OutputStream stream, PdfExtraction extraction) throws IOException {
        DataOutputStream out = start(stream, TEXT);
        writeString(out, extraction.title());
        writeString(out, extraction.author());
        writeString(out, extraction.day());
        out.writeInt(extraction.pageStarts().length);
        for (int start : extraction.pageStarts()) {
            out.writeInt(start);
        }
        writeString(out, extraction.text());
        out.writeInt(extraction.layout().size());
        for (PageLayout page : extraction.layout()) {
            out.writeDouble(page.width());
            out.writeDouble(page.height());
            out.writeInt(page.words().size());
            for (WordBox word : page.words()) {
                writeString(out, word.word());
                out.writeInt(word.start());
                out.writeInt(word.end());
                out.writeDouble(word.x());
                out.writeDouble(word.y());
                out.writeDouble(word.width());
                out.writeDouble(word.height());
            }
        }
        out.flush();
    }

    /** Says that page {@code page} of {@code pages} is being read. */
    static void writeProgress(OutputStream stream, int page, int pages) throws IOException {
        DataOutputStream out = start(stream, PROGRESS);
        out.writeInt(page);
        out.writeInt(pages);
        out.flush();
    }

    static void writeError(OutputStream stream, ImportException.Reason reason, String detail) throws IOException {
        DataOutputStream out = start(stream, ERROR);
        writeString(out, reason.name());
        writeString(out, detail == null ? "" : detail);
        out.flush();
    }

    /**
     * @throws ImportException the child's own reason, or DAMAGED naming the file when the answer is broken
     */
    static PdfExtraction read(String fileName, InputStream stream) {
        return read(fileName, stream, PageProgress.NONE);
    }

    /** As {@link #read(String, InputStream)}, passing each page the child starts on to {@code progress}. */
    static PdfExtraction read(String fileName, InputStream stream, PageProgress progress) {
        try {
            DataInputStream in = new DataInputStream(stream);
            int kind = nextKind(fileName, in);
            while (kind == PROGRESS) {
                progress.page(in.readInt(), in.readInt());
                kind = nextKind(fileName, in);
            }
            if (kind == ERROR) {
                ImportException.Reason reason = ImportException.Reason.valueOf(readString(in));
                throw new ImportException(reason, fileName, readString(in), null);
            }
            if (kind != TEXT) {
                throw broken(fileName, "unknown answer " + kind, null);
            }
            String title = readString(in);
            String author = readString(in);
            String day = readString(in);
            int pages = in.readInt();
            if (pages < 0 || pages > MAX_BYTES / 4) {
                throw broken(fileName, "page count " + pages, null);
            }
            int[] starts = new int[pages];
            for (int i = 0; i < pages; i++) {
                starts[i] = in.readInt();
            }
            String text = readString(in);
            return new PdfExtraction(title, author, day, text, starts, readLayout(in));
        } catch (EOFException e) {
            throw broken(fileName, "the answer ended early", e);
        } catch (IOException | IllegalArgumentException e) {
            throw broken(fileName, e.getMessage(), e);
        }
    }

    private static int nextKind(String fileName, DataInputStream in) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw broken(fileName, "no answer", null);
        }
        return in.readUnsignedByte();
    }

    private static List<PageLayout> readLayout(DataInputStream in) throws IOException {
        int pages = in.readInt();
        if (pages < 0 || pages > MAX_BYTES / 4) {
            throw new IOException("layout page count " + pages);
        }
        List<PageLayout> layout = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            double width = in.readDouble();
            double height = in.readDouble();
            int count = in.readInt();
            if (count < 0 || count > MAX_BYTES / 4) {
                throw new IOException("word count " + count);
            }
            List<WordBox> words = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                words.add(new WordBox(readString(in), in.readInt(), in.readInt(), in.readDouble(), in.readDouble(),
                        in.readDouble(), in.readDouble(), 1));
            }
            layout.add(PageLayout.of(page, width, height, PageUnit.POINTS, WordOrigin.TEXT_LAYER, words));
        }
        return layout;
    }

    private static DataOutputStream start(OutputStream stream, int kind) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.write(MAGIC);
        out.writeByte(kind);
        return out;
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_BYTES) {
            throw new IOException("string length " + length);
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static ImportException broken(String fileName, String detail, Throwable cause) {
        return new ImportException(ImportException.Reason.DAMAGED, fileName,
                "the separate PDF reader gave a broken answer: " + detail, cause);
    }
}
