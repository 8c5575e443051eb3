package org.marginalia.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.marginalia.analysis.HandBuiltCoding.A;
import static org.marginalia.analysis.HandBuiltCoding.B;
import static org.marginalia.analysis.HandBuiltCoding.PASSAGES;
import static org.marginalia.analysis.HandBuiltCoding.TAGS;
import static org.marginalia.analysis.HandBuiltCoding.TEXTS;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rows and columns are A, B, C; each expected matrix is worked out by hand in the comment above it. */
class CooccurrenceCounterTest {

    private static CooccurrenceMatrix count(CooccurrenceUnit unit, Selection selection) {
        return CooccurrenceCounter.count(TAGS, PASSAGES, TEXTS::get, unit, selection);
    }

    private static int[][] cells(CooccurrenceMatrix m) {
        int n = m.tagIds().size();
        int[][] cells = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cells[i][j] = m.count(i, j);
            }
        }
        return cells;
    }

    @Test
    void overlappingPassagesFormOneStretch() {
        // Stretches: {p1 A, p2 B}, {p3 A C}, {p4 B}, {p5 A}, {p6 B}. A in 3, B in 3, C in 1; A+B 1, A+C 1.
        CooccurrenceMatrix m = count(CooccurrenceUnit.OVERLAPPING, Selection.everything());
        assertThat(cells(m)).isDeepEqualTo(new int[][] {{3, 1, 1}, {1, 3, 0}, {1, 0, 1}});
        assertThat(m.unitCount()).isEqualTo(5);
        assertThat(m.jaccard(0, 1)).isCloseTo(1.0 / 5, within(1e-12));
        assertThat(m.passages(0, 2)).containsExactly(3L);
    }

    @Test
    void aPassageBelongsToEverySentenceItTouches() {
        // Sentences: "Alpha one." {p1 A, p2 B}, "Beta two." {p2 B}, "Gamma three." {p3 A C}, "Delta four." {p4 B},
        // "Epsilon five." {p5 A, p6 B}. A in 3, B in 4, C in 1; A+B 2, A+C 1, B+C 0.
        CooccurrenceMatrix m = count(CooccurrenceUnit.SENTENCE, Selection.everything());
        assertThat(cells(m)).isDeepEqualTo(new int[][] {{3, 2, 1}, {2, 4, 0}, {1, 0, 1}});
        assertThat(m.jaccard(0, 1)).isCloseTo(2.0 / 5, within(1e-12));
        assertThat(m.passages(0, 1)).containsExactlyInAnyOrder(1L, 2L, 5L, 6L);
    }

    @Test
    void paragraphsAreSeparatedByBlankLines() {
        // Paragraphs: {p1 A, p2 B}, {p3 A C, p4 B}, {p5 A, p6 B}. A 3, B 3, C 1; A+B 3, A+C 1, B+C 1.
        CooccurrenceMatrix m = count(CooccurrenceUnit.PARAGRAPH, Selection.everything());
        assertThat(cells(m)).isDeepEqualTo(new int[][] {{3, 3, 1}, {3, 3, 1}, {1, 1, 1}});
        assertThat(m.maxOffDiagonal()).isEqualTo(3);
    }

    @Test
    void aSourceIsOneUnitAndTheSubsetFiltersApply() {
        // Source 1 holds A, B, C; source 2 holds A, B.
        assertThat(cells(count(CooccurrenceUnit.SOURCE, Selection.everything())))
                .isDeepEqualTo(new int[][] {{2, 2, 1}, {2, 2, 1}, {1, 1, 1}});
        CooccurrenceMatrix onlyFirst = count(CooccurrenceUnit.SOURCE, new Selection(Set.of(A, B), Set.of(1L)));
        assertThat(onlyFirst.tagIds()).containsExactly(A, B);
        assertThat(cells(onlyFirst)).isDeepEqualTo(new int[][] {{1, 1}, {1, 1}});
        assertThat(onlyFirst.passages(0, 1)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    }

    @Test
    void unitWordsAreWhatTheCommandLineTakes() {
        assertThat(CooccurrenceUnit.fromWord("Sentence")).isEqualTo(CooccurrenceUnit.SENTENCE);
    }
}
