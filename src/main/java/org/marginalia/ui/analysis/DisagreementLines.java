package org.marginalia.ui.analysis;

import org.marginalia.analysis.Disagreement;
import org.marginalia.model.TextSpan;
import org.marginalia.project.CodingSnapshot;

/** One disagreement in words, for the list. */
final class DisagreementLines {

    private DisagreementLines() {
    }

    static String of(Disagreement d, CodingSnapshot ours) {
        String where = ours.sourceTitle(d.sourceId());
        String what = switch (d.kind()) {
            case FIRST_ONLY -> "only this project " + span(d.first());
            case SECOND_ONLY -> "only the other coder " + span(d.second());
            case SPANS_DIFFER -> "spans differ by " + d.difference() + " characters: " + span(d.first()) + " / "
                    + span(d.second());
        };
        return d.tag() + " — " + what + " — " + where;
    }

    private static String span(TextSpan span) {
        return span.toString();
    }
}
