package org.marginalia.model;

import java.util.List;

/**
 * How the sentences of two sources correspond: every sentence of the first in reading order with its counterpart
 * in the second or none, and the sentences of the second that nothing points to, each placed after the row whose
 * counterpart precedes it.
 *
 * @param sourceA the first source's id
 * @param sourceB the second source's id
 * @param rows the rows, in the first source's reading order
 */
public record Alignment(long sourceA, long sourceB, List<AlignmentRow> rows) {

    public Alignment {
        rows = List.copyOf(rows);
    }

    /** How many sentences of the first source there are. */
    public int sentencesA() {
        return (int) rows.stream().filter(r -> r.a() != null).count();
    }

    /** How many sentences of the first source have a counterpart in the second. */
    public int pairedA() {
        return (int) rows.stream().filter(AlignmentRow::paired).count();
    }

    /** How many sentences of the second source no sentence of the first points to. */
    public int unpairedB() {
        return (int) rows.stream().filter(r -> r.a() == null).count();
    }
}
