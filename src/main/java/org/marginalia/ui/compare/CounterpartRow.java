package org.marginalia.ui.compare;

import org.marginalia.model.Candidate;

/** A candidate counterpart with its words cut out of the target source, as the list shows it. */
public record CounterpartRow(Candidate candidate, String text) {

    /** The score as a percentage, e.g. "87%". */
    public String percent() {
        return Math.round(candidate.score() * 100) + "%";
    }
}
