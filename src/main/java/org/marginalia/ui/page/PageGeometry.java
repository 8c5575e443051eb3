package org.marginalia.ui.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marginalia.model.TextSpan;
import org.marginalia.model.WordBox;

/**
 * Where text and page meet, as pure functions over a page's word boxes (in text order): the word under a point, the
 * text inside a dragged region, and the rectangles a stretch of text covers, one per line.
 */
public final class PageGeometry {

    private PageGeometry() {
    }

    /** The word whose box holds the point, or empty. */
    public static Optional<WordBox> wordAt(List<WordBox> words, double x, double y) {
        return words.stream().filter(w -> boxOf(w).contains(x, y)).findFirst();
    }

    /**
     * The text from the first to the last word (in reading order) whose middle lies inside the region, or empty when
     * the region holds no word. A word only grazed by the region's edge is not taken.
     */
    public static Optional<TextSpan> spanIn(List<WordBox> words, PageBox region) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (WordBox w : words) {
            PageBox box = boxOf(w);
            if (region.contains(box.centreX(), box.centreY())) {
                start = Math.min(start, w.start());
                end = Math.max(end, w.end());
            }
        }
        return end < 0 ? Optional.empty() : Optional.of(new TextSpan(start, end));
    }

    /**
     * The rectangles that cover the words of a stretch of text: the words that overlap it, joined line by line (a
     * word starts a new line when it sits left of the last one or outside its line's height).
     */
    public static List<PageBox> boxesOf(List<WordBox> words, TextSpan span) {
        List<PageBox> lines = new ArrayList<>();
        PageBox line = null;
        PageBox last = null;
        for (WordBox w : words) {
            if (w.end() <= span.start() || w.start() >= span.end()) {
                continue;
            }
            PageBox box = boxOf(w);
            if (line != null && sameLine(line, last, box)) {
                line = line.union(box);
            } else {
                if (line != null) {
                    lines.add(line);
                }
                line = box;
            }
            last = box;
        }
        if (line != null) {
            lines.add(line);
        }
        return lines;
    }

    /** The words of a page that overlap a stretch of text. */
    public static List<WordBox> wordsIn(List<WordBox> words, TextSpan span) {
        return words.stream().filter(w -> w.start() < span.end() && w.end() > span.start()).toList();
    }

    private static boolean sameLine(PageBox line, PageBox last, PageBox next) {
        boolean onward = next.x() >= last.x() + last.width() / 2;
        return onward && next.centreY() >= line.y() && next.centreY() <= line.y() + line.height();
    }

    static PageBox boxOf(WordBox w) {
        return new PageBox(w.x(), w.y(), w.width(), w.height());
    }
}
