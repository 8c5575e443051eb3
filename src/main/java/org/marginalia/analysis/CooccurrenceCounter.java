package org.marginalia.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.marginalia.model.Annotation;

/** Builds a {@link CooccurrenceMatrix}: groups the selected passages into units, then counts tag pairs per unit. */
public final class CooccurrenceCounter {

    private CooccurrenceCounter() {
    }

    /**
     * @param tagIds every tag of the codebook, in row order
     * @param texts  a source's text by id; read only for the sentence and paragraph units
     */
    public static CooccurrenceMatrix count(List<Long> tagIds, List<Annotation> passages, LongFunction<String> texts,
            CooccurrenceUnit unit, Selection selection) {
        List<Long> rows = tagIds.stream().filter(selection::includesTag).toList();
        Map<Long, Integer> rowOf = CodeCounter.indexOf(rows);
        List<Annotation> selected = passages.stream().filter(selection::includes).toList();
        Map<Long, List<Integer>> bySource = new HashMap<>();
        for (int i = 0; i < selected.size(); i++) {
            bySource.computeIfAbsent(selected.get(i).documentId(), k -> new ArrayList<>()).add(i);
        }
        List<int[]> units = new ArrayList<>();
        for (Map.Entry<Long, List<Integer>> source : bySource.entrySet()) {
            List<Integer> members = source.getValue();
            switch (unit) {
                case SOURCE -> units.add(members.stream().mapToInt(Integer::intValue).toArray());
                case OVERLAPPING -> overlapping(selected, members, units);
                case SENTENCE -> byTextUnit(selected, members, TextUnits.sentences(texts.apply(source.getKey())),
                        units);
                case PARAGRAPH -> byTextUnit(selected, members, TextUnits.paragraphs(texts.apply(source.getKey())),
                        units);
            }
        }
        int[][] counts = new int[rows.size()][rows.size()];
        BitSet present = new BitSet(rows.size());
        for (int[] members : units) {
            present.clear();
            for (int m : members) {
                for (long tagId : selected.get(m).tagIds()) {
                    Integer row = rowOf.get(tagId);
                    if (row != null) {
                        present.set(row);
                    }
                }
            }
            for (int i = present.nextSetBit(0); i >= 0; i = present.nextSetBit(i + 1)) {
                for (int j = present.nextSetBit(i); j >= 0; j = present.nextSetBit(j + 1)) {
                    counts[i][j]++;
                    if (i != j) {
                        counts[j][i]++;
                    }
                }
            }
        }
        return new CooccurrenceMatrix(rows, unit, counts, selected, units);
    }

    /** Chains of overlapping passages, found by a sweep over their starts. */
    private static void overlapping(List<Annotation> selected, List<Integer> members, List<int[]> units) {
        // Sorted as primitive keys (start in the high half, index in the low), not boxed objects: 100,000 passages.
        long[] keys = new long[members.size()];
        for (int k = 0; k < keys.length; k++) {
            int i = members.get(k);
            keys[k] = ((long) selected.get(i).span().start() << 32) | i;
        }
        Arrays.sort(keys);
        int[] current = new int[Math.max(1, keys.length)];
        int size = 0;
        int end = -1;
        for (long key : keys) {
            int i = (int) key;
            Annotation p = selected.get(i);
            if (size > 0 && p.span().start() >= end) {
                units.add(Arrays.copyOf(current, size));
                size = 0;
            }
            current[size++] = i;
            end = Math.max(end, p.span().end());
        }
        if (size > 0) {
            units.add(Arrays.copyOf(current, size));
        }
    }

    /** A passage belongs to every sentence (or paragraph) it touches. */
    private static void byTextUnit(List<Annotation> selected, List<Integer> members, TextUnits textUnits,
            List<int[]> units) {
        Map<Integer, List<Integer>> byUnit = new TreeMap<>();
        for (int i : members) {
            Annotation p = selected.get(i);
            int first = textUnits.unitAt(p.span().start());
            int last = textUnits.unitAt(Math.max(p.span().start(), p.span().end() - 1));
            for (int u = first; u <= last; u++) {
                byUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> unitMembers : byUnit.values()) {
            units.add(unitMembers.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
