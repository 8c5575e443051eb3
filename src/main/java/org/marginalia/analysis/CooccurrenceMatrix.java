package org.marginalia.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marginalia.model.Annotation;

/**
 * How often two tags occur in the same unit (see {@link CooccurrenceUnit}). The diagonal holds the number of units
 * a tag occurs in, so that Jaccard's coefficient |A ∩ B| / |A ∪ B| can be read from the same table.
 */
public final class CooccurrenceMatrix {

    private final List<Long> tagIds;
    private final CooccurrenceUnit unit;
    private final int[][] counts;
    private final List<Annotation> passages;
    private final List<int[]> units;

    CooccurrenceMatrix(List<Long> tagIds, CooccurrenceUnit unit, int[][] counts, List<Annotation> passages,
            List<int[]> units) {
        this.tagIds = List.copyOf(tagIds);
        this.unit = unit;
        this.counts = counts;
        this.passages = passages;
        this.units = units;
    }

    public List<Long> tagIds() {
        return tagIds;
    }

    public CooccurrenceUnit unit() {
        return unit;
    }

    /** Units that hold both tags; on the diagonal, units that hold the tag. */
    public int count(int row, int column) {
        return counts[row][column];
    }

    /** Jaccard's coefficient of the two tags' sets of units, 0 when neither occurs. */
    public double jaccard(int row, int column) {
        int both = counts[row][column];
        int either = counts[row][row] + counts[column][column] - both;
        return either == 0 ? 0 : (double) both / either;
    }

    /** The largest count off the diagonal, for shading. */
    public int maxOffDiagonal() {
        int max = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                if (i != j) {
                    max = Math.max(max, counts[i][j]);
                }
            }
        }
        return max;
    }

    /** How many units were found in the selected sources (with at least one selected tag). */
    public int unitCount() {
        return units.size();
    }

    /** The passages behind a cell: those with either tag, in the units that hold both. */
    public List<Long> passages(int row, int column) {
        long a = tagIds.get(row);
        long b = tagIds.get(column);
        Set<Long> ids = new LinkedHashSet<>();
        for (int[] members : units) {
            if (holds(members, a) && holds(members, b)) {
                for (int m : members) {
                    Annotation p = passages.get(m);
                    if (p.tagIds().contains(a) || p.tagIds().contains(b)) {
                        ids.add(p.id());
                    }
                }
            }
        }
        return new ArrayList<>(ids);
    }

    private boolean holds(int[] members, long tagId) {
        for (int m : members) {
            if (passages.get(m).tagIds().contains(tagId)) {
                return true;
            }
        }
        return false;
    }
}
