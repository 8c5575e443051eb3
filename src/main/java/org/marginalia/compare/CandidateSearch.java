package org.marginalia.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marginalia.model.Candidate;
import org.marginalia.model.TextSpan;

/**
 * The search behind {@link CounterpartFinder.Index#find}: pick regions by the inverted index, align each, cut the
 * alignment to sentence or clause boundaries and score what remains. See {@link CounterpartFinder} for why.
 */
final class CandidateSearch {

    /** Regions aligned per query; the coarse block score is good enough that the true region is nearly always here. */
    private static final int REGIONS = 20;
    /** Regions sharing less than this share of the best region's word weight are not aligned (beyond the first). */
    private static final double WEAK_REGION = 0.3;
    private static final int MIN_REGIONS = 4;
    /** Share of a sentence a match must cover before the candidate becomes the whole sentence. */
    private static final double SENTENCE_COVERAGE = 0.6;
    static final double MAX_INEXACT_SCORE = 0.99;
    private static final Query.Match[] NO_MATCHES = {};

    private final TargetText target;
    private final LocalAligner aligner = new LocalAligner();

    CandidateSearch(TargetText target) {
        this.target = target;
    }

    /** Scored candidates, best first, not overlapping each other. */
    List<Candidate> search(Query query, int k, boolean snapToSentences) {
        if (query.size() == 0 || target.size() == 0) {
            return List.of();
        }
        Map<String, Integer> queryGrams = grams(query);
        List<Candidate> scored = new ArrayList<>();
        for (int[] region : regions(query)) {
            LocalAligner.Alignment alignment = aligner.align(query, target, region[0], region[1]);
            if (alignment == null) {
                continue;
            }
            int[] range = extendByUnalignedWords(query, alignment);
            scored.add(score(query, queryGrams, alignment, range, snapToSentences));
        }
        scored.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Candidate> out = new ArrayList<>();
        for (Candidate candidate : scored) {
            if (out.size() < k && out.stream().noneMatch(c -> c.span().overlaps(candidate.span()))) {
                out.add(candidate);
            }
        }
        return out;
    }

    static Map<String, Integer> grams(Query query) {
        return TargetText.trigrams(query.tokens.stream().map(Token::norm).toArray(String[]::new), 0, query.size());
    }

    /**
     * The tight span for the query inside target tokens {@code [from, to)} (a sentence or a window of sentences),
     * scored as {@link #search} scores, or null when no word of the query aligns there.
     */
    Candidate cut(Query query, Map<String, Integer> queryGrams, int from, int to, boolean snapToSentences) {
        if (query.size() == 0 || from >= to) {
            return null;
        }
        LocalAligner.Alignment alignment = aligner.align(query, target, from, to);
        if (alignment == null) {
            return null;
        }
        return score(query, queryGrams, alignment, extendByUnalignedWords(query, alignment), snapToSentences);
    }

    /**
     * Token ranges worth aligning. The target is cut into blocks as long as the query; each query stem adds its
     * weight once to every block holding it (or a variant), and the best pairs of neighbouring blocks, padded by
     * half a block, become regions; pairs far weaker than the best are dropped, since alignment is the costly part.
     * Only postings are touched, never the whole target.
     */
    private List<int[]> regions(Query query) {
        int block = Math.max(8, query.size());
        int blocks = target.size() / block + 2;
        double[] score = new double[blocks];
        double[] best = new double[blocks];
        int[] touched = new int[blocks];
        for (int t = 0; t < query.terms.size(); t++) {
            if (query.hasContentWord && query.terms.get(t).stopWord()) {
                continue;
            }
            int count = 0;
            for (Map.Entry<Integer, Double> match : query.matches.get(t).entrySet()) {
                for (int position : target.vocabulary.postings(match.getKey())) {
                    int b = position / block;
                    if (best[b] == 0) {
                        touched[count++] = b;
                    }
                    best[b] = Math.max(best[b], match.getValue());
                }
            }
            for (int i = 0; i < count; i++) {
                score[touched[i]] += query.weight[t] * best[touched[i]];
                best[touched[i]] = 0;
            }
        }
        Integer[] pairs = new Integer[blocks - 1];
        int pairCount = 0;
        for (int b = 0; b + 1 < blocks; b++) {
            if (score[b] + score[b + 1] > 0) {
                pairs[pairCount++] = b;
            }
        }
        Arrays.sort(pairs, 0, pairCount, Comparator.comparingDouble(b -> -(score[b] + score[b + 1])));
        boolean[] used = new boolean[blocks];
        List<int[]> out = new ArrayList<>();
        int limit = query.size() > 200 ? 3 : REGIONS;
        double bestScore = pairCount == 0 ? 0 : score[pairs[0]] + score[pairs[0] + 1];
        for (int p = 0; p < pairCount && out.size() < limit; p++) {
            int b = pairs[p];
            if (used[b] || used[b + 1]) {
                continue;
            }
            if (out.size() >= MIN_REGIONS && score[b] + score[b + 1] < WEAK_REGION * bestScore) {
                break;
            }
            used[b] = true;
            used[b + 1] = true;
            int from = Math.max(0, b * block - block / 2);
            int to = Math.min(target.size(), (b + 2) * block + block / 2);
            out.add(new int[] {from, to});
        }
        return out;
    }

    /**
     * Local alignment stops at the last matching word, so "could be [an Ally]" against "could be [a member of NATO]"
     * would lose the changed words. Widen the target side by as many words as the query has left unaligned, without
     * leaving the clause.
     */
    private int[] extendByUnalignedWords(Query query, LocalAligner.Alignment a) {
        int first = a.targetFirst();
        int last = a.targetLast();
        int clauseStart = target.clauseFirst[target.clauseOf[first]];
        int clauseEnd = target.clauseEnd[target.clauseOf[last]] - 1;
        first = Math.max(clauseStart, first - a.queryFirst());
        last = Math.min(clauseEnd, last + (query.size() - 1 - a.queryLast()));
        return new int[] {first, last};
    }

    private Candidate score(Query query, Map<String, Integer> queryGrams, LocalAligner.Alignment alignment,
                            int[] range, boolean snap) {
        int first = range[0];
        int last = range[1];
        TextSpan span;
        if (snap) {
            int[] snapped = snap(first, last);
            first = snapped[0];
            last = snapped[1];
            span = new TextSpan(snapped[2], snapped[3]);
        } else {
            span = new TextSpan(target.start[first], closeBrackets(target.start[first], target.end[last]));
        }
        double[] bestPerTerm = new double[query.terms.size()];
        double targetWeight = 0;
        double targetMatched = 0;
        Set<String> words = new LinkedHashSet<>();
        for (int j = first; j <= last; j++) {
            int term = target.term[j];
            double w = target.vocabulary.weight(term);
            double bestHere = 0;
            Query.Match[] matches = query.matchesOf(term);
            for (Query.Match match : matches == null ? NO_MATCHES : matches) {
                bestPerTerm[match.term()] = Math.max(bestPerTerm[match.term()], match.similarity());
                bestHere = Math.max(bestHere, match.similarity());
                if (!query.terms.get(match.term()).stopWord()) {
                    words.add(target.text.substring(target.start[j], target.end[j]));
                }
            }
            targetWeight += w;
            targetMatched += w * bestHere;
        }
        double queryMatched = 0;
        for (int t = 0; t < bestPerTerm.length; t++) {
            queryMatched += query.weight[t] * bestPerTerm[t];
        }
        double recall = queryMatched / query.totalWeight;
        double precision = targetWeight == 0 ? 0 : targetMatched / targetWeight;
        double overlap = recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
        double order = Math.min(1, alignment.score() / query.selfScore);
        double characters = TargetText.dice(queryGrams, TargetText.trigrams(target.norm, first, last + 1));
        double score = 0.45 * overlap + 0.30 * order + 0.25 * characters;
        return new Candidate(span, Math.min(MAX_INEXACT_SCORE, score), new ArrayList<>(words));
    }

    /** {first token, last token, start char, end char} after widening to clauses and, if mostly covered, sentences. */
    private int[] snap(int first, int last) {
        int length = last - first + 1;
        int clauseFirst = target.clauseFirst[target.clauseOf[first]];
        int clauseLast = target.clauseEnd[target.clauseOf[last]] - 1;
        if (last - clauseFirst + 1 <= 2 * length + 10) {
            first = clauseFirst;
        }
        if (clauseLast - first + 1 <= 2 * length + 10) {
            last = clauseLast;
        }
        int startSentence = target.sentenceOf[first];
        int endSentence = target.sentenceOf[last];
        int startChar = target.start[first];
        int endChar = closeBrackets(startChar, target.end[last]);
        if (coverage(startSentence, first, last) >= SENTENCE_COVERAGE) {
            first = target.sentenceFirst[startSentence];
            startChar = target.sentences.get(startSentence).start();
        }
        if (coverage(endSentence, first, last) >= SENTENCE_COVERAGE) {
            last = target.sentenceEnd[endSentence] - 1;
            endChar = target.sentences.get(endSentence).end();
        }
        return new int[] {first, last, startChar, endChar};
    }

    private double coverage(int sentence, int first, int last) {
        int from = Math.max(first, target.sentenceFirst[sentence]);
        int to = Math.min(last + 1, target.sentenceEnd[sentence]);
        int size = target.sentenceEnd[sentence] - target.sentenceFirst[sentence];
        return size == 0 ? 0 : (double) Math.max(0, to - from) / size;
    }

    /** Ends a span after the closing brackets it opened, so "(of NATO" becomes "(of NATO)". */
    private int closeBrackets(int start, int end) {
        int open = 0;
        for (int i = start; i < end; i++) {
            char c = target.text.charAt(i);
            open += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
        }
        while (open > 0 && end < target.text.length() && (target.text.charAt(end) == ')'
                || target.text.charAt(end) == ']')) {
            end++;
            open--;
        }
        return end;
    }
}
