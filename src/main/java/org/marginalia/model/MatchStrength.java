package org.marginalia.model;

/**
 * How far a found counterpart can be trusted, as a word a reader understands. It is read off a calibrated score in
 * [0, 1], which estimates the chance that the candidate is the passage's true counterpart; the bounds below are that
 * score's, the same for every query and every source.
 */
public enum MatchStrength {
    /** Almost surely the counterpart: the same words, or the same meaning in close words. */
    STRONG("strong", 0.75),
    /** Likely the counterpart; worth a look before relying on it. */
    POSSIBLE("possible", 0.5),
    /** The best there is, but as likely a coincidence as not. */
    WEAK("weak", 0.3),
    /** Below {@link #CONFIDENT}: shown as "no confident match", never as a hit. */
    NONE("no confident match", 0);

    /** The lowest calibrated score a candidate needs to be shown as a match at all. */
    public static final double CONFIDENT = 0.3;

    private final String word;
    private final double lowest;

    MatchStrength(String word, double lowest) {
        this.word = word;
        this.lowest = lowest;
    }

    /** The word the window and the command line show for it. */
    public String word() {
        return word;
    }

    /** The lowest calibrated score of this strength. */
    public double lowest() {
        return lowest;
    }

    /** The strength of a calibrated score. */
    public static MatchStrength of(double score) {
        for (MatchStrength strength : values()) {
            if (score >= strength.lowest) {
                return strength;
            }
        }
        return NONE;
    }

    /** Whether a candidate of this strength may be shown as a match. */
    public boolean confident() {
        return this != NONE;
    }
}
