package org.marginalia.analysis;

import java.util.List;

/**
 * How many passages carry each tag, overall and in each source: the frequency table and the code × source matrix,
 * which are the same numbers read two ways. A passage with two tags counts once for each.
 *
 * @param tagIds    the rows, in codebook order
 * @param sourceIds the columns, in project order
 * @param counts    {@code counts[row][column]}: passages with that tag in that source
 */
public record CodeCounts(List<Long> tagIds, List<Long> sourceIds, int[][] counts) {

    public CodeCounts {
        tagIds = List.copyOf(tagIds);
        sourceIds = List.copyOf(sourceIds);
    }

    /** Passages with the tag in all selected sources. */
    public int total(int row) {
        int sum = 0;
        for (int c : counts[row]) {
            sum += c;
        }
        return sum;
    }

    public int count(int row, int column) {
        return counts[row][column];
    }

    /** The largest cell, for shading. */
    public int maxCell() {
        int max = 0;
        for (int[] row : counts) {
            for (int c : row) {
                max = Math.max(max, c);
            }
        }
        return max;
    }
}
