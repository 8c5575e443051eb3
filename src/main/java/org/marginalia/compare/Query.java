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

    Query(List<Token> tokens, Vocabulary vocabulary) {
        this.tokens = tokens;
        termOf = new int[tokens.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Integer index = seen.get(token.stem());
            if (index == null) {
                index = terms.size();
                seen.put(token.stem(), index);
                terms.add(token);
                matches.add(vocabulary.variants(token.stem(), token.stopWord()));
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
    }

    /** How well query token {@code i} matches a target stem: 1 for the same stem, less for a variant, else 0. */
    double similarity(int i, int targetTerm) {
        return matches.get(termOf[i]).getOrDefault(targetTerm, 0.0);
    }

    int size() {
        return tokens.size();
    }
}
