package org.marginalia.compare;

/**
 * Turns the evidence for one candidate into one score in [0, 1] that means the same across queries and sources: an
 * estimate of the chance that the candidate is the passage's true counterpart.
 *
 * <p>With the sentence model, the candidates of one passage are first ranked by a strength made of
 * <ul>
 *   <li>{@code meaning}: the cosine of the sentence embeddings, times 100;</li>
 *   <li>{@code words}: the F1 of IDF-weighted recall and precision of shared stems, counted only above
 *       {@value #WORDS_FLOOR} (below it, shared words are as likely to be coincidence), times
 *       {@value #WORDS_WEIGHT};</li>
 *   <li>{@code span}: the aligned span's own score (overlap, word order, character trigrams), counted above
 *       {@value #SPAN_FLOOR}, times {@value #SPAN_WEIGHT};</li>
 *   <li>minus {@value #HEADING_PENALTY} for a unit that reads as a heading (a few words without a full stop).</li>
 * </ul>
 * The word terms are hinges rather than a straight weight: the hard set is written to share almost no words, so a
 * straight fit on it gives words no weight at all, and a short quotation then matches a title line that happens to
 * mean much the same ("Russia is European and multi-ethnic" against "Putin's Position and Reference to History").
 * Above the hinge, shared words decide; below it, meaning does. The weights were chosen on the 38-pair set, the
 * tuning half of the hard set and five showcase queries of the demo project (most first places on the tuning half,
 * then its MRR, with every showcase query and every 38-pair query first; among ties, the middle of the plateau).
 *
 * <p>A logistic model then turns the strength and its lead over the best other candidate (capped at
 * {@value #LEAD_CAP}) into the probability, fitted on the same data plus, for each passage, the same candidates with
 * the true counterpart removed, so that a passage with no counterpart in the target reads as no confident match. The
 * held-out half never saw any of this. Without the model, a logistic model over words and span alone is used.
 * {@link org.marginalia.model.MatchStrength} reads its words off the result.
 */
final class Calibration {

    static final double WORDS_FLOOR = 0.2;
    static final double WORDS_WEIGHT = 20;
    static final double SPAN_FLOOR = 0.2;
    static final double SPAN_WEIGHT = 30;
    static final double HEADING_PENALTY = 3;
    static final double LEAD_CAP = 10;
    /** Intercept, strength, lead. */
    private static final double[] WITH_MEANING = {-50.40, 0.5669, 0.6549};
    /** Intercept, words, span. */
    private static final double[] WORDS_ONLY = {-4.17, 4.87, 8.64};

    /**
     * Content words a words-only match must share before its score is believed in full: one shared rare word makes a
     * short sentence look perfect ("I have the document." against "The document reveals…").
     */
    static final int WORDS_FOR_FULL_TRUST = 3;

    private Calibration() {
    }

    /** The ranking strength of a candidate with the sentence model; see the class comment. */
    static double strength(double meaning, double words, double span, boolean heading) {
        return 100 * meaning + WORDS_WEIGHT * Math.max(0, words - WORDS_FLOOR)
                + SPAN_WEIGHT * Math.max(0, span - SPAN_FLOOR) - (heading ? HEADING_PENALTY : 0);
    }

    /** The calibrated score of a candidate of {@code strength} that leads the best other candidate by {@code lead}. */
    static double withMeaning(double strength, double lead) {
        double z = WITH_MEANING[0] + WITH_MEANING[1] * strength + WITH_MEANING[2] * Math.min(LEAD_CAP, lead);
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * The calibrated score without the sentence model, scaled down when fewer than {@link #WORDS_FOR_FULL_TRUST}
     * content words are shared.
     */
    static double wordsOnly(double words, double span, int sharedWords) {
        double z = WORDS_ONLY[0] + WORDS_ONLY[1] * words + WORDS_ONLY[2] * span;
        return 1 / (1 + Math.exp(-z)) * Math.min(1.0, (double) sharedWords / WORDS_FOR_FULL_TRUST);
    }
}
