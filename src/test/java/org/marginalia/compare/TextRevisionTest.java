package org.marginalia.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageStarts;
import org.marginalia.model.PageUnit;
import org.marginalia.model.WordBox;
import org.marginalia.model.WordDiff;
import org.marginalia.model.WordOrigin;

/** Offsets and word boxes follow the words a correction kept; changed words show in the diff. */
class TextRevisionTest {

    private static final String OLD = "Tbe quick brown fox jumps.\nOver the lazy dog.";
    private static final String NEW = "Preface.\n\nThe quick fox jumps.\nOver the lazy dog.";

    private static WordBox box(String text, String word, double x) {
        int at = text.indexOf(word);
        return new WordBox(word, at, at + word.length(), x, 10, 40, 12, 0.7);
    }

    @Test
    void offsetsInUnchangedWordsMoveExactlyAndTheMapNeverDecreases() {
        TextRevision revision = TextRevision.between(OLD, NEW);
        assertThat(revision.map(OLD.indexOf("lazy") + 2)).isEqualTo(NEW.indexOf("lazy") + 2);
        assertThat(revision.map(OLD.indexOf("quick"))).isEqualTo(NEW.indexOf("quick"));
        assertThat(revision.map(OLD.length())).isEqualTo(NEW.length());
        int last = 0;
        for (int i = 0; i <= OLD.length(); i++) {
            assertThat(revision.map(i)).isGreaterThanOrEqualTo(last).isLessThanOrEqualTo(NEW.length());
            last = revision.map(i);
        }
        assertThat(revision.map(PageStarts.of(0, OLD.indexOf("Over"))))
                .isEqualTo(PageStarts.of(0, NEW.indexOf("Over")));
    }

    @Test
    void boxesOfUnchangedWordsKeepTheirBoxAndReplacedWordsTakeTheCorrection() {
        List<WordBox> words = List.of(box(OLD, "Tbe", 1), box(OLD, "quick", 2), box(OLD, "brown", 3),
                box(OLD, "jumps.", 4), box(OLD, "lazy", 5));
        PageLayout page = PageLayout.of(1, 600, 800, PageUnit.PIXELS, WordOrigin.OCR, words);

        TextRevision.RemappedPages remapped = TextRevision.between(OLD, NEW).remap(List.of(page));

        assertThat(remapped.kept()).isEqualTo(3);
        assertThat(remapped.corrected()).isEqualTo(1);
        assertThat(remapped.dropped()).isEqualTo(1);
        List<WordBox> now = remapped.pages().get(0).words();
        assertThat(now).extracting(WordBox::word).containsExactly("The", "quick", "jumps.", "lazy");
        assertThat(now).extracting(WordBox::x).containsExactly(1.0, 2.0, 4.0, 5.0);
        for (WordBox word : now) {
            assertThat(NEW.substring(word.start(), word.end())).isEqualTo(word.word());
        }
        assertThat(now.get(0).confidence()).isEqualTo(1.0);
        assertThat(now.get(1).confidence()).isEqualTo(0.7);
        assertThat(remapped.pages().get(0).meanConfidence()).isEqualTo((1.0 + 0.7 * 3) / 4);
    }

    @Test
    void astralCharactersAndCorrectedQuoteMarksAreChangesOfTheirOwn() {
        String before = "𝔖ir, \"yes\" he said.";
        String after = "𝔖ir, “yes” he said.";
        TextRevision revision = TextRevision.between(before, after);
        assertThat(revision.map(before.indexOf("he"))).isEqualTo(after.indexOf("he"));
        assertThat(revision.diff().isIdentical()).isFalse();
        assertThat(revision.diff().summary()).isEqualTo("\"\"\" → \"“\"; \"\"\" → \"”\"");
    }

    @Test
    void hunksShowEachChangeWithSomeContextAndTileBothTexts() {
        String filler = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen. ";
        String before = filler + "The ships sail west. " + filler + filler + "They came back. " + filler;
        String after = filler + "The ships sailed west. " + filler + filler + "They never came back. " + filler;
        TextRevision revision = TextRevision.between(before, after);

        List<WordDiff> hunks = revision.hunks(20);

        assertThat(hunks).hasSize(2);
        assertThat(hunks.get(0).summary()).isEqualTo("\"sail\" → \"sailed\"");
        assertThat(hunks.get(1).summary()).isEqualTo("\"\" → \"never\"");
        assertThat(hunks.get(0).pieces().get(0).text()).endsWith("The ships ").hasSizeLessThan(40);
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (WordDiff.Piece piece : revision.diff().pieces()) {
            if (piece.change() != WordDiff.Change.ADDED) {
                left.append(piece.text());
            }
            if (piece.change() != WordDiff.Change.REMOVED) {
                right.append(piece.right().of(after));
            }
        }
        assertThat(left.toString()).isEqualTo(before);
        assertThat(right.toString()).isEqualTo(after);
    }
}
