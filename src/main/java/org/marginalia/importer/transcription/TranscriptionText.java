package org.marginalia.importer.transcription;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marginalia.importer.ImportException;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageStarts;
import org.marginalia.model.PageUnit;
import org.marginalia.model.WordBox;
import org.marginalia.model.WordOrigin;

/**
 * Builds a source's text from a transcription's pages, blocks, lines and words in reading order: words joined by a
 * space, lines by a line break, blocks by a blank line, each word with its box and confidence. Every size and
 * coordinate is checked against the limits as it arrives, so a hostile file is refused before it costs memory.
 */
final class TranscriptionText {

    private final String fileName;
    private final TranscriptionLimits limits;
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> starts = new ArrayList<>();
    private final List<PageLayout> layout = new ArrayList<>();
    private final List<String> imageNames = new ArrayList<>();
    private List<WordBox> words = new ArrayList<>();
    private double width;
    private double height;
    private int wordCount;
    private String pending = "";
    private String unit = Transcription.PIXEL;

    TranscriptionText(String fileName, TranscriptionLimits limits) {
        this.fileName = fileName;
        this.limits = limits;
    }

    /** Starts a page of this size; {@code imageName} is the page image the file names ('' when none). */
    void page(double pageWidth, double pageHeight, String imageName) {
        endPage();
        if (starts.size() >= limits.maxPages()) {
            throw unsafe("more than " + limits.maxPages() + " pages");
        }
        checkSize("page", pageWidth, pageHeight);
        if (!(pageWidth > 0) || !(pageHeight > 0)) {
            throw damaged(String.format(Locale.ROOT, "page %d has no size (%s x %s)", starts.size() + 1,
                    pageWidth, pageHeight));
        }
        if (!text.isEmpty()) {
            pending = "\n\n";
        }
        starts.add(text.length() + pending.length());
        width = pageWidth;
        height = pageHeight;
        imageNames.add(imageName == null ? "" : imageName.strip());
        words = new ArrayList<>();
    }

    /** The unit of the sizes and boxes that follow (see {@link Transcription#unit()}). */
    void unit(String measurementUnit) {
        unit = measurementUnit;
    }

    boolean inPage() {
        return !starts.isEmpty();
    }

    /** A new block (region, paragraph) starts: a blank line before its first word. */
    void block() {
        if (hasWordOnPage()) {
            pending = "\n\n";
        }
    }

    /** A new line starts. */
    void line() {
        if (hasWordOnPage() && pending.length() < 1) {
            pending = "\n";
        }
    }

    /** One word at {@code x, y} of {@code w x h} with a confidence from 0 to 1. */
    void word(String word, double x, double y, double w, double h, double confidence) {
        if (!inPage()) {
            throw damaged("a word lies outside any page");
        }
        String clean = word.strip();
        if (clean.isEmpty()) {
            return;
        }
        if (++wordCount > limits.maxWords()) {
            throw unsafe("more than " + limits.maxWords() + " words");
        }
        checkSize("word '" + shortened(clean) + "'", w, h);
        checkCoordinate(x, clean);
        checkCoordinate(y, clean);
        if (w < 0 || h < 0) {
            throw damaged("word '" + shortened(clean) + "' has a negative size (" + w + " x " + h + ")");
        }
        if (hasWordOnPage() && pending.isEmpty()) {
            pending = " ";
        }
        text.append(pending);
        pending = "";
        int start = text.length();
        text.append(clean);
        if (text.length() > limits.maxTextChars()) {
            throw unsafe("more than " + limits.maxTextChars() + " characters of text");
        }
        double sure = Double.isFinite(confidence) ? Math.max(0, Math.min(1, confidence)) : 1;
        words.add(new WordBox(clean, start, text.length(), x, y, w, h, sure));
    }

    /** The finished text with page starts and layouts. @throws ImportException EMPTY when no page holds a word */
    Transcription finish() {
        endPage();
        if (text.toString().isBlank()) {
            throw new ImportException(ImportException.Reason.EMPTY, fileName,
                    starts.isEmpty() ? "the transcription has no page" : "the transcription has no words", null);
        }
        text.append('\n');
        int end = text.length() - 1;
        return new Transcription(text.toString(), PageStarts.of(starts.stream().mapToInt(start -> Math.min(start, end))
                .toArray()),
                layout, imageNames, unit);
    }

    private void endPage() {
        if (inPage() && layout.size() < starts.size()) {
            layout.add(PageLayout.of(starts.size(), width, height, PageUnit.PIXELS, WordOrigin.TRANSCRIPTION, words));
        }
    }

    private boolean hasWordOnPage() {
        return !words.isEmpty();
    }

    private void checkSize(String what, double w, double h) {
        if (Double.isNaN(w) || Double.isNaN(h)) {
            throw damaged(what + " has no size");
        }
        if (!Double.isFinite(w) || !Double.isFinite(h) || Math.abs(w) > limits.maxCoordinate()
                || Math.abs(h) > limits.maxCoordinate()) {
            throw unsafe(what + " is " + w + " x " + h + ", beyond the limit of " + (long) limits.maxCoordinate());
        }
    }

    private void checkCoordinate(double value, String word) {
        if (Double.isNaN(value)) {
            throw damaged("word '" + shortened(word) + "' has no position");
        }
        if (!Double.isFinite(value) || Math.abs(value) > limits.maxCoordinate()) {
            throw unsafe("word '" + shortened(word) + "' lies at " + value + ", beyond the limit of "
                    + (long) limits.maxCoordinate());
        }
    }

    private static String shortened(String word) {
        return word.length() > 30 ? word.substring(0, 30) + "…" : word;
    }

    ImportException unsafe(String detail) {
        return new ImportException(ImportException.Reason.UNSAFE, fileName, detail, null);
    }

    ImportException damaged(String detail) {
        return new ImportException(ImportException.Reason.DAMAGED, fileName, detail, null);
    }
}
