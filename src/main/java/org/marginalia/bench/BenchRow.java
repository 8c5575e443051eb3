package org.marginalia.bench;

import java.util.Arrays;

/**
 * One line of the benchmark table: the samples of at least five runs, summarised as median and range, with what
 * they are compared with (a baseline measured in the same run) and a note. A row without samples says why.
 */
record BenchRow(String name, String unit, double[] samples, String note) {

    static BenchRow measured(String name, String unit, double[] samples, String note) {
        return new BenchRow(name, unit, samples.clone(), note);
    }

    static BenchRow notMeasured(String name, String why) {
        return new BenchRow(name, "", new double[0], why);
    }

    boolean hasSamples() {
        return samples.length > 0;
    }

    double median() {
        return percentile(samples, 50);
    }

    double min() {
        return Arrays.stream(samples).min().orElse(Double.NaN);
    }

    double max() {
        return Arrays.stream(samples).max().orElse(Double.NaN);
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] values, double percent) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
