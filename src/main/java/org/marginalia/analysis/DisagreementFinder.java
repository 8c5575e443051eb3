package org.marginalia.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marginalia.model.TextSpan;

/** Lists where two coders differ, source by source and tag by tag. */
public final class DisagreementFinder {

    private DisagreementFinder() {
    }

    /**
     * Each first-coder span is matched with the second coder's span of the same tag that overlaps it most; equal
     * spans agree, others "differ" by the characters coded on one side only. Spans with no overlapping counterpart
     * are on one side only.
     */
    public static List<Disagreement> find(List<CodedSpan> first, List<CodedSpan> second) {
        Map<String, List<CodedSpan>> a = group(first);
        Map<String, List<CodedSpan>> b = group(second);
        Set<String> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<Disagreement> found = new ArrayList<>();
        for (String key : keys) {
            List<CodedSpan> mine = a.getOrDefault(key, List.of());
            List<CodedSpan> theirs = b.getOrDefault(key, List.of());
            Set<CodedSpan> matched = new HashSet<>();
            for (CodedSpan x : mine) {
                CodedSpan best = null;
                int bestOverlap = 0;
                for (CodedSpan y : theirs) {
                    int overlap = overlap(x.span(), y.span());
                    if (overlap > bestOverlap || (overlap > 0 && y.span().equals(x.span()))) {
                        best = y;
                        bestOverlap = overlap;
                    }
                }
                if (best == null) {
                    found.add(new Disagreement(x.sourceId(), x.tag(), Disagreement.Kind.FIRST_ONLY, x.span(), null,
                            x.span().length()));
                    continue;
                }
                matched.add(best);
                int difference = x.span().length() + best.span().length() - 2 * bestOverlap;
                if (difference > 0) {
                    found.add(new Disagreement(x.sourceId(), x.tag(), Disagreement.Kind.SPANS_DIFFER, x.span(),
                            best.span(), difference));
                }
            }
            for (CodedSpan y : theirs) {
                if (!matched.contains(y) && mine.stream().noneMatch(x -> overlap(x.span(), y.span()) > 0)) {
                    found.add(new Disagreement(y.sourceId(), y.tag(), Disagreement.Kind.SECOND_ONLY, null, y.span(),
                            y.span().length()));
                }
            }
        }
        found.sort(Comparator.comparingLong(Disagreement::sourceId)
                .thenComparingInt(d -> (d.first() != null ? d.first() : d.second()).start())
                .thenComparing(Disagreement::tag, String.CASE_INSENSITIVE_ORDER));
        return found;
    }

    private static int overlap(TextSpan x, TextSpan y) {
        return Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
    }

    private static Map<String, List<CodedSpan>> group(List<CodedSpan> spans) {
        Map<String, List<CodedSpan>> grouped = new LinkedHashMap<>();
        for (CodedSpan s : spans) {
            grouped.computeIfAbsent(s.sourceId() + "\u0000" + TagKeys.of(s.tag()), k -> new ArrayList<>()).add(s);
        }
        return grouped;
    }
}
