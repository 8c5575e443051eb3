package org.marginalia.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Approximate substring search by edit distance (Levenshtein over UTF-16 units): Myers' bit-parallel algorithm
 * (1999, in Hyyrö's multi-word form as in edlib) finds where in a text a pattern ends with at most {@code k} edits in
 * time proportional to text length times pattern length / 64, then a small backward table finds where it starts.
 */
final class ApproximateMatcher {

    /** A place in the text where the pattern ends ({@code end} exclusive) after {@code distance} edits. */
    record End(int end, int distance) {
    }

    private ApproximateMatcher() {
    }

    /**
     * The ends of the best approximate occurrences of {@code pattern} in {@code text} with at most {@code k} edits:
     * one end per run of neighbouring ends (the lowest distance of the run), so each occurrence counts once.
     */
    static List<End> ends(String text, String pattern, int k) {
        int m = pattern.length();
        int blocks = (m + 63) >>> 6;
        Map<Character, long[]> peq = new HashMap<>();
        for (int i = 0; i < m; i++) {
            peq.computeIfAbsent(pattern.charAt(i), c -> new long[blocks])[i >>> 6] |= 1L << (i & 63);
        }
        long[] none = new long[blocks];
        long[] pv = new long[blocks];
        long[] mv = new long[blocks];
        Arrays.fill(pv, -1L);
        int lastBit = (m - 1) & 63;
        int score = m;
        List<End> ends = new ArrayList<>();
        End run = null;
        for (int j = 0; j < text.length(); j++) {
            long[] eq = peq.getOrDefault(text.charAt(j), none);
            int hin = 0;
            for (int b = 0; b < blocks; b++) {
                long p = pv[b];
                long mm = mv[b];
                long e = eq[b];
                long xv = e | mm;
                if (hin < 0) {
                    e |= 1L;
                }
                long xh = (((e & p) + p) ^ p) | e;
                long ph = mm | ~(xh | p);
                long mh = p & xh;
                int bit = b == blocks - 1 ? lastBit : 63;
                int hout = (int) ((ph >>> bit) & 1L) - (int) ((mh >>> bit) & 1L);
                ph <<= 1;
                mh <<= 1;
                if (hin < 0) {
                    mh |= 1L;
                } else if (hin > 0) {
                    ph |= 1L;
                }
                pv[b] = mh | ~(xv | ph);
                mv[b] = ph & xv;
                hin = hout;
            }
            score += hin;
            if (score <= k) {
                if (run == null || score < run.distance()) {
                    run = new End(j + 1, score);
                }
            } else if (run != null) {
                ends.add(run);
                run = null;
            }
        }
        if (run != null) {
            ends.add(run);
        }
        return ends;
    }

    /**
     * Where the occurrence of {@code pattern} ending at {@code end} starts: the start with the fewest edits, and among
     * those the one whose length is closest to the pattern's. Returns {start, distance}.
     */
    static int[] start(String text, String pattern, int end, int k) {
        int m = pattern.length();
        int width = Math.min(end, m + k);
        // Rows: pattern read backwards; columns: text read backwards from end. Alignment must touch end.
        int[] previous = new int[width + 1];
        int[] current = new int[width + 1];
        for (int t = 0; t <= width; t++) {
            previous[t] = t;
        }
        for (int i = 1; i <= m; i++) {
            char pc = pattern.charAt(m - i);
            current[0] = i;
            for (int t = 1; t <= width; t++) {
                int substitution = previous[t - 1] + (text.charAt(end - t) == pc ? 0 : 1);
                current[t] = Math.min(substitution, Math.min(previous[t], current[t - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int bestT = 0;
        for (int t = 1; t <= width; t++) {
            if (previous[t] < previous[bestT]
                    || previous[t] == previous[bestT] && Math.abs(t - m) < Math.abs(bestT - m)) {
                bestT = t;
            }
        }
        return new int[] {end - bestT, previous[bestT]};
    }

    /** Plain Levenshtein distance, for short strings such as the context on each side of a quote. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
