package org.marginalia.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marginalia.model.TextSpan;

/**
 * The plain references the finder is measured against: whole sentences ranked by BM25, or by the cosine of their
 * TF-IDF vectors, over the same stems and stop words. If the finder does not beat these, its machinery is not
 * earning its keep.
 */
public final class SentenceBaseline {

    /** How a baseline ranks sentences. */
    public enum Kind { BM25, TF_IDF }

    private final Kind kind;
    private final List<TextSpan> sentences;
    private final List<List<String>> stems = new ArrayList<>();
    private final Tokenizer tokenizer;
    private final Bm25 bm25;
    private final List<Map<String, Double>> vectors = new ArrayList<>();

    /** Indexes the sentences of an English {@code text}. */
    public SentenceBaseline(Kind kind, String text) {
        this.kind = kind;
        this.tokenizer = new Tokenizer();
        this.sentences = new Segmenter().sentences(text);
        for (TextSpan sentence : sentences) {
            stems.add(contentStems(sentence.of(text)));
        }
        bm25 = new Bm25(stems);
        for (List<String> sentence : stems) {
            vectors.add(tfIdf(sentence));
        }
    }

    /** The {@code k} best sentences for {@code passage}, best first. */
    public List<TextSpan> find(String passage, int k) {
        Set<String> query = new LinkedHashSet<>(contentStems(passage));
        double[] scores;
        if (kind == Kind.BM25) {
            scores = bm25.scores(query);
        } else {
            Map<String, Double> q = tfIdf(contentStems(passage));
            scores = new double[sentences.size()];
            for (int s = 0; s < scores.length; s++) {
                scores[s] = cosine(q, vectors.get(s));
            }
        }
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        double[] finalScores = scores;
        Arrays.sort(order, Comparator.comparingDouble(i -> -finalScores[i]));
        List<TextSpan> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, order.length) && scores[order[i]] > 0; i++) {
            out.add(sentences.get(order[i]));
        }
        return out;
    }

    private List<String> contentStems(String text) {
        List<String> out = new ArrayList<>();
        for (Token token : tokenizer.tokenize(text)) {
            if (!token.stopWord()) {
                out.add(token.stem());
            }
        }
        return out;
    }

    private Map<String, Double> tfIdf(List<String> words) {
        Map<String, Double> out = new HashMap<>();
        for (String word : words) {
            out.merge(word, bm25.idf(word), Double::sum);
        }
        return out;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        }
        return dot == 0 ? 0 : dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double x : v.values()) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }
}
