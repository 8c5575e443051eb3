package org.marginalia.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * Krippendorff's alpha for nominal values from two coders without missing data, computed the long way through the
 * coincidence matrix (K. Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011, section B):
 * α = 1 − (n − 1) · Σ_{c≠k} o_ck / (Σ_{c≠k} n_c · n_k). It is the general form of
 * {@link AgreementTable#krippendorffsAlpha()}, which gives the same value for two values.
 */
public final class NominalAlpha {

    private NominalAlpha() {
    }

    /** @param first and {@code second}: the value each coder gave each unit, the same number of units */
    public static double of(int[] first, int[] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("both coders must code the same units");
        }
        Map<Integer, Integer> valueCounts = new HashMap<>();
        long disagreements = 0;
        for (int u = 0; u < first.length; u++) {
            valueCounts.merge(first[u], 1, Integer::sum);
            valueCounts.merge(second[u], 1, Integer::sum);
            if (first[u] != second[u]) {
                // Each disagreeing unit adds 1 to o_ck and 1 to o_kc (m_u − 1 = 1 for two coders).
                disagreements += 2;
            }
        }
        double n = 2.0 * first.length;
        double expected = n * n;
        for (int count : valueCounts.values()) {
            expected -= (double) count * count;
        }
        return expected == 0 ? Double.NaN : 1 - (n - 1) * disagreements / expected;
    }
}
