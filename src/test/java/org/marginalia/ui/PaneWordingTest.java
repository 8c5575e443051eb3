package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marginalia.model.Annotation;
import org.marginalia.model.Tag;
import org.marginalia.model.TextSpan;

/** What moved out of the source pane's view: word snapping, the link gutter, drag payloads and hover wording. */
class PaneWordingTest {

    static Annotation passage(long id, int start, int end, String note, Long... tags) {
        return new Annotation(id, 1, new TextSpan(start, end), "q", "", "", note, "me", Instant.EPOCH, Instant.EPOCH,
                List.of(tags));
    }

    @Test
    void aSelectionThatStartsOrEndsInsideAWordTakesTheWholeWord() {
        String text = "Perhaps Russia could be an Ally.";
        assertThat(WordSnap.snap(text, new TextSpan(10, 18))).isEqualTo(new TextSpan(8, 20));
        assertThat(WordSnap.snap(text, new TextSpan(8, 14))).isEqualTo(new TextSpan(8, 14));
        assertThat(WordSnap.snap(text, new TextSpan(27, 32))).isEqualTo(new TextSpan(27, 32));
        assertThat(WordSnap.snap("It\u2019s a matter", new TextSpan(1, 6))).isEqualTo(new TextSpan(0, 6));
    }

    @Test
    void wordsWithAstralLettersSnapWithoutSplittingASurrogatePair() {
        String text = "say \uD835\uDC00\uD835\uDC01c now";
        TextSpan snapped = WordSnap.snap(text, new TextSpan(6, 8));
        assertThat(snapped).isEqualTo(new TextSpan(4, 9));
    }

    @Test
    void theGutterMarksEachParagraphWhereALinkedPassageBegins() {
        LinkGutter gutter = LinkGutter.of(List.of(passage(1, 5, 9, ""), passage(2, 40, 50, ""),
                passage(3, 70, 80, "")), Set.of(1L, 3L));
        assertThat(gutter.marks(0, 20)).isTrue();
        assertThat(gutter.marks(21, 60)).isFalse();
        assertThat(gutter.marks(61, 70)).isTrue();
        assertThat(gutter.marks(81, 90)).isFalse();
    }

    @Test
    void aDragPayloadIsReadOnlyByItsOwnKind() {
        String dragged = DragPayload.SOURCE.of(42);
        assertThat(DragPayload.SOURCE.idIn(dragged)).hasValue(42);
        assertThat(DragPayload.TAG.idIn(dragged)).isEmpty();
        assertThat(DragPayload.SOURCE.idIn("marginalia-source:not-a-number")).isEmpty();
        assertThat(DragPayload.SOURCE.idIn("plain text from another program")).isEmpty();
        assertThat(DragPayload.SOURCE.idIn(null)).isEmpty();
    }

    @Test
    void theHoverListsEveryPassageUnderThePointerWithAllItsTagsAndItsNote() {
        List<TagItem> tags = List.of(new TagItem(new Tag(7, "trust", "#6CA0DC", "", null, "2"), 1),
                new TagItem(new Tag(8, "missile defense", "#8AB17D", "", null, "3"), 1));
        String text = PassageHover.describe(List.of(passage(1, 0, 50, "", 7L), passage(2, 5, 9, "Why?", 7L, 8L),
                passage(3, 6, 8, "")), tags);
        assertThat(text).isEqualTo("trust\ntrust · missile defense\n  Why?\nPassage without a tag");
    }

    @Test
    void onlyAPassageWithSeveralTagsGetsStripes() {
        Map<Long, String> colors = Map.of(7L, "#6CA0DC", 8L, "#8AB17D");
        assertThat(HighlightSpans.stripesOf(passage(1, 0, 5, "", 7L, 8L), colors)).containsExactly("#6CA0DC",
                "#8AB17D");
        assertThat(HighlightSpans.stripesOf(passage(1, 0, 5, "", 7L), colors)).isEmpty();
        assertThat(new HighlightStyle(List.of("#6CA0DC"), false, false, false, List.of("#6CA0DC", "#8AB17D"))
                .toCss()).contains("linear-gradient").contains("rgba(138,177,125,0.95)");
    }
}
