package org.marginalia.compare;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.marginalia.model.Candidate;
import org.marginalia.model.TextSpan;

/**
 * Measures {@link CounterpartFinder} on two synthetic ~N-word texts, the second a perturbed paraphrase of the first
 * (see {@link SyntheticCorpus}): indexing time, the median and 95th percentile of 200 searches for sentences of the
 * first in the second, and how often the true counterpart comes first / in the top three. Not a test: the figures
 * are for a {@code bench} command to print.
 */
public final class CompareBenchmark {

    private static final int QUERIES = 200;
    private static final int WARM_UP_QUERIES = 300;

    /**
     * Figures of one run.
     *
     * @param indexMillis time to index the paraphrase
     * @param top1Accuracy share of searches whose first candidate overlaps the true counterpart
     * @param top3Accuracy share whose first three candidates include it
     */
    public record Result(long seed, int wordsA, int wordsB, int queries, double indexMillis, double medianQueryMillis,
                         double p95QueryMillis, double top1Accuracy, double top3Accuracy) {
    }

    private CompareBenchmark() {
    }

    /** Builds the texts from {@code seed} with about {@code words} words each and measures. */
    public static Result run(long seed, int words) {
        SyntheticCorpus corpus = new SyntheticCorpus(seed, words);
        warmUp(corpus);
        long started = System.nanoTime();
        CounterpartFinder.Index index = CounterpartFinder.index(corpus.paraphrase);
        double indexMillis = (System.nanoTime() - started) / 1e6;
        Random random = new Random(seed ^ 0x5DEECE66DL);
        double[] millis = new double[QUERIES];
        int top1 = 0;
        int top3 = 0;
        for (int q = 0; q < QUERIES; q++) {
            TextSpan[] pair = corpus.pairs.get(random.nextInt(corpus.pairs.size()));
            String passage = pair[0].of(corpus.original);
            long before = System.nanoTime();
            List<Candidate> found = index.find(passage, 3);
            millis[q] = (System.nanoTime() - before) / 1e6;
            for (int rank = 0; rank < found.size(); rank++) {
                if (found.get(rank).span().overlaps(pair[1])) {
                    top1 += rank == 0 ? 1 : 0;
                    top3++;
                    break;
                }
            }
        }
        Arrays.sort(millis);
        return new Result(seed, words(corpus.original), words(corpus.paraphrase), QUERIES, indexMillis,
                millis[QUERIES / 2], millis[(int) Math.ceil(QUERIES * 0.95) - 1],
                (double) top1 / QUERIES, (double) top3 / QUERIES);
    }

    /**
     * A synthetic English-like source of about {@code words} words and passages paraphrased from its sentences, for
     * benchmarks that go through the project (embedding, storing, reopening).
     */
    public record Synthetic(String text, List<String> passages, List<TextSpan> originals) {
    }

    /** The paraphrased text of a synthetic pair as the target, and the original sentences as passages to look for. */
    public static Synthetic synthetic(long seed, int words) {
        SyntheticCorpus corpus = new SyntheticCorpus(seed, words);
        return new Synthetic(corpus.paraphrase, corpus.pairs.stream().map(p -> p[0].of(corpus.original)).toList(),
                corpus.pairs.stream().map(p -> p[1]).toList());
    }

    private static void warmUp(SyntheticCorpus corpus) {
        CounterpartFinder.Index index = CounterpartFinder.index(corpus.paraphrase);
        for (int q = 0; q < WARM_UP_QUERIES; q++) {
            index.find(corpus.pairs.get(q % corpus.pairs.size())[0].of(corpus.original), 3);
        }
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
