package org.marginalia.model;

import java.util.List;

/**
 * The quotations of two sources, each checked against the other, so that neither direction depends on which pane the
 * reader last clicked.
 *
 * @param sourceA one source's id
 * @param sourceB the other source's id
 * @param inA the quotations in A, checked against B, in A's reading order
 * @param inB the quotations in B, checked against A, in B's reading order
 */
public record QuoteChecksBothWays(long sourceA, long sourceB, List<QuoteCheck> inA, List<QuoteCheck> inB) {

    public QuoteChecksBothWays {
        inA = List.copyOf(inA);
        inB = List.copyOf(inB);
    }
}
