package org.marginalia.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marginalia.model.TextSpan;

/**
 * A text cut into exact tokens for {@link TextRevision} and {@link WordDiffer}: words (letters and digits with inner
 * apostrophes and hyphens) and single other marks, white space left out, each with its UTF-16 span.
 */
final class Tokens {

    private final List<String> keys;
    private final int[] starts;
    private final int[] ends;

    private Tokens(List<String> keys, int[] starts, int[] ends) {
        this.keys = keys;
        this.starts = starts;
        this.ends = ends;
    }

    static Tokens of(String text) {
        List<String> keys = new ArrayList<>();
        int[] starts = new int[16];
        int[] ends = new int[16];
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            if (Tokenizer.isWordChar(cp)) {
                while (i < n) {
                    int next = text.codePointAt(i);
                    boolean joiner = (Tokenizer.isApostrophe(next) || Tokenizer.isHyphen(next))
                            && i + 1 < n && Tokenizer.isWordChar(text.codePointAt(i + 1));
                    if (!Tokenizer.isWordChar(next) && !joiner) {
                        break;
                    }
                    i += Character.charCount(next);
                }
            }
            if (keys.size() == starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
            starts[keys.size()] = start;
            ends[keys.size()] = i;
            keys.add(text.substring(start, i));
        }
        return new Tokens(keys, Arrays.copyOf(starts, keys.size()), Arrays.copyOf(ends, keys.size()));
    }

    int size() {
        return keys.size();
    }

    String key(int token) {
        return keys.get(token);
    }

    List<String> keys() {
        return keys;
    }

    int start(int token) {
        return starts[token];
    }

    int end(int token) {
        return ends[token];
    }

    /** The first token that ends after {@code offset} (so holds it or follows it); {@link #size()} when none. */
    int firstEndingAfter(int offset) {
        int at = Arrays.binarySearch(ends, offset);
        if (at >= 0) {
            while (at < ends.length && ends[at] <= offset) {
                at++;
            }
            return at;
        }
        return -at - 1;
    }

    /**
     * Tokens {@code from} (inclusive) to {@code to} (exclusive) with the white space after them, the first also
     * with any before it, so that consecutive runs tile the text of length {@code length}.
     */
    TextSpan cover(int from, int to, int length) {
        int start = from == 0 ? 0 : starts[from];
        int end = to >= keys.size() ? length : starts[to];
        return new TextSpan(start, end);
    }
}
