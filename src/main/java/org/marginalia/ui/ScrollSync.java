package org.marginalia.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a position in one source corresponds to in another: through the links between them where there are some
 * (piecewise linear between linked passages), proportionally by length where there are none.
 */
final class ScrollSync {

    /** A linked pair of positions: offset in the leading source, offset in the following one. */
    record Anchor(int lead, int follow) {
    }

    private ScrollSync() {
    }

    static int map(int offset, int leadLength, int followLength, List<Anchor> links) {
        List<Anchor> anchors = new ArrayList<>();
        anchors.add(new Anchor(0, 0));
        links.stream().filter(a -> a.lead() > 0 && a.lead() < leadLength).sorted(Comparator.comparingInt(Anchor::lead))
                .forEach(anchors::add);
        anchors.add(new Anchor(leadLength, followLength));
        for (int i = 1; i < anchors.size(); i++) {
            Anchor a = anchors.get(i - 1);
            Anchor b = anchors.get(i);
            if (offset <= b.lead()) {
                double t = b.lead() == a.lead() ? 0 : (offset - a.lead()) / (double) (b.lead() - a.lead());
                int mapped = (int) Math.round(a.follow() + t * (b.follow() - a.follow()));
                return Math.max(0, Math.min(mapped, followLength));
            }
        }
        return followLength;
    }
}
