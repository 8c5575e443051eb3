package org.marginalia.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompareBenchmarkTest {

    @Test
    void aSmallRunFindsMostParaphrasedSentences() {
        CompareBenchmark.Result result = CompareBenchmark.run(42, 2_000);
        System.err.println(result);
        assertThat(result.queries()).isEqualTo(200);
        assertThat(result.wordsA()).isBetween(2_000, 2_100);
        assertThat(result.wordsB()).isBetween(1_500, 2_300);
        // Floors a little under what this seed gives today, so a worse finder fails here, not only in bench.
        assertThat(result.top1Accuracy()).isGreaterThan(0.9);
        assertThat(result.top3Accuracy()).isGreaterThan(0.95);
    }

    @Test
    void theSameSeedBuildsTheSameTexts() {
        SyntheticCorpus one = new SyntheticCorpus(7, 500);
        SyntheticCorpus two = new SyntheticCorpus(7, 500);
        assertThat(one.paraphrase).isEqualTo(two.paraphrase);
        assertThat(one.original).isNotEqualTo(one.paraphrase);
    }
}
