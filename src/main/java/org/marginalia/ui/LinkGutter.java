package org.marginalia.ui;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.marginalia.model.Annotation;

/** Where the pane's margin shows a link icon: beside each paragraph in which a linked passage begins. */
final class LinkGutter {

    private final int[] starts;

    private LinkGutter(int[] starts) {
        this.starts = starts;
    }

    static LinkGutter of(List<Annotation> passages, Collection<Long> linkedIds) {
        return new LinkGutter(passages.stream().filter(a -> linkedIds.contains(a.id()))
                .mapToInt(a -> a.span().start()).sorted().toArray());
    }

    /** True when a linked passage begins within {@code [from, to]}, a paragraph's first and last offset. */
    boolean marks(int from, int to) {
        int i = Arrays.binarySearch(starts, from);
        int firstAtOrAfter = i >= 0 ? i : -i - 1;
        return firstAtOrAfter < starts.length && starts[firstAtOrAfter] <= to;
    }
}
