package org.marginalia.importer;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.TextPosition;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageUnit;
import org.marginalia.model.WordBox;
import org.marginalia.model.WordOrigin;

/**
 * The words of one PDF page as PDFBox writes them, with the box their glyphs cover in PDF points of the page as
 * displayed (crop box, after rotation; top-left origin, y down).
 */
final class PdfWords {

    /** A word as written, with its box. */
    private record RawWord(String word, double x, double y, double width, double height) {
    }

    private final double width;
    private final double height;
    private final List<RawWord> words = new ArrayList<>();

    private PdfWords(double width, double height) {
        this.width = width;
        this.height = height;
    }

    static PdfWords startOf(PDPage page) {
        PDRectangle crop = page.getCropBox();
        boolean sideways = page.getRotation() % 180 != 0;
        double w = sideways ? crop.getHeight() : crop.getWidth();
        double h = sideways ? crop.getWidth() : crop.getHeight();
        // A malformed page can have an empty crop box; a point of size keeps the layout valid and the words visible.
        return new PdfWords(w > 0 ? w : 1, h > 0 ? h : 1);
    }

    /** Splits what PDFBox wrote at once at its space glyphs: a line drawn in one string is still several words. */
    void add(String written, List<TextPosition> glyphs) {
        if (written.isBlank()) {
            return;
        }
        List<TextPosition> word = new ArrayList<>();
        for (TextPosition glyph : glyphs) {
            String unicode = glyph.getUnicode();
            if (unicode == null || unicode.isBlank()) {
                addWord(word);
                word.clear();
            } else {
                word.add(glyph);
            }
        }
        addWord(word);
    }

    private void addWord(List<TextPosition> glyphs) {
        if (glyphs.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (TextPosition glyph : glyphs) {
            text.append(glyph.getUnicode());
            double x = glyph.getXDirAdj();
            double baseline = glyph.getYDirAdj();
            left = Math.min(left, x);
            right = Math.max(right, x + glyph.getWidthDirAdj());
            top = Math.min(top, baseline - glyph.getHeightDir());
            bottom = Math.max(bottom, baseline);
        }
        if (Double.isFinite(left) && Double.isFinite(top) && Double.isFinite(right) && Double.isFinite(bottom)) {
            words.add(new RawWord(text.toString().strip(), left, top, Math.max(0, right - left),
                    Math.max(0, bottom - top)));
        }
    }

    /**
     * The page's layout with each word placed in the final text. Every piece of text on the page is written as a
     * word, in order, with only separators between, so each word is the next occurrence after the previous one even
     * when normalising line ends moved it; a word the text no longer holds gets no box.
     */
    PageLayout layout(int page, String pageText, int pageStart) {
        List<WordBox> boxes = new ArrayList<>();
        int cursor = 0;
        for (RawWord word : words) {
            int at = word.word().isEmpty() ? -1 : pageText.indexOf(word.word(), cursor);
            if (at < 0) {
                continue;
            }
            cursor = at + word.word().length();
            boxes.add(new WordBox(word.word(), pageStart + at, pageStart + cursor, word.x(), word.y(), word.width(),
                    word.height(), 1));
        }
        return PageLayout.of(page, width, height, PageUnit.POINTS, WordOrigin.TEXT_LAYER, boxes);
    }
}
