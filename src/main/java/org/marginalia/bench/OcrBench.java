package org.marginalia.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marginalia.importer.ocr.RecognizedPage;
import org.marginalia.importer.ocr.Recognizer;

/** OCR time for a full A4 page of text scanned at 300 dpi, read in this JVM after one warm-up page. */
final class OcrBench {

    private static final int DPI = 300;
    private static final int A4_WIDTH = 2480;
    private static final int A4_HEIGHT = 3508;
    private static final int LINE_CHARS = 70;

    private OcrBench() {
    }

    static BenchRow run(String name, int runs) {
        List<String> lines = lines(new PseudoEnglish(13).text(LINE_CHARS * 60));
        BufferedImage page = page(lines, DPI);
        double[] millis = new double[runs];
        int words = 0;
        try (Recognizer recognizer = new Recognizer("eng")) {
            recognizer.read(page, DPI);
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                RecognizedPage read = recognizer.read(page, DPI);
                millis[run] = (System.nanoTime() - start) / 1e6;
                words = read.words().size();
            }
        }
        return BenchRow.measured(name, "ms", millis, String.format(Locale.ROOT,
                "%d lines, %d words found; target 3000 ms", lines.size(), words));
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() + word.length() + 1 > LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines.subList(0, Math.min(lines.size(), 55));
    }

    /** An A4 page scanned at {@code dpi}: 12 pt DejaVu Serif, one-inch margins, 1.2 leading, as a typed page. */
    static BufferedImage page(List<String> lines, int dpi) {
        int width = A4_WIDTH * dpi / DPI;
        int height = A4_HEIGHT * dpi / DPI;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int size = 12 * dpi / 72;
        g.setFont(new Font("DejaVu Serif", Font.PLAIN, size));
        int leading = size * 6 / 5;
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), dpi, dpi + leading * (i + 1));
        }
        g.dispose();
        return image;
    }
}
