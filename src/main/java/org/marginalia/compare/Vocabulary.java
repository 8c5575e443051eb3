package org.marginalia.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stems of a target text: an inverted index (stem → token positions), a weight per stem, and a character-trigram
 * index over stems for finding morphological variants the stemmer cannot join.
 *
 * <p>Weights are an inverse sentence frequency scaled to (0, 1]: a stem in one sentence weighs 1, one in every
 * sentence little; stop words weigh {@value #STOP_WEIGHT} whatever their frequency. A stem the target lacks weighs 1,
 * so a query's rare words still count against a candidate that misses them.
 */
final class Vocabulary {

    static final double STOP_WEIGHT = 0.1;
    /** Below this trigram Dice coefficient two stems are not variants (multiethnic ~ multinat is 0.38). */
    static final double VARIANT_THRESHOLD = 0.34;
    private static final int[] NONE = {};

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> stems = new ArrayList<>();
    private final int[][] postings;
    private final double[] weights;
    private final Map<String, int[]> trigramIndex = new HashMap<>();
    private final int sentenceCount;

    Vocabulary(List<Token> tokens, int[] sentenceOf, int sentenceCount) {
        List<Boolean> stop = new ArrayList<>();
        int[] counts = new int[tokens.size()];
        for (Token token : tokens) {
            Integer id = ids.get(token.stem());
            if (id == null) {
                id = stems.size();
                ids.put(token.stem(), id);
                stems.add(token.stem());
                stop.add(token.stopWord());
            }
            counts[id]++;
        }
        postings = new int[stems.size()][];
        weights = new double[stems.size()];
        int[] lastSentence = new int[stems.size()];
        int[] sentenceFrequency = new int[stems.size()];
        Arrays.fill(lastSentence, -1);
        for (int id = 0; id < stems.size(); id++) {
            postings[id] = new int[counts[id]];
            counts[id] = 0;
        }
        for (int i = 0; i < tokens.size(); i++) {
            int id = ids.get(tokens.get(i).stem());
            postings[id][counts[id]++] = i;
            if (lastSentence[id] != sentenceOf[i]) {
                lastSentence[id] = sentenceOf[i];
                sentenceFrequency[id]++;
            }
        }
        this.sentenceCount = sentenceCount;
        for (int id = 0; id < stems.size(); id++) {
            weights[id] = stop.get(id) ? STOP_WEIGHT : idfWeight(sentenceFrequency[id]);
        }
        buildTrigramIndex(stop);
    }

    private double idfWeight(int sentenceFrequency) {
        double idf = Math.log(1 + (double) sentenceCount / Math.max(1, sentenceFrequency));
        return Math.max(0.2, Math.min(1.0, idf / Math.log(1 + sentenceCount)));
    }

    private void buildTrigramIndex(List<Boolean> stop) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int id = 0; id < stems.size(); id++) {
            if (!stop.get(id) && stems.get(id).length() >= 4) {
                for (String gram : gramsOf(stems.get(id))) {
                    lists.computeIfAbsent(gram, g -> new ArrayList<>()).add(id);
                }
            }
        }
        lists.forEach((gram, list) -> trigramIndex.put(gram, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    static List<String> gramsOf(String stem) {
        String padded = "^" + stem + "$";
        List<String> grams = new ArrayList<>(padded.length());
        for (int i = 0; i + 3 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 3));
        }
        return grams;
    }

    int id(String stem) {
        return ids.getOrDefault(stem, -1);
    }

    int[] postings(int id) {
        return postings[id];
    }

    double weight(String stem, boolean stopWord) {
        int id = id(stem);
        return stopWord ? STOP_WEIGHT : id < 0 ? 1.0 : weights[id];
    }

    double weight(int id) {
        return weights[id];
    }

    String stem(int id) {
        return stems.get(id);
    }

    int size() {
        return stems.size();
    }

    /**
     * The target stems that the query stem matches, with a similarity in (0, 1]: itself with 1, and — for content
     * words of four letters or more — stems sharing enough character trigrams ("allied" ~ "alliance").
     *
     * @param scratch zeros, one per stem of this vocabulary; left as zeros
     */
    Map<Integer, Double> variants(String stem, boolean stopWord, int[] scratch) {
        Map<Integer, Double> out = new HashMap<>();
        int self = id(stem);
        if (self >= 0) {
            out.put(self, 1.0);
        }
        if (stopWord || stem.length() < 4) {
            return out;
        }
        List<String> grams = gramsOf(stem);
        int[] touched = new int[64];
        int count = 0;
        for (String gram : grams) {
            for (int id : trigramIndex.getOrDefault(gram, NONE)) {
                if (scratch[id]++ == 0) {
                    if (count == touched.length) {
                        touched = Arrays.copyOf(touched, count * 2);
                    }
                    touched[count++] = id;
                }
            }
        }
        for (int t = 0; t < count; t++) {
            int id = touched[t];
            double dice = 2.0 * scratch[id] / (grams.size() + stems.get(id).length());
            scratch[id] = 0;
            if (dice >= VARIANT_THRESHOLD && id != self) {
                out.put(id, Math.min(0.9, dice));
            }
        }
        return out;
    }

    int[] termIds(List<Token> tokens) {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.get(tokens.get(i).stem());
        }
        return out;
    }
}
