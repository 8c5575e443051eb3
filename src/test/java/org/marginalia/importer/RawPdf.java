package org.marginalia.importer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A PDF written object by object, for files PDFBox will not write: odd encryption, absurd nesting. */
final class RawPdf {

    private final List<String> objects = new ArrayList<>();
    private String trailerExtra = "";

    /** Adds {@code N 0 obj BODY endobj}, numbered from 1 in the order added. */
    RawPdf object(String body) {
        objects.add(body);
        return this;
    }

    RawPdf trailer(String extra) {
        trailerExtra = extra;
        return this;
    }

    /** A catalog, a page tree and one page whose content stream is {@code content}: objects 1 to 4. */
    static RawPdf onePage(String content) {
        return new RawPdf()
                .object("<< /Type /Catalog /Pages 2 0 R >>")
                .object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
                .object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>")
                .object("<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        write(out, table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R " + trailerExtra + " >>\n"
                + "startxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
