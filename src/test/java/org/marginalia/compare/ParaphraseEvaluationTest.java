package org.marginalia.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marginalia.model.TextSpan;

/**
 * The finder against the two paraphrase sets and the two whole-sentence baselines (BM25, TF-IDF), with the real
 * sentence model and without it. The 38-pair set (paraphrase-eval.tsv) mostly keeps words; the hard set
 * (paraphrase-hard.tsv) rewords, and its held-out half was never used to tune anything. Floors sit a few points
 * under the figures measured when the finder was written, so a regression fails here.
 */
class ParaphraseEvaluationTest {

    private static RetrievalEvaluation easy;
    private static RetrievalEvaluation hard;
    private static final E5Embedder MODEL = new E5Embedder();

    @BeforeAll
    static void load() {
        easy = new RetrievalEvaluation("38-pair", "paraphrase-eval.tsv", ParaphraseEvaluationTest::read);
        hard = new RetrievalEvaluation("hard", "paraphrase-hard.tsv", ParaphraseEvaluationTest::read);
    }

    private static CounterpartFinder.Index withMeaning(RetrievalEvaluation set) throws Exception {
        String text = set.target();
        List<String> sentences = CounterpartFinder.sentences(text).stream().map(s -> s.of(text)).toList();
        return CounterpartFinder.index(text, Language.ENGLISH, MODEL.embed(sentences), MODEL);
    }

    @Test
    void theEasySetKeepsItsAccuracyWithAndWithoutTheModel() throws Exception {
        RetrievalEvaluation.Figures hybrid = easy.finder("Marginalia", withMeaning(easy), null);
        RetrievalEvaluation.Figures words = easy.finder("Marginalia, words only", CounterpartFinder.index(
                easy.target()), null);
        RetrievalEvaluation.Figures bm25 = easy.baseline(SentenceBaseline.Kind.BM25, null);
        List.of(hybrid, words, bm25, easy.baseline(SentenceBaseline.Kind.TF_IDF, null)).forEach(System.err::println);
        assertThat(hybrid.queries()).isEqualTo(38);
        // No drop: before e5-small-v2 the finder had 36 of 38 first and 37 in the top three; it now has 38 and 38.
        assertThat(hybrid.top1()).isGreaterThanOrEqualTo(36.0 / 38);
        assertThat(hybrid.top3()).isGreaterThanOrEqualTo(37.0 / 38);
        assertThat(words.top1()).isGreaterThanOrEqualTo(0.92);
        assertThat(hybrid.mrr()).isGreaterThan(bm25.mrr());
    }

    @Test
    void theHeldOutHardSetBeatsBm25ByFifteenPoints() throws Exception {
        CounterpartFinder.Index index = withMeaning(hard);
        for (String split : hard.splits()) {
            RetrievalEvaluation.Figures hybrid = hard.finder("Marginalia", index, split);
            System.err.println(hybrid);
            System.err.println(hard.baseline(SentenceBaseline.Kind.BM25, split));
            System.err.println(hard.baseline(SentenceBaseline.Kind.TF_IDF, split));
        }
        RetrievalEvaluation.Figures heldOut = hard.finder("Marginalia", index, "heldout");
        RetrievalEvaluation.Figures bm25 = hard.baseline(SentenceBaseline.Kind.BM25, "heldout");
        assertThat(heldOut.queries()).isGreaterThanOrEqualTo(50);
        // Measured 0.852 / 0.963 (46 and 52 of 54); the floors sit two or three queries under that.
        assertThat(heldOut.top1()).isGreaterThanOrEqualTo(bm25.top1() + 0.15).isGreaterThanOrEqualTo(0.80);
        assertThat(heldOut.top3()).isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void everyOriginalOfBothSetsIsFoundInItsTarget() {
        for (RetrievalEvaluation set : List.of(easy, hard)) {
            for (RetrievalEvaluation.Query query : set.queries(null)) {
                TextSpan original = query.original();
                original.checkWithin(set.target());
            }
        }
    }

    private static String read(String name) throws IOException {
        try (InputStream in = ParaphraseEvaluationTest.class.getResourceAsStream("/compare/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
