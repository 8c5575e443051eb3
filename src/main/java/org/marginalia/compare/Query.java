package org.marginalia.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A passage prepared for searching one target: its distinct stems, their weights, and for each stem the target stems
 * it matches (itself and its trigram variants) with a similarity.
 */
final class Query {

    final List<Token> tokens;
    final int[] termOf;
    final List<Token> terms = new ArrayList<>();
    final double[] weight;
    final List<Map<Integer, Double>> matches = new ArrayList<>();
    final double totalWeight;
    final double selfScore;
    final boolean hasContentWord;
    private final Map<Integer, Match[]> byTarget = new HashMap<>();

    Query(List<Token> tokens, Vocabulary vocabulary) {
        this.tokens = tokens;
        termOf = new int[tokens.size()];
        Map<String, Integer> seen = new HashMap<>();
        int[] scratch = new int[vocabulary.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Integer index = seen.get(token.stem());
            if (index == null) {
                index = terms.size();
                seen.put(token.stem(), index);
                terms.add(token);
                matches.add(vocabulary.variants(token.stem(), token.stopWord(), scratch));
            }
            termOf[i] = index;
        }
        weight = new double[terms.size()];
        double total = 0;
        boolean content = false;
        for (int t = 0; t < terms.size(); t++) {
            weight[t] = vocabulary.weight(terms.get(t).stem(), terms.get(t).stopWord());
            total += weight[t];
            content |= !terms.get(t).stopWord();
        }
        totalWeight = total;
        hasContentWord = content;
        double self = 0;
        for (int i = 0; i < tokens.size(); i++) {
            self += LocalAligner.matchScore(1.0, weight[termOf[i]]);
        }
        selfScore = self;
        Map<Integer, List<Match>> inverse = new HashMap<>();
        for (int t = 0; t < terms.size(); t++) {
            for (Map.Entry<Integer, Double> e : matches.get(t).entrySet()) {
                inverse.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new Match(t, e.getValue()));
            }
        }
        inverse.forEach((targetTerm, list) -> byTarget.put(targetTerm, list.toArray(new Match[0])));
    }

    /**
     * The query terms a target stem matches, with their similarities, or null if none: the inverse of
     * {@link #matches}, so loops over target tokens need one look-up per token rather than one per query term.
     */
    Match[] matchesOf(int targetTerm) {
        return byTarget.get(targetTerm);
    }

    /** A query term (index into {@link #terms}) and how similar a target stem is to it. */
    record Match(int term, double similarity) {
    }

    int size() {
        return tokens.size();
    }
}
