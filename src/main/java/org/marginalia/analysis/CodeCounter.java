package org.marginalia.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marginalia.model.Annotation;

/** Counts passages per tag and source (see {@link CodeCounts}). */
public final class CodeCounter {

    private CodeCounter() {
    }

    /**
     * @param tagIds    every tag of the codebook, in the order the rows should have
     * @param sourceIds every source, in the order the columns should have
     */
    public static CodeCounts count(List<Long> tagIds, List<Long> sourceIds, List<Annotation> passages,
            Selection selection) {
        List<Long> rows = tagIds.stream().filter(selection::includesTag).toList();
        List<Long> columns = sourceIds.stream().filter(selection::includesSource).toList();
        Map<Long, Integer> rowOf = indexOf(rows);
        Map<Long, Integer> columnOf = indexOf(columns);
        int[][] counts = new int[rows.size()][columns.size()];
        for (Annotation passage : passages) {
            Integer column = columnOf.get(passage.documentId());
            if (column == null) {
                continue;
            }
            for (long tagId : passage.tagIds()) {
                Integer row = rowOf.get(tagId);
                if (row != null) {
                    counts[row][column]++;
                }
            }
        }
        return new CodeCounts(rows, columns, counts);
    }

    /** The passages behind one cell; a negative column means every selected source (the frequency bar). */
    public static List<Long> passages(CodeCounts table, int row, int column, List<Annotation> passages) {
        long tagId = table.tagIds().get(row);
        return passages.stream()
                .filter(p -> column < 0 ? table.sourceIds().contains(p.documentId())
                        : p.documentId() == table.sourceIds().get(column))
                .filter(p -> p.tagIds().contains(tagId))
                .map(Annotation::id).toList();
    }

    static Map<Long, Integer> indexOf(List<Long> ids) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        return index;
    }
}
