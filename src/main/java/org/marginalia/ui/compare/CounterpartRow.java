package org.marginalia.ui.compare;

import java.util.Locale;
import org.marginalia.model.Candidate;

/** A candidate counterpart with its words cut out of the target source, as the list shows it. */
public record CounterpartRow(Candidate candidate, String text) {

    /** The score as a percentage, e.g. "87%". */
    public String percent() {
        return Math.round(candidate.score() * 100) + "%";
    }

    /** How far to trust it, in words and figures: "strong · 87%", "no confident match · 13%". */
    public String verdict() {
        return candidate.strength().word() + " · " + percent();
    }

    /** The style class of its strength: strength-strong, strength-possible, strength-weak, strength-none. */
    public String styleClass() {
        return "strength-" + candidate.strength().name().toLowerCase(Locale.ROOT);
    }
}
