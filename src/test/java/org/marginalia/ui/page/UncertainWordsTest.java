package org.marginalia.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageUnit;
import org.marginalia.model.TextSpan;
import org.marginalia.model.WordOrigin;

/** Which words are uncertain, stepping through them, and their dotted underline over the highlighting. */
class UncertainWordsTest {

    static final List<TextSpan> UNCERTAIN = UncertainWords.of(List.of(PageLayout.of(1, 200, 100, PageUnit.PIXELS,
            WordOrigin.OCR, PageGeometryTest.WORDS)));

    @Test
    void onlyWordsBelowTheThresholdAreUncertain() {
        assertThat(UNCERTAIN).containsExactly(new TextSpan(10, 15));
        assertThat(UncertainWords.THRESHOLD).isBetween(0.4, 0.9);
    }

    @Test
    void nextStepsPastTheCaretAndWrapsAround() {
        List<TextSpan> words = List.of(new TextSpan(2, 4), new TextSpan(10, 15));
        assertThat(UncertainWords.next(words, 0)).contains(new TextSpan(2, 4));
        assertThat(UncertainWords.next(words, 2)).contains(new TextSpan(10, 15));
        assertThat(UncertainWords.next(words, 10)).contains(new TextSpan(2, 4));
        assertThat(UncertainWords.next(List.of(), 10)).isEmpty();
    }

    @Test
    void theDottedUnderlineIsAddedOnlyOverUncertainWordsAndNeverReplacesAPassageUnderline() {
        String selected = "-rtfx-underline-color: #8B5CF6;";
        StyleSpans<String> css = new StyleSpansBuilder<String>().add("", 12).add(selected, 8).create();
        StyleSpans<String> marked = UncertainWords.overlay(css, List.of(new TextSpan(0, 3), new TextSpan(10, 15)));
        assertThat(marked.length()).isEqualTo(20);
        assertThat(styles(marked)).containsExactly(UncertainWords.CSS, UncertainWords.CSS, UncertainWords.CSS, "", "",
                "", "", "", "", "", UncertainWords.CSS, UncertainWords.CSS, selected, selected, selected, selected,
                selected, selected, selected, selected);
    }

    @Test
    void noUncertainWordsLeavesTheHighlightingAsItIs() {
        StyleSpans<String> css = new StyleSpansBuilder<String>().add("a", 5).create();
        assertThat(UncertainWords.overlay(css, List.of())).isSameAs(css);
    }

    private static List<String> styles(StyleSpans<String> spans) {
        List<String> perChar = new ArrayList<>();
        for (StyleSpan<String> span : spans) {
            for (int i = 0; i < span.getLength(); i++) {
                perChar.add(span.getStyle());
            }
        }
        return perChar;
    }
}
