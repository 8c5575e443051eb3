package org.marginalia.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marginalia.model.TextSpan;

/**
 * A text cut up once for repeated searching: its tokens as parallel arrays, its sentences and clauses as token
 * ranges, and the {@link Vocabulary} of its stems. Arrays rather than objects because a 100,000-word target is
 * scanned on every keystroke of a search.
 */
final class TargetText {

    final String text;
    final int[] start;
    final int[] end;
    final int[] term;
    final String[] norm;
    /** Whether each token is a function word of the source's language. */
    final boolean[] stop;
    final int[] sentenceOf;
    final int[] clauseOf;
    final List<TextSpan> sentences;
    final int[] sentenceFirst;
    final int[] sentenceEnd;
    final int[] clauseFirst;
    final int[] clauseEnd;
    final Vocabulary vocabulary;

    TargetText(String text, Tokenizer tokenizer, Segmenter segmenter) {
        this.text = text;
        List<Token> tokens = tokenizer.tokenize(text);
        int n = tokens.size();
        start = new int[n];
        end = new int[n];
        norm = new String[n];
        stop = new boolean[n];
        sentenceOf = new int[n];
        clauseOf = new int[n];
        sentences = segmenter.sentences(text);
        List<TextSpan> clauses = new ArrayList<>();
        for (TextSpan sentence : sentences) {
            clauses.addAll(segmenter.clauses(text, sentence));
        }
        int s = 0;
        int c = 0;
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            start[i] = token.span().start();
            end[i] = token.span().end();
            norm[i] = token.norm();
            stop[i] = token.stopWord();
            while (s + 1 < sentences.size() && sentences.get(s).end() <= start[i]) {
                s++;
            }
            while (c + 1 < clauses.size() && clauses.get(c).end() <= start[i]) {
                c++;
            }
            sentenceOf[i] = s;
            clauseOf[i] = c;
        }
        sentenceFirst = new int[Math.max(1, sentences.size())];
        sentenceEnd = new int[sentenceFirst.length];
        clauseFirst = new int[Math.max(1, clauses.size())];
        clauseEnd = new int[clauseFirst.length];
        ranges(sentenceOf, sentenceFirst, sentenceEnd);
        ranges(clauseOf, clauseFirst, clauseEnd);
        vocabulary = new Vocabulary(tokens, sentenceOf, Math.max(1, sentences.size()));
        term = vocabulary.termIds(tokens);
    }

    int size() {
        return start.length;
    }

    private static void ranges(int[] groupOf, int[] first, int[] end) {
        Arrays.fill(first, -1);
        for (int i = 0; i < groupOf.length; i++) {
            if (first[groupOf[i]] < 0) {
                first[groupOf[i]] = i;
            }
            end[groupOf[i]] = i + 1;
        }
        for (int g = 0; g < first.length; g++) {
            if (first[g] < 0) {
                first[g] = g == 0 ? 0 : end[g - 1];
                end[g] = first[g];
            }
        }
    }

    /**
     * Token positions where the query's folded words occur contiguously (punctuation and case ignored).
     * Starts from the rarest query word so the check stays cheap on a long target.
     */
    List<Integer> phraseStarts(List<Token> query) {
        List<Integer> out = new ArrayList<>();
        if (query.isEmpty()) {
            return out;
        }
        int pivot = -1;
        int[] pivotPostings = null;
        for (int q = 0; q < query.size(); q++) {
            int id = vocabulary.id(query.get(q).stem());
            if (id < 0) {
                return out;
            }
            int[] postings = vocabulary.postings(id);
            if (pivotPostings == null || postings.length < pivotPostings.length) {
                pivot = q;
                pivotPostings = postings;
            }
        }
        for (int position : pivotPostings) {
            int first = position - pivot;
            if (first >= 0 && first + query.size() <= size() && sameWords(query, first)) {
                out.add(first);
            }
        }
        return out;
    }

    private boolean sameWords(List<Token> query, int first) {
        for (int q = 0; q < query.size(); q++) {
            if (!norm[first + q].equals(query.get(q).norm())) {
                return false;
            }
        }
        return true;
    }

    /** Trigram multiset of folded words, the character-level similarity's raw material. */
    static Map<String, Integer> trigrams(String[] words, int from, int to) {
        Map<String, Integer> grams = new HashMap<>();
        StringBuilder joined = new StringBuilder(" ");
        for (int i = from; i < to; i++) {
            joined.append(words[i]).append(' ');
        }
        for (int i = 0; i + 3 <= joined.length(); i++) {
            grams.merge(joined.substring(i, i + 3), 1, Integer::sum);
        }
        return grams;
    }

    static double dice(Map<String, Integer> a, Map<String, Integer> b) {
        int total = 0;
        int shared = 0;
        for (int count : a.values()) {
            total += count;
        }
        for (Map.Entry<String, Integer> e : b.entrySet()) {
            total += e.getValue();
            shared += Math.min(e.getValue(), a.getOrDefault(e.getKey(), 0));
        }
        return total == 0 ? 0 : 2.0 * shared / total;
    }
}
