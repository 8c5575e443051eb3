package org.marginalia.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marginalia.analysis.HandBuiltCoding.A;
import static org.marginalia.analysis.HandBuiltCoding.B;
import static org.marginalia.analysis.HandBuiltCoding.PASSAGES;
import static org.marginalia.analysis.HandBuiltCoding.SOURCES;
import static org.marginalia.analysis.HandBuiltCoding.TAGS;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CodeCounterTest {

    @Test
    void countsEveryTagOverallAndPerSourceAPassageWithTwoTagsOnceForEach() {
        CodeCounts counts = CodeCounter.count(TAGS, SOURCES, PASSAGES, Selection.everything());
        // A: p1, p3 in source 1, p5 in source 2. B: p2, p4 | p6. C: p3 only.
        assertThat(counts.counts()).isDeepEqualTo(new int[][] {{2, 1}, {2, 1}, {1, 0}});
        assertThat(counts.total(0)).isEqualTo(3);
        assertThat(counts.total(2)).isEqualTo(1);
        assertThat(counts.maxCell()).isEqualTo(2);
    }

    @Test
    void aSubsetOfTagsAndSourcesKeepsOnlyTheirRowsAndColumns() {
        CodeCounts counts = CodeCounter.count(TAGS, SOURCES, PASSAGES, new Selection(Set.of(A, B), Set.of(2L)));
        assertThat(counts.tagIds()).containsExactly(A, B);
        assertThat(counts.sourceIds()).containsExactly(2L);
        assertThat(counts.counts()).isDeepEqualTo(new int[][] {{1}, {1}});
    }

    @Test
    void aCellOrABarOpensThePassagesBehindIt() {
        CodeCounts counts = CodeCounter.count(TAGS, SOURCES, PASSAGES, Selection.everything());
        assertThat(CodeCounter.passages(counts, 0, 0, PASSAGES)).containsExactly(1L, 3L);
        assertThat(CodeCounter.passages(counts, 1, -1, PASSAGES)).containsExactly(2L, 4L, 6L);
    }
}
