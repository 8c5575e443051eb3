package org.marginalia.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.marginalia.model.Candidate;
import org.marginalia.model.TextSpan;

/**
 * Top-1, top-3 and mean reciprocal rank of the finder and of the two {@link SentenceBaseline}s on a paraphrase set: a
 * TSV with columns {@code id target original paraphrase source [split]}, all paraphrases searched in one target made
 * of every target file of the set, so that the texts compete with each other. A hit is a candidate overlapping the
 * original sentence.
 */
public final class RetrievalEvaluation {

    /** Reads a file of the set by name. */
    public interface Files {
        String read(String name) throws IOException;
    }

    /** Figures of one method on one set (or one split of it). */
    public record Figures(String method, String set, int queries, double top1, double top3, double mrr) {
    }

    /** One pair of the set. */
    private record Pair(String id, String target, String original, String paraphrase, String split) {
    }

    private final List<Pair> pairs = new ArrayList<>();
    private final String text;
    private final Map<String, Integer> offsets = new LinkedHashMap<>();
    private final String name;

    /** Loads set {@code tsv} and its targets through {@code files}. */
    public RetrievalEvaluation(String name, String tsv, Files files) {
        this.name = name;
        try {
            StringBuilder target = new StringBuilder();
            for (String line : files.read(tsv).replace("\r\n", "\n").lines().skip(1).toList()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] row = line.split("\t");
                Pair pair = new Pair(row[0], row[1], row[2], row[3], row.length > 5 ? row[5].strip() : "all");
                pairs.add(pair);
                if (!offsets.containsKey(pair.target())) {
                    offsets.put(pair.target(), target.length());
                    target.append(files.read(pair.target()).replace("\r\n", "\n")).append("\n\n");
                }
            }
            text = target.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the paraphrase set " + tsv, e);
        }
    }

    /** The text every paraphrase is searched in. */
    public String target() {
        return text;
    }

    /** The splits of the set ("tune", "heldout", or "all" when it has none), in order of first appearance. */
    public List<String> splits() {
        return pairs.stream().map(Pair::split).distinct().toList();
    }

    /** Figures of the finder over {@code index} on the pairs of {@code split} (null: all pairs). */
    public Figures finder(String method, CounterpartFinder.Index index, String split) {
        return measure(method, split, p -> index.find(p, 3).stream().map(Candidate::span).toList());
    }

    /** Figures of a baseline on the pairs of {@code split} (null: all pairs). */
    public Figures baseline(SentenceBaseline.Kind kind, String split) {
        SentenceBaseline baseline = new SentenceBaseline(kind, text);
        return measure(kind == SentenceBaseline.Kind.BM25 ? "BM25" : "TF-IDF", split, p -> baseline.find(p, 3));
    }

    /** A paraphrase of the set and where its original stands in {@link #target()}. */
    public record Query(String paraphrase, TextSpan original) {
    }

    /** The queries of {@code split} (null: all). */
    public List<Query> queries(String split) {
        return pairs(split).stream().map(p -> new Query(p.paraphrase(), original(p))).toList();
    }

    /** The ids of the pairs whose original is not the finder's first candidate. */
    public List<String> misses(CounterpartFinder.Index index, String split) {
        List<String> out = new ArrayList<>();
        for (Pair pair : pairs(split)) {
            List<Candidate> found = index.find(pair.paraphrase(), 1);
            if (found.isEmpty() || !found.get(0).span().overlaps(original(pair))) {
                out.add(pair.id() + " got: " + (found.isEmpty() ? "nothing" : found.get(0).span().of(text)));
            }
        }
        return out;
    }

    private Figures measure(String method, String split, Function<String, List<TextSpan>> find) {
        List<Pair> chosen = pairs(split);
        int top1 = 0;
        int top3 = 0;
        double reciprocal = 0;
        for (Pair pair : chosen) {
            TextSpan original = original(pair);
            List<TextSpan> found = find.apply(pair.paraphrase());
            for (int rank = 0; rank < Math.min(3, found.size()); rank++) {
                if (found.get(rank).overlaps(original)) {
                    top1 += rank == 0 ? 1 : 0;
                    top3++;
                    reciprocal += 1.0 / (rank + 1);
                    break;
                }
            }
        }
        int n = Math.max(1, chosen.size());
        return new Figures(method, split == null ? name : name + " " + split, chosen.size(), (double) top1 / n,
                (double) top3 / n, reciprocal / n);
    }

    private List<Pair> pairs(String split) {
        return pairs.stream().filter(p -> split == null || p.split().equals(split)).toList();
    }

    private TextSpan original(Pair pair) {
        int at = text.indexOf(pair.original(), offsets.get(pair.target()));
        if (at < 0) {
            throw new IllegalStateException("Pair " + pair.id() + ": its original is not in " + pair.target());
        }
        return new TextSpan(at, at + pair.original().length());
    }
}
