package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.marginalia.model.Annotation;
import org.marginalia.model.TextSpan;

class HighlightSpansTest {

    private static final Map<Long, String> COLORS = Map.of(1L, "#E76F51", 2L, "#6CA0DC");

    @Test
    void overlappingPassagesComposeInsteadOfHidingEachOther() {
        // outer [0, 20) tagged 1, inner [5, 10) tagged 2
        StyleSpans<HighlightStyle> spans = HighlightSpans.compute(30,
                List.of(passage(1, 0, 20, 1L), passage(2, 5, 10, 2L)), COLORS, 0, List.of(), -1);
        List<StyleSpan<HighlightStyle>> list = list(spans);
        assertThat(list).extracting(StyleSpan::getLength).containsExactly(5, 5, 10, 10);
        assertThat(list.get(0).getStyle().colors()).containsExactly("#E76F51");
        assertThat(list.get(1).getStyle().colors()).containsExactly("#E76F51", "#6CA0DC");
        assertThat(list.get(2).getStyle().colors()).containsExactly("#E76F51");
        assertThat(list.get(3).getStyle()).isEqualTo(HighlightStyle.NONE);
        assertThat(list.get(1).getStyle().toCss()).contains("-rtfx-underline-color").contains("-rtfx-background-color");
    }

    @Test
    void passagesThatCrossEachOtherGetThreeStretches() {
        StyleSpans<HighlightStyle> spans = HighlightSpans.compute(12,
                List.of(passage(1, 0, 8, 1L), passage(2, 4, 12, 2L)), COLORS, 2, List.of(), -1);
        List<StyleSpan<HighlightStyle>> list = list(spans);
        assertThat(list).extracting(StyleSpan::getLength).containsExactly(4, 4, 4);
        assertThat(list.get(1).getStyle().depth()).isEqualTo(2);
        assertThat(list.get(0).getStyle().selected()).isFalse();
        assertThat(list.get(2).getStyle().selected()).isTrue();
    }

    @Test
    void spansCoverTheWholeTextAndCountUtf16UnitsAroundAstralCharacters() {
        String text = "a😀b😀c";
        int start = text.indexOf("😀b");
        int end = start + "😀b".length();
        StyleSpans<HighlightStyle> spans = HighlightSpans.compute(text.length(),
                List.of(passage(1, start, end, 1L)), COLORS, 0, List.of(), -1);
        assertThat(spans.length()).isEqualTo(text.length());
        List<StyleSpan<HighlightStyle>> list = list(spans);
        assertThat(list).extracting(StyleSpan::getLength).containsExactly(1, 3, 3);
        assertThat(list.get(1).getStyle().depth()).isEqualTo(1);
    }

    @Test
    void findMatchesShowAndTheCurrentOneStandsOut() {
        StyleSpans<HighlightStyle> spans = HighlightSpans.compute(10, List.of(), COLORS, 0,
                List.of(new TextSpan(0, 2), new TextSpan(5, 7)), 1);
        List<StyleSpan<HighlightStyle>> list = list(spans);
        assertThat(list.get(0).getStyle().findMatch()).isTrue();
        assertThat(list.get(0).getStyle().currentFind()).isFalse();
        assertThat(list.get(2).getStyle().currentFind()).isTrue();
        assertThat(list.get(2).getStyle().toCss()).isNotEqualTo(list.get(0).getStyle().toCss());
    }

    @Test
    void aPassageWhoseTagsAreGoneStaysVisibleInGreyAndSpansPastTheEndAreClipped() {
        StyleSpans<HighlightStyle> spans = HighlightSpans.compute(5, List.of(passage(1, 2, 9, 99L)), COLORS, 0,
                List.of(), -1);
        assertThat(spans.length()).isEqualTo(5);
        assertThat(list(spans).get(1).getStyle().colors()).containsExactly(HighlightStyle.UNTAGGED);
    }

    @Test
    void emptyTextGivesEmptySpans() {
        assertThat(HighlightSpans.compute(0, List.of(), COLORS, 0, List.of(), -1).length()).isZero();
    }

    private static List<StyleSpan<HighlightStyle>> list(StyleSpans<HighlightStyle> spans) {
        List<StyleSpan<HighlightStyle>> list = new ArrayList<>();
        spans.forEach(list::add);
        return list;
    }

    static Annotation passage(long id, int start, int end, Long tagId) {
        return new Annotation(id, 1, new TextSpan(start, end), "q", "", "", "", "", Instant.EPOCH, Instant.EPOCH,
                List.of(tagId));
    }
}
