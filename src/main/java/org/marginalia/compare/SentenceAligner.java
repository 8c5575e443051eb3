package org.marginalia.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marginalia.model.AlignedPair;
import org.marginalia.model.Candidate;
import org.marginalia.model.MatchStrength;
import org.marginalia.model.TextSpan;

/**
 * Pairs the sentences of one text with their counterparts in another, for side-by-side reading.
 *
 * <p>Each sentence of A asks {@link CounterpartFinder} for a few candidates in B; all candidate pairs above the
 * threshold are then taken greedily, best score first, so that each sentence of B serves at most one sentence of A
 * (a paraphrase may reorder, so no monotonic order is imposed). A candidate belongs to the B sentence it starts in.
 * Sentences of A without a counterpart above the threshold, or sharing fewer than two content words with it (unless
 * it scores 0.7 or more), are left out.
 */
public final class SentenceAligner {

    /** Default lowest calibrated score for a pair: "possible" or better; below it, overlap is mostly coincidence. */
    public static final double DEFAULT_THRESHOLD = MatchStrength.POSSIBLE.lowest();
    private static final int CANDIDATES_PER_SENTENCE = 3;
    /** One shared rare word makes a short sentence score well ("I have the document."); two make a pair. */
    private static final int MIN_SHARED_WORDS = 2;
    private static final double SURE_SCORE = 0.7;

    private final Segmenter segmenter = new Segmenter();

    /** Pairs in A order, with {@link #DEFAULT_THRESHOLD}. */
    public List<AlignedPair> align(String a, String b) {
        return align(a, CounterpartFinder.index(b), DEFAULT_THRESHOLD);
    }

    /** Pairs in A order, against an already indexed B, keeping pairs scoring at least {@code threshold}. */
    public List<AlignedPair> align(String a, CounterpartFinder.Index b, double threshold) {
        List<TextSpan> bSentences = b.sentences();
        record Option(TextSpan a, Candidate candidate, int bSentence, double overlap) {
            /** The score as the user reads it (two decimals): calibrated scores of good matches crowd near 1. */
            double shownScore() {
                return Math.round(candidate.score() * 100) / 100.0;
            }
        }
        List<Option> options = new ArrayList<>();
        for (TextSpan sentence : segmenter.sentences(a)) {
            for (Candidate candidate : b.find(sentence.of(a), CANDIDATES_PER_SENTENCE)) {
                if (candidate.score() >= threshold
                        && (candidate.matchingWords().size() >= MIN_SHARED_WORDS || candidate.score() >= SURE_SCORE)) {
                    options.add(new Option(sentence, candidate, sentenceAt(bSentences, candidate.span().start()),
                            overlap(sentence.of(a), candidate.span().of(b.text()), candidate)));
                }
            }
        }
        // Pairs that score the same to the eye are taken tightest first: a short quotation keeps its own counterpart
        // instead of losing it to a long sentence that merely mentions the same words.
        options.sort(Comparator.comparingDouble(Option::shownScore).thenComparingDouble(Option::overlap)
                .thenComparingDouble(o -> o.candidate().score()).reversed());
        Set<TextSpan> usedA = new HashSet<>();
        Set<Integer> usedB = new HashSet<>();
        List<AlignedPair> out = new ArrayList<>();
        for (Option option : options) {
            if (!usedA.contains(option.a()) && !usedB.contains(option.bSentence())) {
                usedA.add(option.a());
                usedB.add(option.bSentence());
                out.add(new AlignedPair(option.a(), option.candidate().span(), option.candidate().score()));
            }
        }
        out.sort(Comparator.comparing(AlignedPair::a));
        return out;
    }

    /** Dice overlap: twice the shared content words over all the words of both sentences. */
    private static double overlap(String sentenceA, String sentenceB, Candidate candidate) {
        int words = words(sentenceA) + words(sentenceB);
        return words == 0 ? 0 : 2.0 * candidate.matchingWords().size() / words;
    }

    private static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    private static int sentenceAt(List<TextSpan> sentences, int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
