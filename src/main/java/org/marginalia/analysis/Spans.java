package org.marginalia.analysis;

import java.util.ArrayList;
import java.util.List;
import org.marginalia.model.TextSpan;

/** Sorted, merged stretches of text, and the lengths of their unions and intersections. */
final class Spans {

    private Spans() {
    }

    /** The spans merged into disjoint, sorted stretches. */
    static List<TextSpan> merge(List<TextSpan> spans) {
        List<TextSpan> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<TextSpan> merged = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (TextSpan s : sorted) {
            if (s.start() > end) {
                if (end > start) {
                    merged.add(new TextSpan(start, end));
                }
                start = s.start();
                end = s.end();
            } else {
                end = Math.max(end, s.end());
            }
        }
        if (end > start) {
            merged.add(new TextSpan(start, end));
        }
        return merged;
    }

    static long length(List<TextSpan> merged) {
        long sum = 0;
        for (TextSpan s : merged) {
            sum += s.length();
        }
        return sum;
    }

    /** The length of the intersection of two merged lists, by walking both at once. */
    static long overlap(List<TextSpan> a, List<TextSpan> b) {
        long sum = 0;
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            TextSpan x = a.get(i);
            TextSpan y = b.get(j);
            sum += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
            if (x.end() < y.end()) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }
}
