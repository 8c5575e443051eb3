package org.marginalia.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Okapi BM25 over a fixed list of documents (here: sentences, or windows of adjacent sentences), each a bag of stems.
 * The standard parameters (k1 = 1.2, b = 0.75): BM25 is the baseline every retrieval paper compares against, and
 * tuning it on our small sets would only flatter it.
 */
final class Bm25 {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final Map<String, int[][]> postings = new HashMap<>();
    private final int[] lengths;
    private final double averageLength;

    /** Indexes {@code documents}, each a list of stems (repeats count). */
    Bm25(List<List<String>> documents) {
        lengths = new int[documents.size()];
        Map<String, List<int[]>> building = new HashMap<>();
        long total = 0;
        for (int d = 0; d < documents.size(); d++) {
            Map<String, Integer> counts = new HashMap<>();
            for (String stem : documents.get(d)) {
                counts.merge(stem, 1, Integer::sum);
            }
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                building.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {d, e.getValue()});
            }
            lengths[d] = documents.get(d).size();
            total += lengths[d];
        }
        building.forEach((stem, list) -> postings.put(stem, list.toArray(new int[0][])));
        averageLength = documents.isEmpty() ? 1 : Math.max(1, (double) total / documents.size());
    }

    int size() {
        return lengths.length;
    }

    /** How telling a stem is: high for rare stems, highest for stems the documents lack. */
    double idf(String stem) {
        int[][] list = postings.get(stem);
        int df = list == null ? 0 : list.length;
        return Math.log(1 + (lengths.length - df + 0.5) / (df + 0.5));
    }

    /** The BM25 score of every document for a query made of {@code stems} (each counted once). */
    double[] scores(Set<String> stems) {
        double[] out = new double[lengths.length];
        for (String stem : stems) {
            int[][] list = postings.get(stem);
            if (list == null) {
                continue;
            }
            double idf = idf(stem);
            for (int[] posting : list) {
                int d = posting[0];
                double tf = posting[1];
                out[d] += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[d] / averageLength));
            }
        }
        return out;
    }
}
