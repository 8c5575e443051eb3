package org.marginalia.importer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.marginalia.importer.ocr.RecognizedPage;
import org.marginalia.importer.ocr.Recognizer;
import org.marginalia.model.ImportOptions;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageUnit;
import org.marginalia.model.WordBox;
import org.marginalia.model.WordOrigin;

/**
 * Reads the pages of a PDF that have no text layer (scans) with OCR, one page at a time, and puts their text in
 * place; pages with a text layer keep it. Word boxes of OCR pages are given in points like the rest of the PDF.
 */
final class PdfPageOcr {

    /** Scans are rendered at the resolution Tesseract reads best at. */
    static final int DPI = 300;
    private static final double POINTS_PER_PIXEL = 72.0 / DPI;

    private PdfPageOcr() {
    }

    /**
     * The extraction with every blank page read by OCR in the options' language; unchanged when no page is blank.
     * Each page read is reported to the options' progress.
     *
     * @throws ImportException NO_LANGUAGE when the language's trained data is missing; CANCELLED when asked to stop
     */
    static PdfText.Extracted fillBlankPages(String fileName, PDDocument document, PdfText.Extracted extracted,
            ImportOptions options, BooleanSupplier cancelled) throws IOException {
        String text = extracted.text();
        int[] starts = extracted.pageStarts();
        List<String> pages = new ArrayList<>();
        boolean anyBlank = false;
        for (int page = 0; page < starts.length; page++) {
            String pageText = text.substring(starts[page], page + 1 < starts.length ? starts[page + 1] : text.length());
            pages.add(pageText);
            anyBlank |= pageText.isBlank();
        }
        if (!anyBlank) {
            return extracted;
        }
        PageOcr.refuseMissingLanguage(fileName, options);
        // PDFBox keeps every page's decoded images softly cached; a scan of hundreds of pages would then fill the
        // heap to its limit before any is let go. Each page image is drawn once, so nothing is cached.
        document.setResourceCache(null);
        PDFRenderer renderer = new PDFRenderer(document);
        StringBuilder filled = new StringBuilder(text.length());
        int[] newStarts = new int[starts.length];
        List<PageLayout> layout = new ArrayList<>();
        try (Recognizer recognizer = new Recognizer(options.ocrLanguage(), options.languageFolder())) {
            for (int page = 0; page < starts.length; page++) {
                newStarts[page] = filled.length();
                PageLayout given = extracted.layout().get(page);
                if (!pages.get(page).isBlank()) {
                    filled.append(pages.get(page));
                    layout.add(shifted(given, newStarts[page] - starts[page]));
                    continue;
                }
                if (cancelled.getAsBoolean() || options.progress().cancelled()) {
                    throw new ImportException(ImportException.Reason.CANCELLED, fileName,
                            "stopped before page " + (page + 1) + " of " + starts.length, null);
                }
                options.progress().page(page + 1, starts.length);
                BufferedImage image = renderer.renderImageWithDPI(page, DPI, ImageType.GRAY);
                RecognizedPage read = recognizer.read(image, DPI);
                filled.append(read.text());
                List<WordBox> words = new ArrayList<>();
                for (WordBox word : read.words()) {
                    words.add(new WordBox(word.word(), word.start() + newStarts[page], word.end() + newStarts[page],
                            word.x() * POINTS_PER_PIXEL, word.y() * POINTS_PER_PIXEL,
                            word.width() * POINTS_PER_PIXEL, word.height() * POINTS_PER_PIXEL, word.confidence()));
                }
                layout.add(PageLayout.of(page + 1, given.width(), given.height(), PageUnit.POINTS, WordOrigin.OCR,
                        words));
            }
        }
        return new PdfText.Extracted(filled.toString(), newStarts, layout);
    }

    private static PageLayout shifted(PageLayout page, int by) {
        if (by == 0) {
            return page;
        }
        List<WordBox> words = page.words().stream().map(word -> new WordBox(word.word(), word.start() + by,
                word.end() + by, word.x(), word.y(), word.width(), word.height(), word.confidence())).toList();
        return new PageLayout(page.page(), page.width(), page.height(), page.unit(), page.origin(),
                page.meanConfidence(), words);
    }
}
