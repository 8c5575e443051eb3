package org.marginalia.importer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.marginalia.importer.ocr.RecognizedPage;
import org.marginalia.importer.ocr.Recognizer;
import org.marginalia.importer.ocr.TrainedData;
import org.marginalia.model.ImportOptions;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageStarts;
import org.marginalia.model.PageUnit;
import org.marginalia.model.WordBox;
import org.marginalia.model.WordOrigin;

/**
 * Reads page images with OCR one at a time (only one page image is held at once), reporting each page and stopping
 * when asked, and joins their text with page starts and word boxes in pixels.
 */
final class PageOcr {

    /** The text of every page, where each starts, and each page's words. */
    record Result(String text, PageStarts pages, List<PageLayout> layout) {
    }

    /** Decodes page {@code index} (0-based); called once per page, in order. */
    @FunctionalInterface
    interface Pages {
        BufferedImage page(int index) throws IOException;
    }

    /** The resolution of page {@code index}, 0 when unknown. */
    @FunctionalInterface
    interface Resolutions {
        int dpi(int index) throws IOException;
    }

    private PageOcr() {
    }

    /** @throws ImportException NO_LANGUAGE naming the missing language and where its file belongs */
    static void refuseMissingLanguage(String fileName, ImportOptions options) {
        TrainedData.missing(options.ocrLanguage(), options.languageFolder()).ifPresent(problem -> {
            throw new ImportException(ImportException.Reason.NO_LANGUAGE, fileName, problem, null);
        });
    }

    /** @throws ImportException CANCELLED when the progress asked to stop; EMPTY when no page held any text */
    static Result readPages(String fileName, ImportOptions options, int count, Pages pages, Resolutions dpi)
            throws IOException {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[count];
        List<PageLayout> layout = new ArrayList<>(count);
        try (Recognizer recognizer = new Recognizer(options.ocrLanguage(), options.languageFolder())) {
            for (int index = 0; index < count; index++) {
                if (options.progress().cancelled()) {
                    throw new ImportException(ImportException.Reason.CANCELLED, fileName,
                            "stopped before page " + (index + 1) + " of " + count, null);
                }
                options.progress().page(index + 1, count);
                RecognizedPage read = recognizer.read(pages.page(index), dpi.dpi(index));
                if (!text.isEmpty() && !read.text().isEmpty()) {
                    text.append('\n');
                }
                starts[index] = text.length();
                int shift = text.length();
                text.append(read.text());
                List<WordBox> words = read.words().stream().map(word -> new WordBox(word.word(),
                        word.start() + shift, word.end() + shift, word.x(), word.y(), word.width(), word.height(),
                        word.confidence())).toList();
                layout.add(PageLayout.of(index + 1, read.width(), read.height(), PageUnit.PIXELS, WordOrigin.OCR,
                        words));
            }
        }
        if (text.toString().isBlank()) {
            throw new ImportException(ImportException.Reason.EMPTY, fileName, count == 1
                    ? "OCR found no text on the image" : "OCR found no text on any of its " + count + " pages", null);
        }
        return new Result(text.toString(), PageStarts.of(starts), layout);
    }
}
