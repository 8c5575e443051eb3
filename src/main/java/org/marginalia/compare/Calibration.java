package org.marginalia.compare;

/**
 * Turns the evidence for one candidate into one score in [0, 1] that means the same across queries and sources: an
 * estimate of the chance that the candidate is the passage's true counterpart. A logistic model over three features,
 * each already in [0, 1]:
 * <ul>
 *   <li>{@code meaning}: cosine of the sentence embeddings (absent when the model is unavailable);</li>
 *   <li>{@code words}: F1 of IDF-weighted recall and precision of the shared stems of passage and sentence(s);</li>
 *   <li>{@code span}: the aligned span's own score (overlap, word order, character trigrams).</li>
 * </ul>
 * Weights were fitted on the 38-pair set and the tuning half of the hard set only (true counterpart at rank one vs
 * the other pooled candidates); the held-out half never saw them. With e5-small-v2 a search over the weights found
 * words only cost first places once meaning is known (87 of 97 with meaning alone); a span weight of a tenth of the
 * meaning's keeps all 87 and lets a near-verbatim sentence beat a paraphrase of it. The cosines crowd into 0.8 to
 * 0.95, hence the steep slope (of pooled candidates scored above 0.8, 96 % were the true counterpart).
 * {@link org.marginalia.model.MatchStrength} reads its words off the result.
 */
final class Calibration {

    private static final double[] WITH_MEANING = {-97.12, 111.62, 0, 11.16};
    private static final double[] WORDS_ONLY = {-4.17, 0, 4.87, 8.64};

    private Calibration() {
    }

    /**
     * Content words a words-only match must share before its score is believed in full: one shared rare word makes a
     * short sentence look perfect ("I have the document." against "The document reveals…").
     */
    static final int WORDS_FOR_FULL_TRUST = 3;

    /**
     * The calibrated score; {@code meaning} is NaN when no embedding is available, and then the score is scaled down
     * when fewer than {@link #WORDS_FOR_FULL_TRUST} content words are shared.
     */
    static double score(double meaning, double words, double span, int sharedWords) {
        double[] w = Double.isNaN(meaning) ? WORDS_ONLY : WITH_MEANING;
        double m = Double.isNaN(meaning) ? 0 : meaning;
        double z = w[0] + w[1] * m + w[2] * words + w[3] * span;
        double p = 1 / (1 + Math.exp(-z));
        return Double.isNaN(meaning) ? p * Math.min(1.0, (double) sharedWords / WORDS_FOR_FULL_TRUST) : p;
    }
}
