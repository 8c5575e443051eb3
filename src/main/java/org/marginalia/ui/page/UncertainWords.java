package org.marginalia.ui.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.marginalia.model.PageLayout;
import org.marginalia.model.TextSpan;
import org.marginalia.model.WordBox;

/**
 * The words OCR was unsure of, and how the text shows them: a dotted underline, layered over the passages' own
 * highlighting. Pure functions, tested without a toolkit.
 */
public final class UncertainWords {

    /**
     * Below this confidence a word is marked. Tesseract's word confidence (0–100, kept here as 0–1) runs above 0.9
     * for clean print, and 60 is the cut-off commonly used to flag its words for checking: the marks fall on smudged
     * or odd words rather than on every word of a fair page. Lower would hide misreadings; higher would mark most
     * words of a degraded page and make the marks useless. A chosen value, not one tuned on a corpus.
     */
    public static final double THRESHOLD = 0.6;

    /** A dotted underline in an amber that reads on white and on the dark theme alike. */
    static final String CSS = "-rtfx-underline-color: #E08A00;-rtfx-underline-width: 1.5;"
            + "-rtfx-underline-dash-array: 2 3;-rtfx-underline-cap: round;";

    private UncertainWords() {
    }

    /** The spans of every word below the threshold, in text order. */
    public static List<TextSpan> of(List<PageLayout> pages) {
        List<TextSpan> spans = new ArrayList<>();
        for (PageLayout page : pages) {
            for (WordBox w : page.words()) {
                if (w.confidence() < THRESHOLD) {
                    spans.add(new TextSpan(w.start(), w.end()));
                }
            }
        }
        return spans;
    }

    /** The first uncertain word that starts after {@code offset}, wrapping to the first; empty when there are none. */
    public static Optional<TextSpan> next(List<TextSpan> uncertain, int offset) {
        return uncertain.stream().filter(s -> s.start() > offset).findFirst()
                .or(() -> uncertain.stream().findFirst());
    }

    /**
     * The highlighting with uncertain words underlined in dots. Where a passage's style already draws an underline
     * (the selected passage, overlaps), that underline stays: it says more, and the word is still marked on the page.
     */
    public static StyleSpans<String> overlay(StyleSpans<String> css, List<TextSpan> uncertain) {
        int length = css.length();
        if (uncertain.isEmpty() || length == 0) {
            return css;
        }
        StyleSpansBuilder<String> marks = new StyleSpansBuilder<>();
        int at = 0;
        for (TextSpan s : uncertain) {
            int start = Math.min(Math.max(s.start(), at), length);
            int end = Math.min(s.end(), length);
            if (end <= start) {
                continue;
            }
            marks.add("", start - at);
            marks.add(CSS, end - start);
            at = end;
        }
        marks.add("", length - at);
        return css.overlay(marks.create(), (style, mark) -> mark.isEmpty() || style.contains("-rtfx-underline-color")
                ? style : style + mark);
    }
}
