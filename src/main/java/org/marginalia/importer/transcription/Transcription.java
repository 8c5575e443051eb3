package org.marginalia.importer.transcription;

import java.util.List;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageStarts;
import org.marginalia.model.WordBox;

/**
 * What a transcription file holds: its text in reading order, where each page starts, each page's words with boxes
 * and confidences (origin {@code transcription}), and the file name of the image each page names ('' for none).
 *
 * @param unit the unit the file gives its sizes and boxes in: {@code pixel}, or ALTO's {@code mm10} (1/10 mm) or
 *     {@code inch1200} (1/1200 inch), which {@link #inPixels} turns into pixels of the page image
 */
public record Transcription(String text, PageStarts pages, List<PageLayout> layout, List<String> imageNames,
        String unit) {

    /** Sizes and boxes in pixels, as hOCR, PAGE XML and nearly every ALTO file give them. */
    public static final String PIXEL = "pixel";

    public Transcription {
        layout = List.copyOf(layout);
        imageNames = List.copyOf(imageNames);
    }

    public Transcription(String text, PageStarts pages, List<PageLayout> layout, List<String> imageNames) {
        this(text, pages, layout, imageNames, PIXEL);
    }

    /** How many of the file's units make an inch: 0 for {@code pixel}, which needs no conversion. */
    public static double unitsPerInch(String unit) {
        return switch (unit) {
            case "mm10" -> 254;
            case "inch1200" -> 1200;
            default -> 0;
        };
    }

    /** Whether the sizes and boxes are in pixels already. */
    public boolean inPixels() {
        return unitsPerInch(unit) == 0;
    }

    /** The same transcription with its sizes and boxes in pixels of an image scanned at {@code dpi}. */
    public Transcription inPixels(double dpi) {
        if (inPixels()) {
            return this;
        }
        double scale = dpi / unitsPerInch(unit);
        List<PageLayout> scaled = layout.stream().map(page -> new PageLayout(page.page(), page.width() * scale,
                page.height() * scale, page.unit(), page.origin(), page.meanConfidence(), page.words().stream()
                .map(w -> new WordBox(w.word(), w.start(), w.end(), w.x() * scale, w.y() * scale,
                        w.width() * scale, w.height() * scale, w.confidence())).toList())).toList();
        return new Transcription(text, pages, scaled, imageNames, PIXEL);
    }
}
