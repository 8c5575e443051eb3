package org.marginalia.ui.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.marginalia.model.Annotation;
import org.marginalia.model.TextSpan;
import org.marginalia.model.WordBox;

/**
 * What to draw on a page, worked out from its words: each passage's boxes in its tag colour (longest first, so a
 * passage inside another is drawn on top and is what a click finds), the selected text, the uncertain words.
 */
final class PageMarks {

    /** Boxes are drawn a little around the words, so the ink stays readable and the box is easy to hit. */
    static final double MARGIN = 1.5;

    private PageMarks() {
    }

    static List<PageMark> of(List<WordBox> words, List<Annotation> passages, Function<Annotation, String> colors,
            long selectedId, TextSpan selection, List<TextSpan> uncertain) {
        List<PageMark> marks = new ArrayList<>();
        List<Annotation> outerFirst = new ArrayList<>(passages);
        outerFirst.sort(Comparator.comparingInt((Annotation a) -> -a.span().length()));
        for (Annotation a : outerFirst) {
            PageMark.Kind kind = a.id() == selectedId ? PageMark.Kind.SELECTED_PASSAGE : PageMark.Kind.PASSAGE;
            for (PageBox box : PageGeometry.boxesOf(words, a.span())) {
                marks.add(new PageMark(box.grown(MARGIN), colors.apply(a), kind));
            }
        }
        if (selection != null && selection.length() > 0) {
            for (PageBox box : PageGeometry.boxesOf(words, selection)) {
                marks.add(new PageMark(box.grown(MARGIN), null, PageMark.Kind.TEXT_SELECTION));
            }
        }
        for (TextSpan word : uncertain) {
            for (WordBox w : PageGeometry.wordsIn(words, word)) {
                marks.add(new PageMark(PageGeometry.boxOf(w), null, PageMark.Kind.UNCERTAIN));
            }
        }
        return marks;
    }

    /** The innermost passage whose box holds the point (page units), if any. */
    static Optional<Annotation> passageAt(List<WordBox> words, List<Annotation> passages, double x, double y) {
        return passages.stream()
                .filter(a -> PageGeometry.boxesOf(words, a.span()).stream()
                        .anyMatch(b -> b.grown(MARGIN).contains(x, y)))
                .min(Comparator.comparingInt(a -> a.span().length()));
    }
}
