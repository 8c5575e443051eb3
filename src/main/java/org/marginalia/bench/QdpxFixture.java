package org.marginalia.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A generated REFI-QDA project for the .qdpx rows: {@code codes} codes under folders of 100 (isCodable="false"),
 * spread over 50 text sources, with {@code codings} selections, each coded with one code and named by a label (as the
 * file of 20,000 label-named codings in issue #17 was). Offsets are code points; the texts are ASCII.
 */
final class QdpxFixture {

    private static final int SOURCES = 50;
    private static final int SPAN = 40;
    private static final int STEP = 60;

    private QdpxFixture() {
    }

    static Path generate(Path file, int codes, int codings) throws IOException {
        int perSource = (codings + SOURCES - 1) / SOURCES;
        PseudoEnglish english = new PseudoEnglish(1801);
        String[] texts = new String[SOURCES];
        for (int s = 0; s < SOURCES; s++) {
            texts[s] = english.text(perSource * STEP + 200);
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            w.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" "
                    + "name=\"bench\" origin=\"Marginalia bench\">\n<CodeBook><Codes>\n");
            int folders = (codes + 99) / 100;
            for (int f = 0; f < folders; f++) {
                w.write("<Code guid=\"" + guid('F', f) + "\" name=\"folder " + f + "\" isCodable=\"false\">\n");
                for (int c = f * 100; c < Math.min(codes, (f + 1) * 100); c++) {
                    w.write("<Code guid=\"" + guid('C', c) + "\" name=\"code " + c + "\" isCodable=\"true\" "
                            + "color=\"#336699\"><Description>about " + c + "</Description></Code>\n");
                }
                w.write("</Code>\n");
            }
            w.write("</Codes></CodeBook>\n<Sources>\n");
            int coding = 0;
            for (int s = 0; s < SOURCES; s++) {
                w.write("<TextSource guid=\"" + guid('S', s) + "\" name=\"source " + s + "\" plainTextPath=\""
                        + "internal://" + guid('S', s) + ".txt\">\n");
                for (int i = 0; i < perSource && coding < codings; i++, coding++) {
                    int start = i * STEP;
                    w.write("<PlainTextSelection guid=\"" + guid('P', coding) + "\" name=\"sel " + start + "-"
                            + (start + SPAN) + "\" startPosition=\"" + start + "\" endPosition=\"" + (start + SPAN)
                            + "\"><Coding guid=\"" + guid('K', coding) + "\"><CodeRef targetGUID=\""
                            + guid('C', coding % codes) + "\"/></Coding></PlainTextSelection>\n");
                }
                w.write("</TextSource>\n");
            }
            w.write("</Sources>\n</Project>\n");
            w.flush();
            zip.closeEntry();
            for (int s = 0; s < SOURCES; s++) {
                zip.putNextEntry(new ZipEntry("sources/" + guid('S', s) + ".txt"));
                zip.write(texts[s].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static String guid(char kind, int n) {
        return String.format(Locale.ROOT, "%08X-0000-4000-8000-%c%011d", n, kind == 'S' ? 'A' : kind == 'C' ? 'C'
                : kind == 'F' ? 'F' : kind == 'P' ? 'B' : 'D', n);
    }
}
