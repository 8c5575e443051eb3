package org.marginalia.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A large PDF of archive scans, written directly (PDFBox would compress every picture): each page a line of text
 * over an uncompressed grey picture of its own noise, so that the file is as large as its pictures and no two pages
 * share data. A gigabyte is written in seconds: the noise is made once and each page shifts and salts it.
 */
final class BigPdf {

    /** 724 × 724 grey pixels: 512 KiB a page, so a gigabyte is about 2,000 pages. */
    static final int SIDE = 724;
    static final int PAGE_BYTES = SIDE * SIDE;

    private BigPdf() {
    }

    /** Writes about {@code bytes} bytes of PDF and returns the number of pages. */
    static int write(Path file, long bytes) throws IOException {
        int pages = (int) Math.max(1, bytes / PAGE_BYTES);
        byte[] noise = new byte[PAGE_BYTES * 2];
        SplittableRandom random = new SplittableRandom(1954);
        for (int i = 0; i < noise.length; i += 8) {
            long value = random.nextLong();
            for (int b = 0; b < 8 && i + b < noise.length; b++) {
                noise[i + b] = (byte) (value >>> (8 * b));
            }
        }
        List<Long> offsets = new ArrayList<>();
        try (Counting out = new Counting(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
            out.ascii("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
            // 1 catalog, 2 pages, 3 font; page p (0-based) is 4 + 3p, its content 5 + 3p, its picture 6 + 3p.
            object(out, offsets, 1, "<< /Type /Catalog /Pages 2 0 R >>");
            StringBuilder kids = new StringBuilder();
            for (int p = 0; p < pages; p++) {
                kids.append(4 + 3 * p).append(" 0 R ");
            }
            object(out, offsets, 2, "<< /Type /Pages /Count " + pages + " /Kids [" + kids + "] >>");
            object(out, offsets, 3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
            byte[] picture = new byte[PAGE_BYTES];
            for (int p = 0; p < pages; p++) {
                int id = 4 + 3 * p;
                object(out, offsets, id, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font "
                        + "<< /F1 3 0 R >> /XObject << /Im1 " + (id + 2) + " 0 R >> >> /Contents " + (id + 1)
                        + " 0 R >>");
                String content = String.format(Locale.ROOT, "q 512 0 0 512 50 180 cm /Im1 Do Q BT /F1 12 Tf 50 740 Td"
                        + " (Harbour register, page %d: the ships that came in and what they carried.) Tj ET", p + 1);
                stream(out, offsets, id + 1, "", content.getBytes(StandardCharsets.US_ASCII));
                int shift = (int) ((p * 7919L) % PAGE_BYTES);
                System.arraycopy(noise, shift, picture, 0, PAGE_BYTES);
                picture[p % PAGE_BYTES] ^= (byte) (p + 1);
                stream(out, offsets, id + 2, "/Type /XObject /Subtype /Image /Width " + SIDE + " /Height " + SIDE
                        + " /ColorSpace /DeviceGray /BitsPerComponent 8 ", picture);
            }
            long xref = out.count;
            out.ascii("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
            for (long offset : offsets) {
                out.ascii(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
            }
            out.ascii("trailer\n<< /Size " + (offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                    + "\n%%EOF\n");
        }
        return pages;
    }

    private static void object(Counting out, List<Long> offsets, int id, String body) throws IOException {
        offsets.add(out.count);
        out.ascii(id + " 0 obj\n" + body + "\nendobj\n");
    }

    private static void stream(Counting out, List<Long> offsets, int id, String dictionary, byte[] data)
            throws IOException {
        offsets.add(out.count);
        out.ascii(id + " 0 obj\n<< " + dictionary + "/Length " + data.length + " >>\nstream\n");
        out.write(data);
        out.ascii("\nendstream\nendobj\n");
    }

    /** Counts what it writes, for the cross-reference table's offsets. */
    private static final class Counting extends OutputStream {
        private final OutputStream out;
        private long count;

        Counting(OutputStream out) {
            this.out = out;
        }

        void ascii(String text) throws IOException {
            write(text.getBytes(StandardCharsets.ISO_8859_1));
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
