package org.marginalia.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marginalia.model.Annotation;
import org.marginalia.model.TextSpan;

/** What is drawn on a page for its passages, the selected text and the uncertain words. */
class PageMarksTest {

    static Annotation passage(long id, int start, int end) {
        return new Annotation(id, 1, new TextSpan(start, end), "q", "", "", "", "", Instant.EPOCH, Instant.EPOCH,
                List.of(id));
    }

    @Test
    void passagesAreDrawnInTheirTagColoursOuterFirstWithTheSelectedOneMarked() {
        Map<Long, String> colours = Map.of(1L, "#FF0000", 2L, "#0000FF");
        List<PageMark> marks = PageMarks.of(PageGeometryTest.WORDS, List.of(passage(2, 4, 9), passage(1, 0, 25)),
                a -> colours.get(a.id()), 2, null, List.of());
        assertThat(marks).extracting(PageMark::color).containsExactly("#FF0000", "#FF0000", "#0000FF");
        assertThat(marks).extracting(PageMark::kind).containsExactly(PageMark.Kind.PASSAGE, PageMark.Kind.PASSAGE,
                PageMark.Kind.SELECTED_PASSAGE);
        assertThat(marks.get(2).box()).isEqualTo(new PageBox(45, 10, 50, 10).grown(PageMarks.MARGIN));
    }

    @Test
    void selectedTextAndUncertainWordsAreMarkedOnTheirWords() {
        List<PageMark> marks = PageMarks.of(PageGeometryTest.WORDS, List.of(), a -> "#000000", 0,
                new TextSpan(16, 25), List.of(new TextSpan(10, 15)));
        assertThat(marks).extracting(PageMark::kind).containsExactly(PageMark.Kind.TEXT_SELECTION,
                PageMark.Kind.UNCERTAIN);
        assertThat(marks.get(1).box()).isEqualTo(new PageBox(100, 10, 50, 10));
    }
}
