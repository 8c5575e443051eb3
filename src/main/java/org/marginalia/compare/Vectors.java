package org.marginalia.compare;

/** Small vector arithmetic for sentence embeddings. */
final class Vectors {

    private Vectors() {
    }

    static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length && norm > 0; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** The unit-length mean of consecutive rows {@code first..last}: a window's meaning from its sentences'. */
    static float[] mean(float[][] rows, int first, int last) {
        float[] sum = new float[rows[first].length];
        for (int r = first; r <= last; r++) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += rows[r][i];
            }
        }
        return normalised(sum);
    }
}
