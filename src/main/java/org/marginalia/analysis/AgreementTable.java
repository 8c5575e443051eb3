package org.marginalia.analysis;

/**
 * Two coders' decisions on a number of units, each unit coded (1) or not (0) by each of them: the 2 × 2 table from
 * which the agreement measures are read. In Marginalia a unit is one character (UTF-16 unit) of a source and one
 * tag, the character-level approach that MAXQDA and ATLAS.ti document for unitized text.
 *
 * @param both       units both coders coded
 * @param firstOnly  units only the first coder coded
 * @param secondOnly units only the second coder coded
 * @param neither    units neither coded
 */
public record AgreementTable(long both, long firstOnly, long secondOnly, long neither) {

    public AgreementTable {
        if (both < 0 || firstOnly < 0 || secondOnly < 0 || neither < 0) {
            throw new IllegalArgumentException("negative count in an agreement table");
        }
    }

    public static AgreementTable empty() {
        return new AgreementTable(0, 0, 0, 0);
    }

    public AgreementTable plus(AgreementTable other) {
        return new AgreementTable(both + other.both, firstOnly + other.firstOnly, secondOnly + other.secondOnly,
                neither + other.neither);
    }

    public long units() {
        return both + firstOnly + secondOnly + neither;
    }

    /** The share of units on which the coders agree: (both + neither) / N; NaN without units. */
    public double percentAgreement() {
        return units() == 0 ? Double.NaN : (double) (both + neither) / units();
    }

    /**
     * Cohen's kappa, κ = (p_o − p_e) / (1 − p_e), where p_o is the observed agreement and p_e the agreement expected
     * from each coder's own marginal proportions: p_e = p₁(A)·p₁(B) + p₀(A)·p₀(B). Source: J. Cohen, "A coefficient
     * of agreement for nominal scales", Educational and Psychological Measurement 20(1), 1960, pp. 37–46. NaN when
     * p_e = 1 (both coders gave every unit the same single value: κ is undefined).
     */
    public double cohensKappa() {
        double n = units();
        double observed = percentAgreement();
        double firstCoded = (both + firstOnly) / n;
        double secondCoded = (both + secondOnly) / n;
        double expected = firstCoded * secondCoded + (1 - firstCoded) * (1 - secondCoded);
        return expected == 1 ? Double.NaN : (observed - expected) / (1 - expected);
    }

    /**
     * Krippendorff's alpha for binary (nominal) data from two coders without missing values, α = 1 − D_o / D_e,
     * computed from the coincidence matrix: α = 1 − (n − 1) · o₀₁ / (n₀ · n₁), where n = 2N pairable values,
     * o₀₁ = the number of units on which the coders differ, and n₀, n₁ the number of 0 and 1 values given in all.
     * Source: K. Krippendorff, "Computing Krippendorff's Alpha-Reliability", University of Pennsylvania, 2011,
     * section A (binary data, two observers, no missing data); K. Krippendorff, Content Analysis: An Introduction to
     * Its Methodology, 4th ed., Sage 2019, ch. 12. Applied to every character as a unit this is the character-level
     * alpha for unitized text. NaN when only one value occurs (no variation: α is undefined).
     */
    public double krippendorffsAlpha() {
        double n = 2.0 * units();
        double ones = 2.0 * both + firstOnly + secondOnly;
        double zeros = 2.0 * neither + firstOnly + secondOnly;
        if (ones == 0 || zeros == 0) {
            return Double.NaN;
        }
        return 1 - (n - 1) * (firstOnly + secondOnly) / (zeros * ones);
    }
}
