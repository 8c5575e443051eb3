package org.marginalia.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marginalia.model.TextSpan;
import org.marginalia.model.WordBox;

/** Word hit-test, region to text, text to boxes: the maths of the page beside the text. */
class PageGeometryTest {

    // "The quick brown\nfox jumps" on two lines: words 10 units high, lines 20 apart.
    static final List<WordBox> WORDS = List.of(
            new WordBox("The", 0, 3, 10, 10, 30, 10, 1),
            new WordBox("quick", 4, 9, 45, 10, 50, 10, 1),
            new WordBox("brown", 10, 15, 100, 10, 50, 10, 0.4),
            new WordBox("fox", 16, 19, 10, 30, 30, 10, 1),
            new WordBox("jumps", 20, 25, 45, 30, 50, 10, 0.9));

    @Test
    void aPointFindsTheWordUnderItAndNothingBetweenWords() {
        assertThat(PageGeometry.wordAt(WORDS, 60, 15)).map(WordBox::word).contains("quick");
        assertThat(PageGeometry.wordAt(WORDS, 42, 15)).isEmpty();
        assertThat(PageGeometry.wordAt(WORDS, 60, 25)).isEmpty();
    }

    @Test
    void aRegionSelectsFromItsFirstToItsLastWordInReadingOrder() {
        // Over "brown" on the first line and "fox" on the second: the text between them comes along.
        assertThat(PageGeometry.spanIn(WORDS, PageBox.between(150, 5, 5, 45))).contains(new TextSpan(0, 25));
        assertThat(PageGeometry.spanIn(WORDS, PageBox.between(95, 5, 160, 45))).contains(new TextSpan(10, 15));
        assertThat(PageGeometry.spanIn(WORDS, PageBox.between(5, 25, 60, 45))).contains(new TextSpan(16, 19));
    }

    @Test
    void aRegionThatOnlyGrazesAWordOrHoldsNoneSelectsNothingOfIt() {
        assertThat(PageGeometry.spanIn(WORDS, PageBox.between(0, 0, 20, 12))).isEmpty();
        assertThat(PageGeometry.spanIn(WORDS, PageBox.between(200, 200, 300, 300))).isEmpty();
    }

    @Test
    void aSpanOverTwoLinesGivesOneBoxPerLineCoveringItsWords() {
        // "quick brown\nfox": the end of one line and the start of the next.
        List<PageBox> boxes = PageGeometry.boxesOf(WORDS, new TextSpan(5, 18));
        assertThat(boxes).containsExactly(new PageBox(45, 10, 105, 10), new PageBox(10, 30, 30, 10));
    }

    @Test
    void aSpanInsideOneWordStillMarksThatWordAndASpanOffThePageMarksNothing() {
        assertThat(PageGeometry.boxesOf(WORDS, new TextSpan(21, 22))).containsExactly(new PageBox(45, 30, 50, 10));
        assertThat(PageGeometry.boxesOf(WORDS, new TextSpan(100, 120))).isEmpty();
    }

    @Test
    void aWordFurtherLeftStartsANewLineEvenAtTheSameHeight() {
        // Two columns: the second column's first word sits level with the first column's last one.
        List<WordBox> columns = List.of(new WordBox("left", 0, 4, 300, 10, 40, 10, 1),
                new WordBox("right", 5, 10, 10, 10, 40, 10, 1));
        assertThat(PageGeometry.boxesOf(columns, new TextSpan(0, 10))).hasSize(2);
    }

    @Test
    void theInnermostPassageBoxUnderAClickIsFound() {
        var outer = PageMarksTest.passage(1, 0, 25);
        var inner = PageMarksTest.passage(2, 4, 9);
        assertThat(PageMarks.passageAt(WORDS, List.of(outer, inner), 60, 15)).contains(inner);
        assertThat(PageMarks.passageAt(WORDS, List.of(outer, inner), 20, 35)).contains(outer);
        assertThat(PageMarks.passageAt(WORDS, List.of(inner), 20, 35)).isEmpty();
    }
}
