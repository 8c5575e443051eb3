package org.marginalia.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marginalia.model.Candidate;
import org.marginalia.model.TextSpan;

/**
 * Retrieve, then cut: whole sentences and windows of two adjacent sentences of one paragraph (three lost 8 points of
 * top-1 on the tuning half) are ranked by BM25 and, when the sentence model is available, by the cosine of their
 * embeddings; the best few of each are scored on the whole unit (so a sentence is never judged by one clause) and the
 * tight span is cut inside the unit by {@link CandidateSearch#cut}. A unit never spans a paragraph break, so neither
 * does a span.
 */
final class HybridSearch {

    /** Units taken from each ranking into the pool that is scored in full. */
    private static final int POOL = 10;
    /** Longest run of words that may still read as a heading when it ends without a full stop. */
    private static final int HEADING_WORDS = 12;
    private static final String TERMINAL = ".!?:;…";
    private static final String CLOSING = "\"'”’»)]";
    static final int MAX_WINDOW = 2;
    /**
     * Sentences per unit when meaning ranks too: single sentences (on the tuning half, windows of two blurred the
     * mean vector, and the cut inside a window often took the wrong sentence).
     */
    private static final int MAX_WINDOW_WITH_MEANING = 1;

    private final TargetText target;
    private final CandidateSearch cutter;
    private final List<int[]> units = new ArrayList<>();
    private final List<Set<String>> unitStems = new ArrayList<>();
    private final Bm25 bm25;
    private final float[][] unitVectors;

    HybridSearch(TargetText target, CandidateSearch cutter, float[][] sentenceVectors) {
        this.target = target;
        this.cutter = cutter;
        List<List<String>> documents = new ArrayList<>();
        int sentences = target.sentences.size();
        boolean withMeaning = sentenceVectors != null && sentenceVectors.length == sentences && sentences > 0;
        int window = withMeaning ? MAX_WINDOW_WITH_MEANING : MAX_WINDOW;
        for (int s = 0; s < sentences; s++) {
            for (int last = s; last < Math.min(sentences, s + window); last++) {
                if (last > s && paragraphBreakBefore(last)) {
                    break;
                }
                units.add(new int[] {s, last});
                List<String> stems = contentStems(target.sentenceFirst[s], target.sentenceEnd[last]);
                documents.add(stems);
                unitStems.add(new HashSet<>(stems));
            }
        }
        bm25 = new Bm25(documents);
        if (withMeaning) {
            unitVectors = new float[units.size()][];
            for (int u = 0; u < units.size(); u++) {
                unitVectors[u] = Vectors.mean(sentenceVectors, units.get(u)[0], units.get(u)[1]);
            }
        } else {
            unitVectors = null;
        }
    }

    boolean hasMeaning() {
        return unitVectors != null;
    }

    /** Up to {@code k} candidates, best first, not overlapping; {@code queryVector} null searches by words alone. */
    List<Candidate> search(Query query, float[] queryVector, int k, boolean snap) {
        List<Evidence> pool = new ArrayList<>(evidence(query, queryVector, snap));
        pool.sort(Comparator.comparingDouble(Evidence::score).reversed());
        List<Candidate> out = new ArrayList<>();
        for (Evidence e : pool) {
            if (out.size() < k && out.stream().noneMatch(c -> c.span().overlaps(e.span()))) {
                out.add(new Candidate(e.span(), Math.min(CandidateSearch.MAX_INEXACT_SCORE, e.score()), e.words()));
            }
        }
        return out;
    }

    /**
     * What speaks for one pooled unit: its features (see {@link Calibration}), the span cut inside it, the shared
     * words and the calibrated score.
     */
    record Evidence(TextSpan span, double meaning, double wordScore, double spanScore, List<String> words,
                    boolean heading, double score) {
    }

    /** The evidence for every unit in the pool: the best units by BM25 and by meaning. */
    List<Evidence> evidence(Query query, float[] queryVector, boolean snap) {
        if (units.isEmpty() || query.size() == 0) {
            return List.of();
        }
        Set<String> stems = queryStems(query);
        double[] lexical = bm25.scores(stems);
        double[] meaning = null;
        if (unitVectors != null && queryVector != null) {
            meaning = new double[units.size()];
            for (int u = 0; u < units.size(); u++) {
                meaning[u] = Vectors.dot(queryVector, unitVectors[u]);
            }
        }
        Set<Integer> pool = new LinkedHashSet<>(top(lexical, POOL));
        if (meaning != null) {
            pool.addAll(top(meaning, POOL));
        }
        Map<String, Integer> grams = CandidateSearch.grams(query);
        List<Evidence> scored = new ArrayList<>();
        double[] strength = new double[pool.size()];
        int i = 0;
        for (int u : pool) {
            int from = target.sentenceFirst[units.get(u)[0]];
            int to = target.sentenceEnd[units.get(u)[1]];
            Candidate cut = cutter.cut(query, grams, from, to, snap);
            double words = wordsScore(stems, unitStems.get(u));
            double semantic = meaning == null ? Double.NaN : Math.max(0, meaning[u]);
            double spanScore = cut == null ? 0 : cut.score();
            boolean heading = heading(u);
            List<String> shared = cut == null ? List.of() : cut.matchingWords();
            strength[i++] = meaning == null ? 0 : Calibration.strength(semantic, words, spanScore, heading);
            scored.add(new Evidence(cut == null ? unitSpan(u) : cut.span(), semantic, words, spanScore, shared,
                    heading, meaning == null ? Calibration.wordsOnly(words, spanScore, shared.size()) : 0));
        }
        if (meaning == null) {
            return scored;
        }
        List<Evidence> out = new ArrayList<>();
        for (i = 0; i < scored.size(); i++) {
            double bestOther = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < strength.length; j++) {
                bestOther = j == i ? bestOther : Math.max(bestOther, strength[j]);
            }
            double lead = bestOther == Double.NEGATIVE_INFINITY ? Calibration.LEAD_CAP : strength[i] - bestOther;
            Evidence e = scored.get(i);
            out.add(new Evidence(e.span(), e.meaning(), e.wordScore(), e.spanScore(), e.words(), e.heading(),
                    Calibration.withMeaning(strength[i], lead)));
        }
        return out;
    }

    /** F1 of IDF-weighted recall (of the passage's stems) and precision (of the unit's). */
    private double wordsScore(Set<String> query, Set<String> unit) {
        double queryWeight = 0;
        double shared = 0;
        for (String stem : query) {
            double idf = bm25.idf(stem);
            queryWeight += idf;
            if (unit.contains(stem)) {
                shared += idf;
            }
        }
        double unitWeight = 0;
        for (String stem : unit) {
            unitWeight += bm25.idf(stem);
        }
        if (shared == 0) {
            return 0;
        }
        double recall = shared / queryWeight;
        double precision = shared / unitWeight;
        return 2 * recall * precision / (recall + precision);
    }

    private Set<String> queryStems(Query query) {
        Set<String> stems = new LinkedHashSet<>();
        for (Token term : query.terms) {
            if (!term.stopWord() || !query.hasContentWord) {
                stems.add(term.stem());
            }
        }
        return stems;
    }

    private List<String> contentStems(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int j = from; j < to; j++) {
            if (!target.stop[j]) {
                out.add(target.vocabulary.stem(target.term[j]));
            }
        }
        return out;
    }

    /**
     * Whether a unit reads as a heading or caption rather than a sentence: a few words that end without a full stop,
     * question or exclamation mark (or a colon), such as "Putin's Position and Reference to History".
     */
    private boolean heading(int u) {
        int last = units.get(u)[1];
        int tokens = target.sentenceEnd[last] - target.sentenceFirst[units.get(u)[0]];
        if (tokens > HEADING_WORDS) {
            return false;
        }
        String text = target.sentences.get(last).of(target.text).strip();
        int end = text.length();
        while (end > 0 && CLOSING.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end == 0 || TERMINAL.indexOf(text.charAt(end - 1)) < 0;
    }

    private boolean paragraphBreakBefore(int sentence) {
        int newlines = 0;
        for (int i = target.sentences.get(sentence - 1).end(); i < target.sentences.get(sentence).start(); i++) {
            newlines += target.text.charAt(i) == '\n' ? 1 : 0;
        }
        return newlines >= 2;
    }

    private TextSpan unitSpan(int u) {
        return new TextSpan(target.sentences.get(units.get(u)[0]).start(), target.sentences.get(units.get(u)[1]).end());
    }

    /** The {@code n} best positive scores' indexes, best first: a bounded insertion, no sort of all units. */
    private static List<Integer> top(double[] scores, int n) {
        int[] best = new int[n];
        int count = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] <= 0 || (count == n && scores[i] <= scores[best[n - 1]])) {
                continue;
            }
            int at = count < n ? count++ : n - 1;
            while (at > 0 && scores[best[at - 1]] < scores[i]) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = i;
        }
        List<Integer> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(best[i]);
        }
        return out;
    }
}
