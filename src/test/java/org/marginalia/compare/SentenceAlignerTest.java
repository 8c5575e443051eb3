package org.marginalia.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marginalia.model.AlignedPair;

class SentenceAlignerTest {

    private final SentenceAligner aligner = new SentenceAligner();

    @Test
    void pairsTheSampleArticlesSentencesWithTheirCounterparts() {
        String a = Samples.paraphrase();
        String b = Samples.report();
        List<AlignedPair> pairs = aligner.align(a, b);
        pairs.forEach(p -> System.err.printf("%.2f %s%n    => %s%n", p.score(), p.a().of(a), p.b().of(b)));
        assertThat(pairs).isSortedAccordingTo((x, y) -> x.a().compareTo(y.a()));
        assertThat(pairs).anySatisfy(p -> {
            assertThat(p.a().of(a)).isEqualTo("In 1954, the Soviet Union applied to join NATO.");
            assertThat(p.b().of(b)).contains("in 1954, the Soviet Union had already applied for NATO membership");
        });
        assertThat(pairs).anySatisfy(p -> {
            assertThat(p.a().of(a)).isEqualTo("Perhaps Russia could be an Ally.");
            assertThat(p.b().of(b)).contains("Perhaps Russia could be a member (of NATO)");
        });
        assertThat(pairs).extracting(p -> p.a().of(a)).doesNotContain("Subscribe", "I have the document.");
    }

    @Test
    void eachSentenceOfBServesOneSentenceOfA() {
        String a = "The cat sat on the mat. The cat sat on a mat. Dogs bark loudly at night.";
        String b = "A cat was sitting on the mat. Dogs bark at night, loudly.";
        List<AlignedPair> pairs = aligner.align(a, b);
        assertThat(pairs).hasSize(2);
        assertThat(pairs.get(0).a().of(a)).isEqualTo("The cat sat on the mat.");
        assertThat(pairs.get(1).b().of(b)).isEqualTo("Dogs bark at night, loudly.");
    }
}
