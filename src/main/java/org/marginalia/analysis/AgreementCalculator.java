package org.marginalia.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marginalia.model.TextSpan;

/** Character-level agreement of two coders over the sources they share (see {@link AgreementTable}). */
public final class AgreementCalculator {

    private AgreementCalculator() {
    }

    /**
     * @param sourceLengths  the shared sources and their text lengths; codings in other sources are ignored
     * @param excludeUncoded leave out the characters that neither coder coded with any tag, as MAXQDA offers, so
     *                       long uncoded text does not inflate agreement
     */
    public static Agreement compute(Map<Long, Integer> sourceLengths, List<CodedSpan> first, List<CodedSpan> second,
            boolean excludeUncoded) {
        Map<String, String> names = new TreeMap<>();
        Map<Long, Map<String, List<TextSpan>>> firstByTag = group(first, sourceLengths, names);
        Map<Long, Map<String, List<TextSpan>>> secondByTag = group(second, sourceLengths, names);
        Map<String, AgreementTable> tables = new TreeMap<>();
        for (String key : names.keySet()) {
            tables.put(key, AgreementTable.empty());
        }
        for (Map.Entry<Long, Integer> source : sourceLengths.entrySet()) {
            Map<String, List<TextSpan>> a = firstByTag.getOrDefault(source.getKey(), Map.of());
            Map<String, List<TextSpan>> b = secondByTag.getOrDefault(source.getKey(), Map.of());
            long units = excludeUncoded ? codedLength(a, b) : source.getValue();
            for (String key : names.keySet()) {
                List<TextSpan> x = Spans.merge(a.getOrDefault(key, List.of()));
                List<TextSpan> y = Spans.merge(b.getOrDefault(key, List.of()));
                long both = Spans.overlap(x, y);
                long firstOnly = Spans.length(x) - both;
                long secondOnly = Spans.length(y) - both;
                long neither = units - both - firstOnly - secondOnly;
                tables.merge(key, new AgreementTable(both, firstOnly, secondOnly, neither), AgreementTable::plus);
            }
        }
        Map<String, AgreementTable> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        AgreementTable overall = AgreementTable.empty();
        for (Map.Entry<String, AgreementTable> e : tables.entrySet()) {
            byName.put(names.get(e.getKey()), e.getValue());
            overall = overall.plus(e.getValue());
        }
        return new Agreement(byName, overall, excludeUncoded);
    }

    private static long codedLength(Map<String, List<TextSpan>> a, Map<String, List<TextSpan>> b) {
        List<TextSpan> all = new ArrayList<>();
        a.values().forEach(all::addAll);
        b.values().forEach(all::addAll);
        return Spans.length(Spans.merge(all));
    }

    private static Map<Long, Map<String, List<TextSpan>>> group(List<CodedSpan> spans, Map<Long, Integer> sources,
            Map<String, String> names) {
        Map<Long, Map<String, List<TextSpan>>> grouped = new HashMap<>();
        for (CodedSpan s : spans) {
            if (!sources.containsKey(s.sourceId())) {
                continue;
            }
            String key = TagKeys.of(s.tag());
            names.putIfAbsent(key, s.tag());
            grouped.computeIfAbsent(s.sourceId(), k -> new HashMap<>())
                    .computeIfAbsent(key, k -> new ArrayList<>()).add(s.span());
        }
        return grouped;
    }
}
